/**
 * What RIS and Web of Science plain text have in common: a record is a run of tagged lines
 * ("AU  - Kim, J" in RIS, "AU Kim, J" in Web of Science) from a start tag to an end tag, a
 * value runs on over lines without a tag, and names are written "Family, Given". Each format
 * says how its tag lines look and what its fields mean; reading lines into records, and the
 * warnings about text that belongs to no record, are done here once.
 */
import { formatIsoDate, isValidDate, monthNumber } from "../dates";
import type { PaperDraft, ParseWarning } from "../types";
import type { FormatContext, FormatParse, StreamContext, StreamParser } from "./types";

/** One tag and its value: the text on the tag line, then each line that continues it. */
export interface TaggedField {
  tag: string;
  /** 1-based line of the tag line. */
  line: number;
  /** Trimmed, blank lines left out; the first is "" when the tag line has no value. */
  values: string[];
}

export interface TaggedRecord {
  /** 1-based line of the start tag. */
  line: number;
  /** In the order written, the start tag first. */
  fields: TaggedField[];
}

export interface TagLine {
  tag: string;
  value: string;
}

export interface TaggedSyntax {
  /** The tag that opens a record ("TY", "PT") and the one that closes it ("ER"). */
  startTag: string;
  endTag: string;
  /** How a record's first and last lines look, for warnings: 'a "TY  - " line'. */
  startLine: string;
  endLine: string;
  /** Tag and value of a line, or null when the line has no tag (it continues the field before it). */
  tagLine(line: string): TagLine | null;
  /**
   * Whether a line without a tag is written as a continuation (Web of Science indents them).
   * A line that is not is still read as one, with a warning. Absent: every line without a tag is.
   */
  isContinuation?(line: string): boolean;
  /** Tags that frame records rather than belong to one (Web of Science's FN, VR, EF). */
  framingTags?: ReadonlySet<string>;
  /** Lines outside records that exporters write on purpose and that need no warning. */
  isFraming?(line: string): boolean;
}

export type Warn = (line: number, message: string) => void;

/** A tagged-line format: its syntax and how one record becomes a paper (null: skipped, with a warning). */
export interface TaggedFormat {
  syntax: TaggedSyntax;
  toPaper(record: TaggedRecord, file: string, warn: Warn): PaperDraft | null;
}

interface LineSink {
  line(text: string): void;
  end(): void;
}

/**
 * Gathers lines into records. A record that meets the next start tag, a framing tag or the end
 * of the input before its end tag is kept, with a warning; lines outside records are reported
 * once per run of them.
 */
function recordReader(syntax: TaggedSyntax, onRecord: (record: TaggedRecord) => void, warn: Warn): LineSink {
  let lineNo = 0;
  let record: TaggedRecord | null = null;
  let field: TaggedField | null = null;
  let strayFirst = 0;
  let strayLast = 0;

  const flushStray = () => {
    if (strayFirst === 0) return;
    const where = strayFirst === strayLast ? `line ${strayFirst} is` : `lines ${strayFirst}–${strayLast} are`;
    warn(strayFirst, `${where} outside any record (a record starts with ${syntax.startLine}); skipped`);
    strayFirst = strayLast = 0;
  };
  const stray = () => {
    if (strayFirst === 0) strayFirst = lineNo;
    strayLast = lineNo;
  };
  const close = (unendedBefore: string | null) => {
    if (!record) return;
    if (unendedBefore) warn(record.line, `record has no end line (${syntax.endLine}) before ${unendedBefore}; kept what it had`);
    const done = record;
    record = field = null;
    onRecord(done);
  };

  return {
    line(text) {
      lineNo++;
      if (text.trim().length === 0) return;
      const tagged = syntax.tagLine(text);
      if (!tagged) {
        if (field) {
          if (syntax.isContinuation && !syntax.isContinuation(text)) {
            warn(lineNo, `line has no tag and is not indented as a continuation; read as part of the ${field.tag} field above`);
          }
          field.values.push(text.trim());
        } else if (!syntax.isFraming?.(text)) {
          stray();
        }
        return;
      }
      const { tag, value } = tagged;
      if (tag === syntax.startTag) {
        close(`the next record (line ${lineNo})`);
        flushStray();
        field = { tag, line: lineNo, values: [value] };
        record = { line: lineNo, fields: [field] };
      } else if (tag === syntax.endTag && record) {
        close(null);
      } else if (syntax.framingTags?.has(tag)) {
        close(`the "${tag}" line (line ${lineNo})`);
        flushStray();
      } else if (record) {
        field = { tag, line: lineNo, values: [value] };
        record.fields.push(field);
      } else {
        stray();
      }
    },
    end() {
      close("the end of the file");
      flushStray();
    },
  };
}

const PROGRESS_EVERY_LINES = 5000;

