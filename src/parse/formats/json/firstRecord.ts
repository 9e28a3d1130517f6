import { findResultsList, looksLikeJsonLines } from "./records";
import { JsonScanner } from "./scanner";

/** How a JSON export holds its records (see readJsonRecords). */
export type JsonLayout = "list" | "api-response" | "record" | "lines";

export interface FirstRecord {
  layout: JsonLayout;
  /** The first record's members: string values as written, other values as null. */
  fields: ReadonlyMap<string, string | null>;
}

/**
 * Sniffers look no further than this. A first record larger than that (thousands of authors)
 * is judged on the members before the cut, which include the ones sniffers look for.
 */
const HEAD = 1 << 20;
const OPEN_BRACE = 123;
const OPEN_BRACKET = 91;
const QUOTE = 34;
const COLON = 58;

/** The layout and first record of a JSON export, read from its start only; null when it has neither. */
export function firstJsonRecord(text: string): FirstRecord | null {
  const scanner = new JsonScanner(text.length > HEAD ? text.slice(0, HEAD) : text);
  scanner.skipSpace();
  const start = scanner.pos;
  if (scanner.peek() === OPEN_BRACKET) {
    scanner.pos++;
    scanner.skipSeparators();
    return scanner.peek() === OPEN_BRACE ? { layout: "list", fields: members(scanner) } : null;
  }
  if (scanner.peek() !== OPEN_BRACE) return null;
  const lines = looksLikeJsonLines(scanner.text, start);
  // An API response, alone or as the first of several saved one per line: its first result.
  const results = findResultsList(scanner);
  if (results !== null) {
    scanner.pos = results + 1;
    scanner.skipSeparators();
    return scanner.peek() === OPEN_BRACE ? { layout: lines ? "lines" : "api-response", fields: members(scanner) } : null;
  }
  scanner.pos = start;
  return { layout: lines ? "lines" : "record", fields: members(scanner) };
}

/** The members of the object at the scanner's position, as far as they can be read. */
function members(scanner: JsonScanner): Map<string, string | null> {
  const { text } = scanner;
  const fields = new Map<string, string | null>();
  scanner.pos++; // the "{"
  for (;;) {
    scanner.skipSeparators();
    if (scanner.atEnd() || scanner.peek() !== QUOTE) return fields;
    const keyStart = scanner.pos;
    scanner.skipString();
    const key = text.slice(keyStart + 1, scanner.pos - 1);
    scanner.skipSpace();
    if (scanner.peek() !== COLON) return fields;
    scanner.pos++;
    scanner.skipSpace();
    const valueStart = scanner.pos;
    const isString = scanner.peek() === QUOTE;
    if (scanner.skipValue() !== "closed") return fields;
    fields.set(key, isString ? stringValue(text.slice(valueStart, scanner.pos)) : null);
  }
}

function stringValue(json: string): string {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === "string" ? value : "";
  } catch {
    return "";
  }
}
