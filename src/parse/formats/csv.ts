/**
 * A CSV reader (RFC 4180: fields separated by commas, records by line ends, a field in double
 * quotes may hold commas, line ends and doubled quotes ""). Written here rather than taken
 * from a library because the readers need the line each record starts on, which the common
 * libraries do not give, and because it is several times faster than they are on exports such
 * as Scopus's, whose long quoted fields (author lists, abstracts, references) it skips with
 * indexOf.
 *
 * Lenient where exporters are sloppy: a quote inside an unquoted field is kept as text, and
 * text after a closing quote is kept with the field.
 */

/** One record: its fields, unquoted, and where it stands in the text. */
export interface CsvRecord {
  fields: string[];
  /** 1-based line the record starts on. */
  line: number;
  /** Offset of the record's first character in the text. */
  start: number;
  /**
   * False when a quoted field is still open at the end of the text (a file cut short): the
   * record holds the fields before that one, and is the last.
   */
  complete: boolean;
}

const QUOTE = 34;
const COMMA = 44;
const NEWLINE = 10;

/** Calls `onRecord` with each record of the text, in order. */
export function readCsv(text: string, onRecord: (record: CsvRecord) => void): void {
  const n = text.length;
  let pos = 0;
  let line = 1;
  let lineCountedTo = 0;
  while (pos < n) {
    for (let i = text.indexOf("\n", lineCountedTo); i >= 0 && i < pos; i = text.indexOf("\n", i + 1)) line++;
    lineCountedTo = pos;
    const start = pos;
    const fields: string[] = [];
    let complete = true;
    for (;;) {
      let value: string;
      if (text.charCodeAt(pos) === QUOTE) {
        // A quoted field: up to the quote not followed by another, doubled quotes standing for one.
        value = "";
        let from = pos + 1;
        let quote = text.indexOf('"', from);
        while (quote >= 0 && text.charCodeAt(quote + 1) === QUOTE) {
          value += text.slice(from, quote + 1);
          from = quote + 2;
          quote = text.indexOf('"', from);
        }
        if (quote < 0) {
          complete = false;
          break;
        }
        value += text.slice(from, quote);
        pos = quote + 1;
        if (pos < n && text.charCodeAt(pos) !== COMMA && text.charCodeAt(pos) !== NEWLINE) {
          const end = unquotedEnd(text, pos);
          value += text.slice(pos, end);
          pos = end;
        }
      } else {
        const end = unquotedEnd(text, pos);
        value = text.slice(pos, end);
        pos = end;
      }
      fields.push(value);
      if (pos >= n) break;
      const separator = text.charCodeAt(pos++);
      if (separator === NEWLINE) break;
    }
    onRecord({ fields, line, start, complete });
    if (!complete) return;
  }
}

/** Header rows are short; a longer first line (a one-line JSON file) is not one, and is not read whole. */
const MAX_HEADER = 1 << 16;

/** The fields of the first line: a header row never spans lines. */
export function csvHeader(text: string): string[] {
  const head = text.slice(0, MAX_HEADER);
  const lineEnd = head.indexOf("\n");
  let fields: string[] = [];
  readCsv(lineEnd < 0 ? head : head.slice(0, lineEnd), (record) => {
    if (fields.length === 0) fields = record.fields;
  });
  return fields;
}

function unquotedEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code === COMMA || code === NEWLINE) break;
    end++;
  }
  return end;
}
