import { isJsonSpace, JsonScanner } from "./scanner";

export interface JsonRecordSink {
  /** One record, parsed, with the line its opening character is on. */
  onRecord(value: unknown, line: number): void;
  warn(line: number, message: string): void;
  onProgress?: (fraction: number) => void;
}

const PROGRESS_EVERY = 2000;
const OPEN_BRACE = 123;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const CLOSE_BRACE = 125;
const QUOTE = 34;
const COLON = 58;

/**
 * Reads the records of a JSON export one by one, in any of the layouts bibliographic tools
 * write: a list of records (`[{…}, {…}]`), an API response that wraps the list
 * (`{"meta": …, "results": […]}`), a single record, or JSON lines (one record per line).
 *
 * Each record is cut out of the text and parsed alone, so a broken record costs only itself
 * (with a warning at its line), and a file that was cut short keeps every record before the
 * cut. Records reach `onRecord` as they are read, so the whole file is never held parsed at
 * once.
 */
export function readJsonRecords(text: string, sink: JsonRecordSink): void {
  const scanner = new JsonScanner(text);
  scanner.skipSpace();
  if (scanner.atEnd()) return;
  const first = scanner.peek();
  if (first === OPEN_BRACKET) {
    scanner.pos++;
    readList(scanner, sink, true);
  } else if (first === OPEN_BRACE) {
    if (looksLikeJsonLines(text, scanner.pos)) readLines(text, sink);
    else readObject(scanner, sink);
  } else {
    sink.warn(scanner.lineAt(scanner.pos), 'this is not JSON: a JSON export starts with "[" (a list of records) or "{" (a record)');
  }
  sink.onProgress?.(1);
}

/**
 * JSON lines: a first line that is one whole object ("{" … "}") followed by a line opening
 * another. A pretty-printed object's first line never ends with its closing brace.
 */
export function looksLikeJsonLines(text: string, start: number): boolean {
  const lineEnd = text.indexOf("\n", start);
  if (lineEnd < 0) return false;
  let last = lineEnd - 1;
  while (last > start && isJsonSpace(text.charCodeAt(last))) last--;
  if (text.charCodeAt(last) !== CLOSE_BRACE) return false;
  let next = lineEnd + 1;
  while (next < text.length && isJsonSpace(text.charCodeAt(next))) next++;
  return text.charCodeAt(next) === OPEN_BRACE;
}

/** The records of a list, from just after its "[" (or, with `bracketed` false, to the end of the text). */
function readList(scanner: JsonScanner, sink: JsonRecordSink, bracketed: boolean): void {
  const { text } = scanner;
  let count = 0;
  for (;;) {
    scanner.skipSeparators();
    if (scanner.atEnd()) {
      if (bracketed) sink.warn(scanner.lineAt(lastNonSpace(text)), 'the file ends before its list of records is closed with "]" (it looks cut short); the records before are kept');
      return;
    }
    if (scanner.peek() === CLOSE_BRACKET) {
      scanner.pos++;
      return;
    }
    const start = scanner.pos;
    const line = scanner.lineAt(start);
    const end = scanner.skipValue(scanner.indentBefore(start));
    if (end === "end-of-text") {
      sink.warn(line, "the file ends inside this record (it looks cut short); skipped it, kept the records before");
      return;
    }
    if (end === "next-record") {
      sink.warn(line, 'this record is not closed (a "}" or "]" is missing) before the next one starts; skipped');
      continue;
    }
    parseRecord(text.slice(start, scanner.pos), line, sink);
    if (sink.onProgress && ++count % PROGRESS_EVERY === 0) sink.onProgress(start / text.length);
  }
}

/**
 * A text that opens with "{": an API response whose "results" list holds the records, or one
 * record, possibly followed by more (pretty-printed records one after another).
 */
function readObject(scanner: JsonScanner, sink: JsonRecordSink): void {
  const { text } = scanner;
  const start = scanner.pos;
  const line = scanner.lineAt(start);
  const results = findResultsList(scanner);
  if (results !== null) {
    scanner.pos = results + 1;
    readList(scanner, sink, true);
    return;
  }
  scanner.pos = start;
  const end = scanner.skipValue();
  if (end !== "closed") {
    sink.warn(line, "the file ends inside its record (it looks cut short); skipped");
    return;
  }
  parseRecord(text.slice(start, scanner.pos), line, sink);
  readList(scanner, sink, false);
}

/**
 * Walks the members of the object at the scanner's position and returns where the value of
 * its "results" member opens, when that value is a list; null when there is none (the walk
 * stops early, at the first sign that this is not a well-formed wrapper).
 */
export function findResultsList(scanner: JsonScanner): number | null {
  const { text } = scanner;
  scanner.pos++; // the "{"
  for (;;) {
    scanner.skipSeparators();
    if (scanner.atEnd() || scanner.peek() !== QUOTE) return null;
    const keyStart = scanner.pos;
    scanner.skipString();
    const key = text.slice(keyStart + 1, scanner.pos - 1);
    scanner.skipSpace();
    if (scanner.peek() !== COLON) return null;
    scanner.pos++;
    scanner.skipSpace();
    if (key === "results" && scanner.peek() === OPEN_BRACKET) return scanner.pos;
    if (scanner.skipValue() !== "closed") return null;
  }
}

/** JSON lines: each line is a record of its own, so a broken line costs only itself. */
function readLines(text: string, sink: JsonRecordSink): void {
  let line = 0;
  for (let start = 0; start < text.length; ) {
    line++;
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    const content = text.slice(start, end);
    start = end + 1;
    if (content.trim().length === 0) continue;
    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch {
      const cutShort = newline < 0;
      sink.warn(line, cutShort ? "the last line is not complete JSON (the file looks cut short); skipped it" : "this line is not valid JSON; skipped");
      continue;
    }
    // Pages of an API response saved one per line: their records share the page's line.
    const results = isApiPage(value) ? value.results : [value];
    for (const record of results) sink.onRecord(record, line);
    if (sink.onProgress && line % PROGRESS_EVERY === 0) sink.onProgress(start / text.length);
  }
}

function isApiPage(value: unknown): value is { results: unknown[] } {
  return typeof value === "object" && value !== null && "meta" in value && "results" in value && Array.isArray(value.results);
}

function parseRecord(json: string, line: number, sink: JsonRecordSink): void {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    sink.warn(line, `this record is not valid JSON${whereInRecord(error, json, line)}; skipped`);
    return;
  }
  sink.onRecord(value, line);
}

function lastNonSpace(text: string): number {
  let last = text.length - 1;
  while (last > 0 && isJsonSpace(text.charCodeAt(last))) last--;
  return last;
}

/**
 * " (the error is at line N)" for a JSON syntax error whose message gives an offset ("… at position 51",
 * as V8 writes it), so a broken record that spans many lines can be mended; "" otherwise.
 */
function whereInRecord(error: unknown, json: string, firstLine: number): string {
  const position = /at position (\d+)/.exec(error instanceof Error ? error.message : "")?.[1];
  if (position === undefined) return "";
  let line = firstLine;
  for (let i = json.indexOf("\n"); i >= 0 && i < Number(position); i = json.indexOf("\n", i + 1)) line++;
  return line === firstLine ? "" : ` (the error is at line ${line})`;
}
