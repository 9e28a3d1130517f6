import { gunzipSync, gzipSync } from "fflate";
import { readDecisionsFile, writeDecisionsFile } from "../identity/decisionsFile";
import type { IdentityDecision } from "../identity/types";
import { parseIsoDate } from "../parse/dates";
import type { SourceInput } from "../parse/index";
import { sourceBytes } from "../load/sourceDigest";

/** The element of a saved page that carries its data: `<script type="application/json" id="…">`. */
export const SAVED_PAGE_ELEMENT_ID = "coauthor-explorer-saved-page";
const FORMAT = "coauthor-explorer-saved-page";

/** What a page saved as HTML opens with: the inputs, how they were read, and the view. */
export interface SavedPage {
  /** The day it was saved, `YYYY-MM-DD` (the saver's own calendar). */
  savedOn: string;
  sources: SourceInput[];
  referenceDate: string;
  maxAuthors: number;
  decisions: IdentityDecision[];
  /** The view as the address writes it (`?min-papers=2&author=…`, or empty). */
  view: string;
}

/**
 * The embedded element's JSON: the inputs' bytes, one after another, gzipped and in base64 (a
 * bibliography shrinks to about a quarter, base64 adds a third back); the rest as it is, to read.
 */
interface SavedPageJson {
  format: typeof FORMAT;
  version: 1;
  savedOn: string;
  referenceDate: string;
  maxAuthors: number;
  view: string;
  /** The decisions file's text (identity/decisionsFile). */
  decisions: string;
  /** Each input's name, whether it was text (pasted) or a file's bytes, and its length in bytes. */
  sources: { name: string; text: boolean; bytes: number }[];
  data: string;
}

/**
 * JSON that can stand inside a `<script>` element: `<`, `>` and `&` written as \u escapes, so no
 * file name or person in the data can close the element (`</script>`) or open a comment (`<!--`);
 * U+2028 and U+2029 too, for older parsers. Any JSON reader reads the same value back.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The saved page's element, with its data: to put into the template. */
export function savedPageElement(page: SavedPage): string {
  const encoded = page.sources.map(sourceBytes);
  const all = new Uint8Array(encoded.reduce((n, bytes) => n + bytes.length, 0));
  let at = 0;
  for (const bytes of encoded) {
    all.set(bytes, at);
    at += bytes.length;
  }
  const json: SavedPageJson = {
    format: FORMAT,
    version: 1,
    savedOn: page.savedOn,
    referenceDate: page.referenceDate,
    maxAuthors: page.maxAuthors,
    view: page.view,
    decisions: writeDecisionsFile(page.decisions),
    sources: page.sources.map((source, i) => ({ name: source.name, text: "text" in source, bytes: encoded[i]!.length })),
    data: toBase64(gzipSync(all, { mtime: 0 })),
  };
  return `${OPENING_TAG}${scriptSafeJson(json)}</script>`;
}

const OPENING_TAG = `<script type="application/json" id="${SAVED_PAGE_ELEMENT_ID}">`;

/**
 * Where the data element starts, or -1. The page's own script, in the head, has the same tag in
 * its text (it writes it): the data's is the one in the body.
 */
function dataElementAt(html: string): number {
  const at = html.lastIndexOf(OPENING_TAG);
  return at > html.lastIndexOf("</head>") ? at : -1;
}

/** The template (the saved page's build) with the data in it, before its `</body>`. */
export function withSavedPage(template: string, page: SavedPage): string {
  const end = template.lastIndexOf("</body>");
  if (end < 0 || dataElementAt(template) >= 0) throw new Error("the saved page's template is not one (no </body>, or data in it already)");
  return `${template.slice(0, end)}${savedPageElement(page)}\n${template.slice(end)}`;
}

/** The text of a saved page's data element in its HTML, or null: for the CLI's tests and for reading a saved file back. */
export function savedPageText(html: string): string | null {
  const start = dataElementAt(html);
  if (start < 0) return null;
  const from = start + OPENING_TAG.length;
  const end = html.indexOf("</script>", from);
  return end < 0 ? null : html.slice(from, end);
}

/**
 * Reads the data element's text. Never throws: a damaged or foreign element is a sentence saying
 * what is wrong with it; identity decisions that make no sense are left out, as from their file.
 */
export function readSavedPage(text: string): { page: SavedPage; problems: string[] } | { error: string } {
  let json: Partial<SavedPageJson>;
  try {
    json = JSON.parse(text) as Partial<SavedPageJson>;
  } catch (error) {
    return { error: `its data is not JSON (${(error as Error).message})` };
  }
  if (!json || typeof json !== "object" || json.format !== FORMAT) return { error: "its data is not a saved page's" };
  if (json.version !== 1) return { error: `its data is of version ${String(json.version)}, which this version does not read (1)` };
  const { savedOn, referenceDate, maxAuthors, view, decisions, sources, data } = json;
  if (
    typeof savedOn !== "string" ||
    !parseIsoDate(savedOn) ||
    typeof referenceDate !== "string" ||
    typeof maxAuthors !== "number" ||
    typeof view !== "string" ||
    typeof decisions !== "string" ||
    typeof data !== "string" ||
    !Array.isArray(sources) ||
    !sources.every((s) => s && typeof s.name === "string" && typeof s.text === "boolean" && Number.isInteger(s.bytes) && s.bytes >= 0)
  ) {
    return { error: "its data lacks a field or has one of the wrong kind" };
  }
  let all: Uint8Array;
  try {
    all = gunzipSync(fromBase64(data));
  } catch (error) {
    return { error: `its files cannot be unpacked (${(error as Error).message})` };
  }
  if (all.length !== sources.reduce((n, s) => n + s.bytes, 0)) return { error: "its files are not as long as it says (cut short?)" };
  let at = 0;
  const inputs = sources.map((source): SourceInput => {
    const bytes = all.slice(at, (at += source.bytes));
    return source.text ? { name: source.name, text: new TextDecoder().decode(bytes) } : { name: source.name, bytes };
  });
  const read = readDecisionsFile(decisions);
  return { page: { savedOn, sources: inputs, referenceDate, maxAuthors, decisions: read.decisions, view }, problems: read.problems };
}

/** btoa takes a string of bytes: built a slice at a time, since one call per byte is slow and one spread of megabytes overflows the stack. */
function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
