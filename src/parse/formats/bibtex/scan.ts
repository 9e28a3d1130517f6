/**
 * Splits a BibTeX file into entries and their fields, as BibTeX reads it: text outside
 * entries is a comment; `@comment` and `@preamble` are passed over; `@string` defines
 * macros used by later values; a value is `{…}`, `"…"`, a number or a macro, joined with `#`.
 * Values are kept as written (inner braces and LaTeX included): what a field means is
 * decided later, and only for the fields that are used.
 *
 * A broken entry never takes the rest with it. A line that starts with `@type{` always
 * begins a new entry, even inside a value whose braces never closed, so reading resumes
 * there. A missing comma or closing brace is forgiven, and text that is not a field is
 * skipped up to the next comma; a value that never ends loses its entry. Each with a warning
 * at the entry's line. `%` comments, which Biber allows, are passed over between fields and
 * before an entry ("%@article{…" is an entry commented out).
 */

export interface RawEntry {
  /** Lower case: "article", "inproceedings". */
  type: string;
  /** The citation key as written; "" when the entry has none. */
  key: string;
  /** 1-based line of the `@`. */
  line: number;
  /** Field names in lower case; a field given twice keeps its first value, as BibTeX does. */
  fields: Map<string, string>;
}

export interface ScanSink {
  entry(entry: RawEntry): void;
  warn(line: number, message: string): void;
  /** Called now and then with the position reached in the text. */
  progress?(position: number): void;
}

/**
 * Macros every BibTeX style defines: the months ("sept" is not among them but is common
 * enough to read) and the journals of the standard styles (plain.bst and its kin).
 */
const PREDEFINED_MACROS: [string, string][] = [
  ["jan", "January"], ["feb", "February"], ["mar", "March"], ["apr", "April"], ["may", "May"], ["jun", "June"],
  ["jul", "July"], ["aug", "August"], ["sep", "September"], ["sept", "September"], ["oct", "October"],
  ["nov", "November"], ["dec", "December"],
  ["acmcs", "ACM Computing Surveys"], ["acta", "Acta Informatica"], ["cacm", "Communications of the ACM"],
  ["ibmjrd", "IBM Journal of Research and Development"], ["ibmsj", "IBM Systems Journal"],
  ["ieeese", "IEEE Transactions on Software Engineering"], ["ieeetc", "IEEE Transactions on Computers"],
  ["ieeetcad", "IEEE Transactions on Computer-Aided Design of Integrated Circuits"], ["ipl", "Information Processing Letters"],
  ["jacm", "Journal of the ACM"], ["jcss", "Journal of Computer and System Sciences"], ["scp", "Science of Computer Programming"],
  ["sicomp", "SIAM Journal on Computing"], ["tocs", "ACM Transactions on Computer Systems"],
  ["tods", "ACM Transactions on Database Systems"], ["tog", "ACM Transactions on Graphics"],
  ["toms", "ACM Transactions on Mathematical Software"], ["toois", "ACM Transactions on Office Information Systems"],
  ["toplas", "ACM Transactions on Programming Languages and Systems"], ["tcs", "Theoretical Computer Science"],
];

const AT = 64;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const QUOTE = 34;
const COMMA = 44;
const EQUALS = 61;
const HASH = 35;
const NEWLINE = 10;
const PERCENT = 37;

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
const isDigit = (code: number) => code >= 48 && code <= 57;

/** Characters that cannot be part of a name (entry type, key, field or macro name) in BibTeX. */
const NOT_NAME = new Uint8Array(128);
for (const c of ' \t\n\r\f"#%\'(),={}') NOT_NAME[c.charCodeAt(0)] = 1;
const isNameChar = (code: number) => code >= 128 || NOT_NAME[code] === 0;

/** Longer than any field a bibliography has, short enough that concatenated macros cannot exhaust memory. */
const MAX_VALUE_LENGTH = 1_000_000;