/** Reads a whole text: every record that has a title becomes a paper, in order. */
export function parseTagged(format: TaggedFormat, text: string, { file, onProgress }: FormatContext): FormatParse {
  const papers: PaperDraft[] = [];
  const warnings: ParseWarning[] = [];
  const warn: Warn = (line, message) => warnings.push({ file, line, message });
  const reader = recordReader(
    format.syntax,
    (record) => {
      const paper = format.toPaper(record, file, warn);
      if (paper) papers.push(paper);
    },
    warn,
  );
  let start = 0;
  for (let count = 0; start <= text.length; count++) {
    if (onProgress && count % PROGRESS_EVERY_LINES === 0) onProgress(start / (text.length || 1));
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    reader.line(text.slice(start, end));
    start = end + 1;
  }
  reader.end();
  onProgress?.(1);
  // Warnings come in line order already, except a record's own, which come when it ends.
  warnings.sort((a, b) => a.line - b.line);
  return { papers, warnings };
}

/** Reads a text that arrives in pieces; memory holds one record and one unfinished line. */
export function streamTagged(format: TaggedFormat, { file, onPaper, onWarning }: StreamContext): StreamParser {
  const warn: Warn = (line, message) => onWarning({ file, line, message });
  const reader = recordReader(
    format.syntax,
    (record) => {
      const paper = format.toPaper(record, file, warn);
      if (paper) onPaper(paper);
    },
    warn,
  );
  let rest = "";
  let first = true;
  const feed = (line: string) => reader.line(line.endsWith("\r") ? line.slice(0, -1) : line);
  return {
    write(chunk) {
      if (first && chunk.length > 0) {
        chunk = chunk.replace(/^\uFEFF/, "");
        first = false;
      }
      const text = rest + chunk;
      let start = 0;
      for (let end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n", start)) {
        feed(text.slice(start, end));
        start = end + 1;
      }
      rest = text.slice(start);
    },
    end() {
      if (rest.length > 0) feed(rest);
      rest = "";
      reader.end();
    },
  };
}

/** The first `count` non-blank lines of a text's start, for sniffers. */
export function leadingLines(text: string, count: number): string[] {
  const lines: string[] = [];
  for (const line of text.slice(0, 8192).split("\n")) {
    if (line.trim().length === 0) continue;
    lines.push(line.replace(/\r$/, ""));
    if (lines.length >= count) break;
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Field values

/** The first field with this tag, if any. */
export function fieldOf(record: TaggedRecord, tag: string): TaggedField | undefined {
  return record.fields.find((field) => field.tag === tag);
}

/** A field's lines as one text, spaces collapsed; "" for an empty field. */
export function joined(field: TaggedField): string {
  const { values } = field;
  return collapsed(values.length === 1 ? values[0]! : values.join(" ")).trim();
}

// Any whitespace but a single space: most values have none, and testing is cheaper than replacing.
const UNEVEN_SPACE = /[^\S ]| {2}/;

/** Runs of whitespace (tabs, U+2028, double spaces) as one space. */
export function collapsed(text: string): string {
  return UNEVEN_SPACE.test(text) ? text.replace(/\s+/g, " ") : text;
}

/** The joined value of the first of these tags that has a non-empty value, or null. */
export function firstValue(record: TaggedRecord, tags: readonly string[]): string | null {
  for (const tag of tags) {
    for (const field of record.fields) {
      if (field.tag !== tag) continue;
      const value = joined(field);
      if (value) return value;
    }
  }
  return null;
}

// Inline markup some exporters keep in titles and abstracts ("<i>Drosophila</i>", "CO<sub>2</sub>").
const INLINE_MARKUP = /<\/?(?:i|b|u|em|strong|sub|sup|sc|span|scp)(?:\s[^<>]*)?>/gi;

/** Text without the inline markup exporters leave in titles. */
export function plainText(text: string): string {
  return collapsed(text.includes("<") ? text.replace(INLINE_MARKUP, "") : text).trim();
}

export interface PartialDate {
  year: number | null;
  month: number | null;
  day: number | null;
}

/** "OCT 4", "OCT 4 2023", "FEB 2011", "JAN-FEB", "SPR": the month and day a database knows. */
export function parseMonthDay(text: string): PartialDate | null {
  const m = /^([A-Za-z]{3,9})\.?(?:[ -](\d{1,2})(?!\d))?(?:,? (\d{4}))?/.exec(text.trim());
  const month = m ? monthNumber(m[1]!) : null;
  if (!m || month === null) return null;
  return { month, day: m[2] === undefined ? null : Number(m[2]), year: m[3] === undefined ? null : Number(m[3]) };
}

/** `YYYY-MM-DD` when year, month and day make a real date, else null. */
export function isoDate(year: number | null, month: number | null, day: number | null): string | null {
  if (year === null || month === null || day === null) return null;
  const date = { year, month, day };
  return isValidDate(date) ? formatIsoDate(date) : null;
}
