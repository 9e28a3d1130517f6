/**
 * A PNG with an iTXt chunk added just before its IEND: an uncompressed UTF-8 text under a
 * keyword (1 to 79 Latin-1 characters), as PNG 1.2 §4.2.3.3 has it, which exiftool, Pillow and
 * libpng read. The bytes before stay as they are. Throws on what is not a PNG: the caller made it.
 */
export function withPngText(png: Uint8Array, keyword: string, text: string): Uint8Array {
  if (!isPng(png)) throw new Error("withPngText: not a PNG");
  const iend = png.length - 12;
  const keywordBytes = new TextEncoder().encode(keyword);
  const textBytes = new TextEncoder().encode(text);
  // keyword, NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL, text
  const data = new Uint8Array(keywordBytes.length + 5 + textBytes.length);
  data.set(keywordBytes, 0);
  data.set(textBytes, keywordBytes.length + 5);
  const chunk = pngChunk("iTXt", data);
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, iend), 0);
  out.set(chunk, iend);
  out.set(png.subarray(iend), iend + chunk.length);
  return out;
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
export const isPng = (bytes: Uint8Array) => bytes.length >= 20 && SIGNATURE.every((b, i) => bytes[i] === b) && String.fromCharCode(...bytes.subarray(bytes.length - 8, bytes.length - 4)) === "IEND";

/** The texts of a PNG's iTXt and tEXt chunks, by keyword. */
export function pngTexts(png: Uint8Array): Map<string, string> {
  const texts = new Map<string, string>();
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let at = 8; at + 12 <= png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    const nul = data.indexOf(0);
    if (type === "tEXt" && nul > 0) texts.set(latin1(data.subarray(0, nul)), latin1(data.subarray(nul + 1)));
    if (type === "iTXt" && nul > 0 && data[nul + 1] === 0) {
      const language = data.indexOf(0, nul + 3);
      const translated = data.indexOf(0, language + 1);
      if (language > 0 && translated > 0) texts.set(latin1(data.subarray(0, nul)), new TextDecoder().decode(data.subarray(translated + 1)));
    }
    at += 12 + length;
  }
  return texts;
}

const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) chunk[4 + i] = type.charCodeAt(i);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

let table: Uint32Array | null = null;

/** CRC-32 as PNG (and zlib) computes it. */
export function crc32(bytes: Uint8Array): number {
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const byte of bytes) crc = table[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A PNG's width and height, from its IHDR. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
