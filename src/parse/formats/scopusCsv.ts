import type { AuthorDetail, PaperDraft, ParseWarning } from "../types";
import { csvHeader, readCsv, type CsvRecord } from "./csv";
import { arxivIdFromDoi, bareDoi } from "../identifiers";
import { collapseSpaces, plainText } from "./json/text";
import type { FormatContext, FormatParse, FormatReader } from "./types";

/**
 * Scopus's CSV export: a header row naming the columns, one record per row. Column order
 * varies with the fields chosen at export and has changed over the years, so columns are found
 * by name.
 */
export const scopusCsvFormat: FormatReader = {
  id: "scopus-csv",
  label: "Scopus CSV",
  extensions: [".csv"],
  sniff: looksLikeScopusCsv,
  parse: parseScopusCsv,
};

const PROGRESS_EVERY = 2000;
const NO_AUTHOR = /^\[no author name available\]$/i;
const NO_ABSTRACT = /^\[no abstract available\]$/i;
const ET_AL = /^et al\.?$/i;

/** A header row with Authors and Title, and one column only Scopus names so. */
function looksLikeScopusCsv(text: string): boolean {
  const columns = new Set(csvHeader(text).map(columnKey));
  return columns.has("authors") && columns.has("title") && (columns.has("source title") || columns.has("eid") || columns.has("author(s) id"));
}

