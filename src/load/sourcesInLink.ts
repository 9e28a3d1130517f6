import { deflateSync, Inflate, inflateSync } from "fflate";
import type { SourceInput } from "../parse/index";
import { sourceBytes } from "./sourceDigest";

/**
 * The most characters the data may take in a link. Chrome opens addresses of 2 MB, but a link
 * is carried by mail, chat, documents and link shorteners first, and these cut long ones well
 * before that (many at a few tens of thousands of characters): 32,768 keeps a link whole
 * through most of them. Deflated and in base64url that is about 24 KB compressed, some 60 KB of
 * BibTeX or a listing of some 150 papers (the sample's listing, 13,865 bytes, takes 7,536).
 */
export const LINK_DATA_CAP = 32_768;

/** The payload's version, written before it ("1.…"): an older or newer link is told, not misread. */
const VERSION = "1";

/** Deflate's strongest level: the payload is made once, on a small network, and every byte counts. */
const LEVEL = 9;

/**
 * The inputs as one text to carry in a link: each one's name and bytes, one after the other
 * (lengths as varints), deflated, in base64url after the version ("1.eNo…"). Bytes, not decoded
 * text, so that a file is read again exactly as it was (its encoding, its line ends).
 */
export function packSources(sources: readonly SourceInput[]): string {
  const parts: Uint8Array[] = [];
  for (const source of sources) {
    const name = new TextEncoder().encode(source.name);
    const bytes = sourceBytes(source);
    parts.push(varint(name.length), name, varint(bytes.length), bytes);
  }
  return `${VERSION}.${toBase64Url(deflateSync(concat(parts), { level: LEVEL }))}`;
}

/** What a link's payload gave back: the inputs read whole, and what could not be read, said in words. */
export interface UnpackedSources {
  sources: SourceInput[];
  ignored: string[];
}

/**
 * The inputs of a payload made by packSources. Never throws: a payload cut short (a link
 * truncated by a mail program) gives back the files that arrived whole and names the first one
 * that did not; a damaged or unknown payload gives none, and says so.
 */
export function unpackSources(payload: string): UnpackedSources {
  const dot = payload.indexOf(".");
  const version = dot < 0 ? "" : payload.slice(0, dot);
  if (version !== VERSION) return { sources: [], ignored: [dot < 0 ? "the data in the link (not in a form this version reads)" : `the data in the link (format ${version.slice(0, 8)}, not one this version reads)`] };
  const compressed = fromBase64Url(payload.slice(dot + 1));
  if (!compressed) return { sources: [], ignored: ["the data in the link (damaged: characters that are not base64url)"] };
  if (compressed.length === 0) return { sources: [], ignored: ["the data in the link (cut short or damaged)"] };
  const { bytes, whole } = inflatePrefix(compressed);
  const sources: SourceInput[] = [];
  const ignored: string[] = [];
  let at = 0;
  while (at < bytes.length) {
    const nameLength = readVarint(bytes, at);
    const name = nameLength && nameLength.end + nameLength.value <= bytes.length ? decodeName(bytes.subarray(nameLength.end, nameLength.end + nameLength.value)) : null;
    const start = nameLength ? nameLength.end + nameLength.value : bytes.length;
    const length = name === null ? null : readVarint(bytes, start);
    if (name === null || !length || length.end + length.value > bytes.length) {
      ignored.push(name ? `${name} (cut short in the link)` : "a file cut short in the link");
      return { sources, ignored };
    }
    sources.push({ name, bytes: bytes.slice(length.end, length.end + length.value) });
    at = length.end + length.value;
  }
  if (!whole) ignored.push(sources.length > 0 ? "the rest of the data (the link is cut short)" : "the data in the link (cut short or damaged)");
  return { sources, ignored };
}

/**
 * The inflated bytes, and whether the stream was all there. A stream that breaks off (a cut
 * link) gives what fflate's streaming inflater hands out before the break: whole blocks, read
 * as they arrive.
 */
function inflatePrefix(compressed: Uint8Array): { bytes: Uint8Array; whole: boolean } {
  try {
    return { bytes: inflateSync(compressed), whole: true };
  } catch {
    // Cut short or damaged: what inflates before the break.
  }
  const chunks: Uint8Array[] = [];
  const inflate = new Inflate((chunk) => chunks.push(chunk));
  try {
    inflate.push(compressed, false);
  } catch {
    // Damaged in the middle: what came before is kept.
  }
  return { bytes: concat(chunks), whole: false };
}

function decodeName(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes) || null;
  } catch {
    return null;
  }
}

function varint(value: number): Uint8Array {
  const out: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
  return Uint8Array.from(out);
}

/** A varint at `at` and where it ends, or null when the bytes end inside it (or it is longer than any length: damage). */
function readVarint(bytes: Uint8Array, at: number): { value: number; end: number } | null {
  let value = 0;
  let scale = 1;
  for (let i = at; i < bytes.length && i < at + 5; i++) {
    const byte = bytes[i]!;
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return { value, end: i + 1 };
    scale *= 0x80;
  }
  return null;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const INDEX = new Map([...ALPHABET].map((char, i) => [char, i]));

/** Base64url without padding, by hand: the same in the page, the workers and Node, with no Buffer or btoa of binary strings. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
    out += ALPHABET[a >> 2]! + ALPHABET[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    if (b !== undefined) out += ALPHABET[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    if (c !== undefined) out += ALPHABET[c & 63]!;
  }
  return out;
}

/** The bytes of a base64url text (a last partial group, as a cut link leaves it, is dropped), or null for a character out of the alphabet. */
export function fromBase64Url(text: string): Uint8Array | null {
  const clean = text.replace(/=+$/, "");
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let buffer = 0;
  let at = 0;
  for (const char of clean) {
    const value = INDEX.get(char);
    if (value === undefined) return null;
    buffer = ((buffer << 6) | value) & 0xfff; // the bits not yet written: fewer than 8 + 6
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (buffer >> bits) & 0xff;
    }
  }
  return out.subarray(0, at);
}

/**
 * Inputs larger than this are never packed to see if they fit: BibTeX and listings deflate
 * 3 to 5 times, so 64 times the cap cannot fit, and packing 50 MB at each *Copy link* would stall the page.
 */
const MOST_BYTES_TRIED = 64 * LINK_DATA_CAP;

/** The inputs as a link's payload when they fit in LINK_DATA_CAP, else null, with the payload's length (0 when not tried). */
export function sourcesForLink(sources: readonly SourceInput[]): { payload: string | null; length: number } {
  const bytes = sources.reduce((sum, source) => sum + ("bytes" in source ? source.bytes.length : source.text.length), 0);
  if (bytes > MOST_BYTES_TRIED) return { payload: null, length: 0 };
  const payload = packSources(sources);
  return { payload: payload.length <= LINK_DATA_CAP ? payload : null, length: payload.length };
}
