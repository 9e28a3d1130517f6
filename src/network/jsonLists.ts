import { JsonScanner } from "../parse/formats/json/scanner";

/** One element of a list in a JSON network file, parsed alone, with the line it starts on. */
export type JsonItem = { line: number; value: unknown } | { line: number; error: string };

/** A member of a JSON object found by the walk: a list's elements one by one, anything else parsed whole. */
export interface JsonMember {
  line: number;
  /** The elements, when the member is a list. */
  items?: JsonItem[];
  /** The value, when it is no list, or undefined when it is not valid JSON. */
  value?: unknown;
}

const OPEN_BRACE = 123;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const QUOTE = 34;
const COLON = 58;

/**
 * The members of a JSON object at `path` (["network"]: the object under "network"), each list
 * cut into its elements and each element parsed alone, with its line: a broken node or link
 * then costs only itself. The lists of a network file hold small records, so the text is
 * walked once (the project's JSON scanner, as the bibliographic readers use) rather than held
 * parsed twice. Null when the text is not an object holding that path.
 */
export function jsonMembers(text: string, path: readonly string[] = []): Map<string, JsonMember> | null {
  const scanner = new JsonScanner(text);
  scanner.skipSpace();
  for (let depth = 0; ; depth++) {
    if (scanner.atEnd() || scanner.peek() !== OPEN_BRACE) return null;
    const members = new Map<string, JsonMember>();
    const wanted = path[depth];
    let descend = false;
    scanner.pos++;
    for (;;) {
      scanner.skipSeparators();
      if (scanner.atEnd() || scanner.peek() !== QUOTE) break;
      const keyStart = scanner.pos;
      scanner.skipString();
      const key = safeParse(text.slice(keyStart, scanner.pos));
      scanner.skipSpace();
      if (scanner.peek() !== COLON) break;
      scanner.pos++;
      scanner.skipSpace();
      if (typeof key !== "string") break;
      if (wanted !== undefined) {
        if (key === wanted) {
          descend = true;
          break;
        }
        if (scanner.skipValue() !== "closed") return null;
        continue;
      }
      const line = scanner.lineAt(scanner.pos);
      if (scanner.peek() === OPEN_BRACKET) {
        members.set(key, { line, items: listItems(scanner) });
      } else {
        const start = scanner.pos;
        scanner.skipValue();
        members.set(key, { line, value: safeParse(text.slice(start, scanner.pos)) });
      }
    }
    if (wanted === undefined) return members;
    if (!descend) return null;
  }
}

function listItems(scanner: JsonScanner): JsonItem[] {
  const items: JsonItem[] = [];
  scanner.pos++; // the "["
  for (;;) {
    scanner.skipSeparators();
    if (scanner.atEnd()) break;
    if (scanner.peek() === CLOSE_BRACKET) {
      scanner.pos++;
      break;
    }
    const start = scanner.pos;
    const line = scanner.lineAt(start);
    const indent = scanner.indentBefore(start);
    const end = scanner.skipValue(indent);
    const json = scanner.text.slice(start, scanner.pos);
    if (end !== "closed") {
      items.push({ line, error: end === "end-of-text" ? "the file ends inside this record (it looks cut short); skipped" : "this record is not closed; skipped" });
      if (end === "end-of-text") break;
      continue;
    }
    try {
      items.push({ line, value: JSON.parse(json) });
    } catch {
      items.push({ line, error: "this record is not valid JSON; skipped" });
    }
  }
  return items;
}

function safeParse(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}