function columnKey(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * Where each column is in a record. Records with more fields than the header have the extra
 * ones in the middle: older exports name one "Funding Text 1" column but write a field for each
 * funding text, so the columns after the funding texts are counted from the end of such a record.
 */
class Columns {
  private readonly index = new Map<string, number>();
  private readonly shiftFrom: number;

  constructor(readonly names: readonly string[]) {
    names.forEach((name, i) => {
      const key = columnKey(name);
      if (!this.index.has(key)) this.index.set(key, i);
    });
    let lastFunding = names.length;
    names.forEach((name, i) => {
      if (columnKey(name).startsWith("funding text")) lastFunding = i;
    });
    this.shiftFrom = lastFunding + 1;
  }

  has(name: string): boolean {
    return this.index.has(name);
  }

  /** The trimmed field of the named column ("" when the record lacks it). */
  get(fields: readonly string[], name: string): string {
    let i = this.index.get(name);
    if (i === undefined) return "";
    if (fields.length > this.names.length && i >= this.shiftFrom) i += fields.length - this.names.length;
    return (fields[i] ?? "").trim();
  }
}

function parseScopusCsv(text: string, { file, onProgress }: FormatContext): FormatParse {
  const papers: PaperDraft[] = [];
  const warnings: ParseWarning[] = [];
  const warn = (line: number, message: string) => warnings.push({ file, line, message });
  let columns: Columns | null = null;
  // Each record is read once the next one is known, so the last one can be told apart.
  let pending: CsvRecord | null = null;
  let count = 0;
  const read = (record: CsvRecord, isLast: boolean) => {
    const paper = recordToPaper(record, columns!, isLast, file, warn);
    if (paper) papers.push(paper);
    if (onProgress && ++count % PROGRESS_EVERY === 0) onProgress(record.start / text.length);
  };
  readCsv(text, (record) => {
    if (columns === null) {
      columns = new Columns(record.fields);
      if (!columns.has("title")) warn(record.line, 'the first line does not name a "Title" column, so no record can be read; is this a Scopus CSV export?');
      return;
    }
    if (record.fields.length === 1 && record.fields[0]!.trim() === "") return; // a blank line
    if (pending) read(pending, false);
    pending = record;
  });
  if (pending) read(pending, true);
  onProgress?.(1);
  return { papers, warnings };
}

function recordToPaper(
  record: CsvRecord,
  columns: Columns,
  isLast: boolean,
  file: string,
  warn: (line: number, message: string) => void,
): PaperDraft | null {
  const { fields, line } = record;
  if (!columns.has("title")) return null;
  if (!record.complete) {
    warn(line, "the file ends inside a quoted field of this record (it looks cut short); skipped the record");
    return null;
  }
  if (fields.length < columns.names.length) {
    // Columns are known only by position: in a short record they cannot be trusted, except at
    // the end of a file that was cut short, where the missing ones are the last.
    const counts = `this record has ${fields.length} of the ${columns.names.length} columns the header names`;
    if (!isLast) {
      warn(line, `${counts}, so its columns cannot be told apart; skipped`);
      return null;
    }
    warn(line, `${counts} (the file looks cut short here); read what is there`);
  }
  const column = (name: string) => columns.get(fields, name);
  const title = plainText(column("title"));
  if (!title) {
    warn(line, "record has no title; skipped");
    return null;
  }
  const { authors, authorDetails, etAl } = readAuthors(column, line, warn);
  const year = /^\d{4}$/.test(column("year")) ? Number(column("year")) : null;
  const paper: PaperDraft = {
    title,
    authors,
    etAl,
    date: null,
    year,
    categories: [],
    score: null,
    abstract: abstractOf(column("abstract")),
    source: { file, line },
  };
  if (authorDetails.some((detail) => Object.keys(detail).length > 0)) paper.authorDetails = authorDetails;
  const doi = column("doi") ? bareDoi(column("doi")) : null;
  if (doi) paper.doi = doi;
  const arxivId = doi ? arxivIdFromDoi(doi) : null;
  if (arxivId) paper.arxivId = arxivId;
  const venue = collapseSpaces(column("source title"));
  if (venue) paper.venue = venue;
  const type = column("document type");
  if (type) paper.type = type;
  const url = column("link");
  if (url) paper.url = url;
  const eid = column("eid");
  if (eid) paper.sourceIds = { scopus: eid };
  return paper;
}

function abstractOf(field: string): string | null {
  if (!field || NO_ABSTRACT.test(field)) return null;
  return collapseSpaces(field) || null;
}

interface Author {
  name: string;
  detail: AuthorDetail;
}

/**
 * The authors of a record: from "Author full names" when the export has it ("Kim, Jeonghye
 * (57193254555)"), else from "Authors" ("Kim J."), with the ids of "Author(s) ID" by position.
 */
function readAuthors(
  column: (name: string) => string,
  line: number,
  warn: (line: number, message: string) => void,
): { authors: string[]; authorDetails: AuthorDetail[]; etAl: boolean } {
  const fullNames = column("author full names");
  const abbreviated = column("authors");
  if (NO_AUTHOR.test(fullNames || abbreviated)) {
    warn(line, 'record has no author names (Scopus wrote "[No author name available]"); kept without authors');
    return { authors: [], authorDetails: [], etAl: false };
  }
  const list = fullNames ? fullNameAuthors(fullNames) : abbreviatedAuthors(abbreviated);
  const etAl = list.length > 0 && ET_AL.test(list[list.length - 1]!.name);
  if (etAl) list.pop();
  if (!fullNames) {
    const ids = authorIds(column("author(s) id"));
    if (ids.length === list.length) list.forEach((author, i) => (author.detail.scopus = ids[i]!));
    else if (ids.length > 0) warn(line, `"Author(s) ID" lists ${ids.length} ids for ${list.length} authors, so they cannot be matched; left them out`);
  }
  if (list.length === 0) warn(line, "record has no authors; kept without authors");
  return { authors: list.map((author) => author.name), authorDetails: list.map((author) => author.detail), etAl };
}

const FULL_NAME = /^(.*?)\s*\((\d+)\)$/;

/** "Kim, Jeonghye (57193254555); Lee, Suyoung (57200000000)". */
function fullNameAuthors(field: string): Author[] {
  const authors: Author[] = [];
  for (const piece of field.split(";")) {
    const entry = collapseSpaces(piece);
    if (!entry) continue;
    const m = FULL_NAME.exec(entry);
    const author = familyCommaGiven(m ? m[1]! : entry);
    if (m) author.detail.scopus = m[2]!;
    if (author.name) authors.push(author);
  }
  return authors;
}

/** "Kim, Jeonghye" (or an organisation, "Gemma Team", whole). */
function familyCommaGiven(text: string): Author {
  const comma = text.indexOf(",");
  if (comma < 0) return { name: text, detail: {} };
  const family = text.slice(0, comma).trim();
  const given = text.slice(comma + 1).trim();
  return nameOf(given, family);
}

function nameOf(given: string, family: string): Author {
  if (!family) return { name: given, detail: given ? { given } : {} };
  if (!given) return { name: family, detail: { family } };
  return { name: `${given} ${family}`, detail: { given, family } };
}

/** "J.", "J.C.", "K.-C.", "Yu.A.": a Scopus initials group. */
const INITIALS = /^\p{Lu}\p{Ll}?\.(?:-?\p{Lu}\p{Ll}?\.)*$/u;

/**
 * The "Authors" column, in each of the forms Scopus has written: "Kim J.; Lee S." (since
 * 2023), "Kim, J.; Lee, S.", "Kim J., Lee S." (older) and "Kim, J., Lee, S." (some 2025
 * exports). In the last, a piece that is only initials belongs to the piece before it.
 */
function abbreviatedAuthors(field: string): Author[] {
  if (field.includes(";")) {
    return field
      .split(";")
      .map((piece) => collapseSpaces(piece))
      .filter((piece) => piece.length > 0)
      .map((piece) => (piece.includes(",") ? familyCommaGiven(piece) : familyThenInitials(piece)));
  }
  const pieces = field.split(",").map((piece) => collapseSpaces(piece));
  const authors: Author[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (!piece) continue;
    const next = pieces[i + 1];
    if (next !== undefined && INITIALS.test(next) && !INITIALS.test(piece)) {
      authors.push(nameOf(next, piece));
      i++;
    } else {
      authors.push(familyThenInitials(piece));
    }
  }
  return authors;
}

/** "Edwin Raja Dhas J." → "J. Edwin Raja Dhas"; a piece without initials is kept whole. */
function familyThenInitials(piece: string): Author {
  const space = piece.lastIndexOf(" ");
  if (space > 0 && INITIALS.test(piece.slice(space + 1))) return nameOf(piece.slice(space + 1), piece.slice(0, space));
  return { name: piece, detail: {} };
}

/** "57193254555;57200000000;" or "57193254555; 57200000000". */
function authorIds(field: string): string[] {
  if (!/\d/.test(field)) return [];
  return field
    .split(";")
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
}
