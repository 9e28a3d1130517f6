import { foldName } from "../../../text/fold";
import { formatIsoDate, isValidDate, resolveYearlessDate, type SimpleDate } from "../../dates";
import type { PaperDraft, ParseWarning } from "../../types";
import type { FormatContext, FormatParse } from "../types";
import { parseListingHeader, type ListingHeader } from "./header";
import { cleanAuthorsOf, splitTitleAuthors } from "./splitTitleAuthors";

interface Entry {
  header: ListingHeader;
  headerLine: number;
  titleLine?: { line: number; text: string };
  abstract?: string;
}

const PROGRESS_EVERY_LINES = 5000;
const HEADER_EXAMPLE = '"LGOct 4, 2023"';

/** True when the text has at least one listing header line among its first non-blank lines. */
export function looksLikeListing(text: string): boolean {
  let seen = 0;
  for (const raw of text.split("\n", 400)) {
    const line = raw.trim();
    if (!line) continue;
    if (parseListingHeader(line)) return true;
    if (++seen >= 60) break;
  }
  return false;
}

/**
 * Parses a pasted paper-feed listing: entries of a header line (score, category, date), a
 * title-and-authors line, and an optional abstract line. Anything that does not fit becomes a
 * warning with its line number; the rest still loads.
 */
export function parseListing(text: string, { file, reference, onProgress }: FormatContext): FormatParse {
  const lines = text.split("\n");
  const headers = lines.map((line) => parseListingHeader(line.trim()));
  const known = knownAuthors(lines, headers);
  const papers: PaperDraft[] = [];
  const warnings: ParseWarning[] = [];
  const warn = (line: number, message: string) => warnings.push({ file, line, message });

  let entry: Entry | null = null;
  let orphanStart = 0; // first line of a run of lines that belong to no entry
  let orphanEnd = 0;
  const flushOrphans = () => {
    if (orphanStart === 0) return;
    const where = orphanStart === orphanEnd ? `line ${orphanStart}` : `lines ${orphanStart}–${orphanEnd}`;
    warn(orphanStart, `${where} belong${orphanStart === orphanEnd ? "s" : ""} to no entry (an entry starts with a header line such as ${HEADER_EXAMPLE}); skipped`);
    orphanStart = orphanEnd = 0;
  };
  const finish = () => {
    if (entry) {
      const paper = entryToPaper(entry, file, reference, known, warn);
      if (paper) papers.push(paper);
    }
    entry = null;
  };

  for (let i = 0; i < lines.length; i++) {
    if (onProgress && i % PROGRESS_EVERY_LINES === 0) onProgress(i / lines.length);
    const line = lines[i]!.trim();
    if (line.length === 0) continue;
    const lineNo = i + 1;
    const header = headers[i];
    if (header) {
      flushOrphans();
      finish();
      entry = { header, headerLine: lineNo };
    } else if (entry && !entry.titleLine) {
      entry.titleLine = { line: lineNo, text: line };
    } else if (entry && entry.abstract === undefined) {
      entry.abstract = line;
    } else {
      finish();
      if (orphanStart === 0) orphanStart = lineNo;
      orphanEnd = lineNo;
    }
  }
  flushOrphans();
  finish();
  onProgress?.(1);
  warnings.sort((a, b) => a.line - b.line);
  return { papers, warnings };
}

/** Names that stand alone between commas anywhere in the listing (see cleanAuthorsOf). */
function knownAuthors(lines: string[], headers: (ListingHeader | null)[]): Set<string> {
  const known = new Set<string>();
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!headers[i]) continue;
    let next = i + 1;
    while (next < lines.length && lines[next]!.trim() === "") next++;
    if (next < lines.length) for (const name of cleanAuthorsOf(lines[next]!)) known.add(foldName(name));
  }
  return known;
}

function entryToPaper(
  entry: Entry,
  file: string,
  reference: SimpleDate,
  known: ReadonlySet<string>,
  warn: (line: number, message: string) => void,
): PaperDraft | null {
  const { header, headerLine, titleLine } = entry;
  if (!titleLine) {
    warn(headerLine, "entry has a header but no title line; skipped");
    return null;
  }
  let split = splitTitleAuthors(titleLine.text, known);
  if (!split) {
    warn(titleLine.line, "could not tell where the title ends and the authors begin; kept the whole line as the title, with no authors");
    split = { title: titleLine.text, authors: [], etAl: false };
  } else {
    if (split.alternative) warn(titleLine.line, unsureSplitMessage(split.authors[0]!, split.alternative));
    for (const name of split.oddAuthors ?? []) warn(titleLine.line, `kept "${name}" as an author although it is not written like a name; check this entry`);
  }
  const date = headerDate(header, reference);
  if (!date) warn(headerLine, `no such date: ${monthDay(header)}; the paper is kept without a date`);
  return {
    title: split.title,
    authors: split.authors,
    etAl: split.etAl,
    date: date ? formatIsoDate(date) : null,
    year: date ? date.year : header.year,
    categories: header.category ? [header.category] : [],
    score: header.score,
    abstract: entry.abstract ?? null,
    source: { file, line: headerLine },
  };
}

const TITLE_END_SHOWN = 30;

/** The end of a title, whole words of it: "…of Papers on Court VisionJ". */
function titleEnd(title: string): string {
  if (title.length <= TITLE_END_SHOWN) return title;
  const tail = title.slice(-TITLE_END_SHOWN);
  const space = tail.indexOf(" ");
  return `…${space >= 0 && title[title.length - TITLE_END_SHOWN - 1] !== " " ? tail.slice(space + 1) : tail.trimStart()}`;
}

function unsureSplitMessage(firstAuthor: string, alternative: { title: string; firstAuthor: string }): string {
  const end = titleEnd(alternative.title);
  return `unsure where the title ends: read "${firstAuthor}" as the first author, but the title could as well end "${end}" with "${alternative.firstAuthor}" as the first author; check this entry`;
}

function headerDate(header: ListingHeader, reference: SimpleDate): SimpleDate | null {
  if (header.year === null) return resolveYearlessDate(header.month, header.day, reference);
  const date = { year: header.year, month: header.month, day: header.day };
  return isValidDate(date) ? date : null;
}

function monthDay(header: ListingHeader): string {
  const name = new Date(Date.UTC(2000, header.month - 1, 1)).toLocaleString("en", { month: "short", timeZone: "UTC" });
  return `${name} ${header.day}${header.year === null ? "" : `, ${header.year}`}`;
}
