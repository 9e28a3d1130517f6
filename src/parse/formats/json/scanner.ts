const QUOTE = 34;
const BACKSLASH = 92;
const NEWLINE = 10;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const SPACE = 32;
const TAB = 9;
const CARRIAGE_RETURN = 13;

/** How skipping one value ended. */
export type ValueEnd =
  /** The value closed; the scanner stands just after it. */
  | "closed"
  /** The text ended inside the value. */
  | "end-of-text"
  /** A line that opens the next record came before the value closed (see `skipValue`). */
  | "next-record";

export function isJsonSpace(code: number): boolean {
  return code === SPACE || code === NEWLINE || code === TAB || code === CARRIAGE_RETURN;
}

/**
 * Walks the structure of a JSON text without building values, so that each record of a long
 * list can be cut out and parsed on its own: one broken record then costs only itself.
 * Strings are skipped with indexOf, which keeps the walk fast on the long titles, abstracts and
 * author lists that make up most of a bibliography.
 *
 * Positions mostly move forward, which lets line numbers and line ends be counted once for the
 * whole text instead of again for every record.
 */
export class JsonScanner {
  pos = 0;
  private line = 1;
  /** The first line end at or after the last position asked about in `lineAt`. */
  private lineEnd: number;
  /** The first line end at or after `stringLineFrom`, for `skipString`. */
  private stringLineEnd = -1;
  private stringLineFrom = 0;

  constructor(readonly text: string) {
    this.lineEnd = this.lineEndFrom(0);
  }

  private lineEndFrom(offset: number): number {
    const i = this.text.indexOf("\n", offset);
    return i < 0 ? this.text.length : i;
  }

  /** The 1-based line of `offset`. Offsets must not decrease from one call to the next. */
  lineAt(offset: number): number {
    while (this.lineEnd < offset) {
      this.line++;
      this.lineEnd = this.lineEndFrom(this.lineEnd + 1);
    }
    return this.line;
  }

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  peek(): number {
    return this.text.charCodeAt(this.pos);
  }

  skipSpace(): void {
    const text = this.text;
    while (this.pos < text.length && isJsonSpace(text.charCodeAt(this.pos))) this.pos++;
  }

  /** Skips white space and the commas between values. */
  skipSeparators(): void {
    const text = this.text;
    for (;;) {
      const code = text.charCodeAt(this.pos);
      if (isJsonSpace(code) || code === COMMA) this.pos++;
      else return;
    }
  }

  /**
   * Skips the string that opens at `pos`. JSON strings cannot hold a line break, so a string
   * still open at the end of its line is broken: it is taken to end there, which keeps the rest
   * of a pretty-printed record in step (the record then fails to parse, alone).
   */
  skipString(): void {
    const text = this.text;
    let from = this.pos + 1;
    // Recomputed only when the string starts past the known line end, or before where it was
    // sought from (after a walk back to a record's start).
    if (this.stringLineEnd < from || from < this.stringLineFrom) {
      this.stringLineEnd = this.lineEndFrom(from);
      this.stringLineFrom = from;
    }
    for (;;) {
      const quote = text.indexOf('"', from);
      if (quote < 0 || quote > this.stringLineEnd) {
        this.pos = this.stringLineEnd;
        return;
      }
      // A quote after an odd number of backslashes is part of the string.
      let backslashes = 0;
      while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
      if (backslashes % 2 === 0) {
        this.pos = quote + 1;
        return;
      }
      from = quote + 1;
    }
  }

  /**
   * Skips the value that starts at `pos`. With `recordIndent`, the value is a record that
   * opened a line indented by exactly that white space; a later line opening "{" at that same
   * indentation before the record closed is the next record of a pretty-printed list, so the
   * walk stops there ("next-record") rather than swallowing every record after a missing "}".
   */
  skipValue(recordIndent: string | null = null): ValueEnd {
    const text = this.text;
    const n = text.length;
    const first = text.charCodeAt(this.pos);
    if (first === QUOTE) {
      this.skipString();
      return "closed";
    }
    if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
      // A number, true, false, null, or stray text: up to the next separator, and at least
      // one character, so that a stray "}" cannot stall the walk.
      this.pos++;
      while (this.pos < n) {
        const code = text.charCodeAt(this.pos);
        if (code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || isJsonSpace(code)) break;
        this.pos++;
      }
      return "closed";
    }
    let depth = 0;
    while (this.pos < n) {
      const code = text.charCodeAt(this.pos);
      if (code === QUOTE) {
        this.skipString();
        continue;
      }
      this.pos++;
      if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++;
      else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
        if (--depth === 0) return "closed";
      } else if (code === NEWLINE && recordIndent !== null && this.opensRecord(recordIndent)) {
        this.pos += recordIndent.length;
        return "next-record";
      }
    }
    return "end-of-text";
  }

  /** Whether the line at `pos` is `indent` followed by "{". */
  private opensRecord(indent: string): boolean {
    return this.text.charCodeAt(this.pos + indent.length) === OPEN_BRACE && this.text.startsWith(indent, this.pos);
  }

  /** The white space before `offset` when nothing else precedes it on its line, else null. */
  indentBefore(offset: number): string | null {
    let start = offset;
    while (start > 0) {
      const code = this.text.charCodeAt(start - 1);
      if (code === NEWLINE) break;
      if (code !== SPACE && code !== TAB) return null;
      start--;
    }
    return this.text.slice(start, offset);
  }
}