/** How far back from an `@` a `%` that comments its line out is looked for. */
const MAX_COMMENT_LOOKBACK = 200;

/** How far past a space a key may go on ("Conference paper2022775"). */
const MAX_KEY_GAP = 100;

/** What ends a citation key, besides the entry's closing delimiter. */
const KEY_END = new Uint8Array(128);
for (const c of ",= \t\n\r\f") KEY_END[c.charCodeAt(0)] = 1;
const endsKey = (code: number) => code < 128 && KEY_END[code] === 1;

/** What can end a value or a nesting level in it, and line ends, after which an entry may start. */
const BRACED_STOPS = /[{}\n]/g;
const QUOTED_STOPS = /[{}"\n]/g;

/** `@article{` or `@Article (` at the start of a line, after optional indentation. */
const ENTRY_START = /[ \t]*@[ \t]*[A-Za-z][^\s"#%'(),={}@]*[ \t]*[{(]/y;

const PROGRESS_EVERY_ENTRIES = 2000;

/** The reason an entry could not be read, and where reading goes on. */
class EntryError {
  constructor(
    readonly message: string,
    readonly resumeAt: number,
  ) {}
}

export function scanBibtex(text: string, sink: ScanSink): void {
  new Scanner(text, sink).run();
}

class Scanner {
  private readonly macros = new Map<string, string>(PREDEFINED_MACROS);
  private readonly undefinedMacros = new Set<string>();
  /** The line of the entry being read, for warnings about it. */
  private entryLine = 0;
  /** Where the value `readValue` read ends. */
  private valueEnd = 0;
  private readonly n: number;
  private pos = 0;
  /** The position whose line is known (see lineOf), its line, and the first line end from there (-1: not yet looked for). */
  private lineAtPos = 0;
  private lineNumber = 1;
  private nextNewline = -1;

  constructor(
    private readonly text: string,
    private readonly sink: ScanSink,
  ) {
    this.n = text.length;
  }

  run(): void {
    const { text } = this;
    let entries = 0;
    while (this.pos < this.n) {
      const at = text.indexOf("@", this.pos);
      if (at < 0) break;
      const head = this.readHead(at);
      if (!head || this.isCommentedOut(at)) {
        this.pos = at + 1;
        continue;
      }
      if (++entries % PROGRESS_EVERY_ENTRIES === 0) this.sink.progress?.(at);
      const line = this.lineOf(at);
      this.entryLine = line;
      const close = text.charCodeAt(head.bodyStart - 1) === OPEN_BRACE ? CLOSE_BRACE : CLOSE_PAREN;
      try {
        if (head.type === "comment" || head.type === "preamble") this.pos = this.skipBody(head.bodyStart, close);
        else if (head.type === "string") this.readMacros(head.bodyStart, close, line);
        else this.readEntry(head.type, head.bodyStart, close, line);
      } catch (error) {
        if (!(error instanceof EntryError)) throw error;
        this.sink.warn(line, error.message);
        this.pos = error.resumeAt;
      }
    }
    this.sink.progress?.(this.n);
  }

  /** `@type{` or `@type(` at `at`: the lower-case type and where the body starts; null for an `@` in running text. */
  private readHead(at: number): { type: string; bodyStart: number } | null {
    const { text } = this;
    let p = this.skipSpace(at + 1);
    const typeStart = p;
    while (p < this.n && isNameChar(text.charCodeAt(p)) && text.charCodeAt(p) !== AT) p++;
    if (p === typeStart || !/[A-Za-z]/.test(text[typeStart]!)) return null;
    const type = text.slice(typeStart, p).toLowerCase();
    p = this.skipSpace(p);
    const open = text.charCodeAt(p);
    if (open !== OPEN_BRACE && open !== OPEN_PAREN) return null;
    return { type, bodyStart: p + 1 };
  }

  private readEntry(type: string, start: number, close: number, line: number): void {
    const { text } = this;
    const fields = new Map<string, string>();
    const entry: RawEntry = { type, key: "", line, fields };
    let p = this.skipSpace(start);
    // The key: everything up to the comma. A name followed by "=" is a field: the key is missing.
    const keyStart = p;
    while (p < this.n && !endsKey(text.charCodeAt(p)) && text.charCodeAt(p) !== close) p++;
    // Scopus writes keys with a space ("Conference paper2022775"): a stretch up to a comma on the same line, without "=", is the key.
    if (text.charCodeAt(p) === 32) {
      const rest = text.slice(p, p + MAX_KEY_GAP);
      const comma = rest.indexOf(",");
      if (comma > 0 && !/[\n={}()]/.test(rest.slice(0, comma))) p += comma;
    }
    const key = text.slice(keyStart, p).trim();
    p = this.skipSpace(p);
    const next = text.charCodeAt(p);
    if (next === EQUALS) {
      this.sink.warn(line, "entry has no citation key; read without one");
      p = keyStart;
    } else {
      entry.key = key;
      if (next === COMMA) p++;
      else if (next !== close && p < this.n && !this.isEntryStartAfterLineBreak(p)) {
        this.sink.warn(line, `missing comma after the citation key "${key}"; read as if it were there`);
      }
    }
    this.pos = this.readFields(p, close, line, fields, false);
    this.sink.entry(entry);
  }

  /** `@string{name = value}`: the macro is defined for the values that follow. */
  private readMacros(start: number, close: number, line: number): void {
    this.pos = this.readFields(start, close, line, this.macros, true);
  }

  /**
   * `name = value, name = value …` up to the closing delimiter, into `into` (a name given
   * again replaces the first when `replace` is set); returns the position after the delimiter.
   * An entry that is not closed ends where the next entry starts, or at the end of the text.
   */
  private readFields(start: number, close: number, line: number, into: Map<string, string>, replace: boolean): number {
    const { text } = this;
    let p = start;
    let expectComma = false;
    for (;;) {
      p = this.skipSpace(p);
      if (p >= this.n) {
        this.sink.warn(line, "entry is not closed before the end of the file; kept what it had");
        return p;
      }
      const code = text.charCodeAt(p);
      if (code === close) return p + 1;
      if (code === COMMA) {
        p++;
        expectComma = false;
        continue;
      }
      if (code === PERCENT) {
        // A comment between fields, as Biber allows: "% Picks name 1", or a commented-out field.
        const end = text.indexOf("\n", p);
        p = end < 0 ? this.n : end;
        continue;
      }
      if (this.isEntryStartAfterLineBreak(p)) {
        this.sink.warn(line, `entry is not closed before the next entry (line ${this.lineOf(p)}); kept what it had`);
        return this.lineStart(p);
      }
      const nameStart = p;
      let capitals = false;
      for (let c = text.charCodeAt(p); p < this.n && isNameChar(c); c = text.charCodeAt(++p)) capitals ||= c >= 65 && c <= 90;
      const equals = this.skipSpace(p);
      if (p === nameStart || text.charCodeAt(equals) !== EQUALS) {
        p = this.skipField(nameStart, close);
        const found = /^[^=\n]{0,40}/.exec(text.slice(nameStart, p))![0].replace(/[\s,]+$/, "");
        this.sink.warn(line, `line ${this.lineOf(nameStart)} has "${found}" where a field (name = value) should be; skipped it`);
        expectComma = false;
        continue;
      }
      const name = capitals ? text.slice(nameStart, p).toLowerCase() : text.slice(nameStart, p);
      if (expectComma) this.sink.warn(line, `missing comma before the field "${name}" on line ${this.lineOf(nameStart)}; read as if it were there`);
      const value = this.readValue(this.skipSpace(equals + 1), name);
      p = this.valueEnd;
      if (value === null) {
        this.sink.warn(line, `field "${name}" on line ${this.lineOf(nameStart)} has no value; skipped it`);
        p = this.skipField(p, close);
        expectComma = false;
        continue;
      }
      if (replace || !into.has(name)) into.set(name, value);
      expectComma = true;
    }
  }

  /**
   * Passes over a field that could not be read: up to the next comma outside braces and quotes
   * (returning the position after it), the entry's closing delimiter or the next entry.
   */
  private skipField(from: number, close: number): number {
    const { text } = this;
    let depth = 0;
    let quoted = false;
    for (let p = from; p < this.n; p++) {
      const code = text.charCodeAt(p);
      if (code === OPEN_BRACE) depth++;
      else if (code === CLOSE_BRACE && depth > 0) depth--;
      else if (depth === 0 && code === QUOTE) quoted = !quoted;
      else if (depth === 0 && !quoted && code === COMMA) return p + 1;
      else if (depth === 0 && !quoted && code === close) return p;
      else if (code === NEWLINE && text.charCodeAt(p + 1) <= AT && this.isEntryStart(p + 1)) return p + 1;
    }
    return this.n;
  }

  /**
   * One value: parts joined with `#`. Returns its text and leaves the position after it in
   * `valueEnd`; when there is no value where one should be, returns null and leaves there the
   * position where it should have started.
   */
  private readValue(start: number, field: string): string | null {
    const { text } = this;
    let p = start;
    let value = "";
    for (;;) {
      const code = text.charCodeAt(p);
      if (code === OPEN_BRACE || code === QUOTE) {
        const end = this.delimitedEnd(p, field);
        value += text.slice(p + 1, end);
        p = end + 1;
      } else if (p < this.n && isNameChar(code)) {
        // A bare word: a number (`2017`) as written, or a macro (`jan`, a @string name).
        const wordStart = p;
        while (p < this.n && isNameChar(text.charCodeAt(p))) p++;
        value += this.bareWord(text.slice(wordStart, p), field);
      } else {
        this.valueEnd = p;
        return null;
      }
      if (value.length > MAX_VALUE_LENGTH && value.length > p - start) {
        // Longer than the text it was read from: macros that double each other (`@string{b = a # a}` …) would grow without end.
        this.sink.warn(this.entryLine, `field "${field}" is longer than ${MAX_VALUE_LENGTH.toLocaleString("en")} characters; cut there`);
        value = value.slice(0, MAX_VALUE_LENGTH);
      }
      const after = this.skipSpace(p);
      if (text.charCodeAt(after) !== HASH) {
        this.valueEnd = p;
        return value;
      }
      p = this.skipSpace(after + 1);
    }
  }

  private bareWord(word: string, field: string): string {
    if (isDigit(word.charCodeAt(0)) && /^\d+$/.test(word)) return word;
    const expansion = this.macros.get(word.toLowerCase());
    if (expansion !== undefined) return expansion;
    // Said once per macro: a file that relies on a macro file it does not include uses it on every entry.
    if (!this.undefinedMacros.has(word.toLowerCase())) {
      this.undefinedMacros.add(word.toLowerCase());
      this.sink.warn(this.entryLine, `field "${field}" uses "${word}", which no @string defines; kept the name as its text here and in any later entry`);
    }
    return word;
  }

  /**
   * The position of the `}` or `"` that ends the value opening at `open`. Braces nest; a
   * quote ends a quoted value only outside braces. Meeting a line that starts an entry first
   * means the value never ends.
   */
  private delimitedEnd(open: number, field: string): number {
    const { text } = this;
    const quoted = text.charCodeAt(open) === QUOTE;
    // A regular expression finds the next character that matters far faster than a loop over
    // every one; test() rather than exec() leaves no match object behind.
    const stops = quoted ? QUOTED_STOPS : BRACED_STOPS;
    let depth = quoted ? 0 : 1;
    stops.lastIndex = open + 1;
    while (stops.test(text)) {
      const p = stops.lastIndex - 1;
      const code = text.charCodeAt(p);
      if (code === OPEN_BRACE) depth++;
      else if (code === CLOSE_BRACE) {
        if (--depth === 0 && !quoted) return p;
        if (depth < 0) depth = 0;
      } else if (code === QUOTE) {
        if (depth === 0) return p;
      } else if (text.charCodeAt(p + 1) <= AT && this.isEntryStart(p + 1)) {
        throw new EntryError(`field "${field}" on line ${this.lineOf(open)} is not closed (unbalanced braces or quotes); entry skipped`, p + 1);
      }
    }
    throw new EntryError(`field "${field}" on line ${this.lineOf(open)} is not closed before the end of the file; entry skipped`, this.n);
  }

  /** Passes over a `@comment` or `@preamble` body: balanced delimiters, or up to the next entry. */
  private skipBody(start: number, close: number): number {
    const { text } = this;
    const open = close === CLOSE_BRACE ? OPEN_BRACE : OPEN_PAREN;
    let depth = 1;
    for (let p = start; p < this.n; p++) {
      const code = text.charCodeAt(p);
      if (code === open) depth++;
      else if (code === close && --depth === 0) return p + 1;
      else if (code === NEWLINE && text.charCodeAt(p + 1) <= AT && this.isEntryStart(p + 1)) return p + 1;
    }
    return this.n;
  }

  /**
   * Whether the `@` at `at` is on a line that starts with `%`: an entry commented out
   * ("%@article{…"). Looks back a little way only, so that a long line costs nothing.
   */
  private isCommentedOut(at: number): boolean {
    let lineStart = at;
    while (lineStart > 0 && this.text.charCodeAt(lineStart - 1) !== NEWLINE) {
      if (at - lineStart >= MAX_COMMENT_LOOKBACK) return false;
      lineStart--;
    }
    return lineStart < at && /^[ \t]*%/.test(this.text.slice(lineStart, at));
  }

  private isEntryStart(lineStart: number): boolean {
    ENTRY_START.lastIndex = lineStart;
    return ENTRY_START.test(this.text);
  }

  /** Whether `p`, the first character after white space, begins a line that starts an entry. */
  private isEntryStartAfterLineBreak(p: number): boolean {
    if (this.text.charCodeAt(p) !== AT) return false;
    const start = this.lineStart(p);
    return start >= 0 && this.isEntryStart(start);
  }

  /** The start of the line `p` is on, if only spaces and tabs come before `p` on it; else -1. */
  private lineStart(p: number): number {
    let q = p;
    while (q > 0 && (this.text.charCodeAt(q - 1) === 32 || this.text.charCodeAt(q - 1) === 9)) q--;
    return q === 0 || this.text.charCodeAt(q - 1) === NEWLINE ? q : -1;
  }

  private skipSpace(p: number): number {
    while (p < this.n && isSpace(this.text.charCodeAt(p))) p++;
    return p;
  }

  /**
   * The line of position `p`, counting line ends from the position last asked for (entries
   * are read in order, so each line end is counted about once). The next line end is
   * remembered, so that a file on one long line is not searched again for every entry.
   */
  private lineOf(p: number): number {
    const { text } = this;
    if (p < this.lineAtPos) {
      for (let q = this.lineAtPos - 1; q >= p; q--) if (text.charCodeAt(q) === NEWLINE) this.lineNumber--;
      this.nextNewline = -1;
    } else {
      if (this.nextNewline < this.lineAtPos) this.nextNewline = this.newlineFrom(this.lineAtPos);
      while (this.nextNewline < p) {
        this.lineNumber++;
        this.nextNewline = this.newlineFrom(this.nextNewline + 1);
      }
    }
    this.lineAtPos = p;
    return this.lineNumber;
  }

  /** The first line end at or after `from`, or the end of the text. */
  private newlineFrom(from: number): number {
    const at = this.text.indexOf("\n", from);
    return at < 0 ? this.n : at;
  }
}
