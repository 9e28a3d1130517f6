import type { AuthorDetail, PaperDraft, PaperSourceIds } from "../types";
import {
  firstValue,
  isoDate,
  joined,
  leadingLines,
  parseMonthDay,
  parseTagged,
  plainText,
  streamTagged,
  type PartialDate,
  type TaggedFormat,
  type TaggedRecord,
  type TaggedSyntax,
  type Warn,
} from "./taggedLines";
import { isEtAlMarker, personName } from "./authorNames";
import type { FormatReader } from "./types";
import { arxivIdFromDoi, arxivIdFromUrl, bareDoi } from "../identifiers";

/**
 * "TY  - JOUR": a capital and a capital or digit, two spaces, a hyphen, a space, the value.
 * Exporters also write one or three spaces before the hyphen, several after it, and nothing
 * after it when the value is empty; all count. The space before the hyphen is required, so
 * that a continuation line starting "UV-induced" is not read as a tag.
 */
const TAG = /^([A-Z][A-Z0-9]) {1,3}-(?= |$)/;

/**
 * What exporters put between records on purpose: a record number ("6."), and the
 * "Record #3 of 18 / Provider: … / Content: …" head of each record some publishers write.
 */
const FRAMING = /^(?:\d+\.\s*|Record #\d+ of \d+\s*|Provider: .*|Content: .*)$/;

const risSyntax: TaggedSyntax = {
  startTag: "TY",
  endTag: "ER",
  startLine: 'a "TY  - " line',
  endLine: '"ER  - "',
  tagLine(line) {
    const m = TAG.exec(line);
    return m ? { tag: m[1]!, value: line.slice(m[0].length).trim() } : null;
  },
  isFraming: (line) => FRAMING.test(line.trim()),
};

// ST, the short title, is the last resort: some exports of non-English records have only it.
const TITLE_TAGS = ["TI", "T1", "CT", "BT", "ST"] as const;
/**
 * Journal or proceedings, full names first. JO holds the full name when it stands alone, but
 * the abbreviation beside JF or T2 (in Embase's and publishers' exports), so those come first.
 */
const VENUE_TAGS = ["JF", "T2", "JO", "JA", "J2", "BT"] as const;
const ABSTRACT_TAGS = ["AB", "N2"] as const;

function risToPaper(record: TaggedRecord, file: string, warn: Warn): PaperDraft | null {
  const titleText = firstValue(record, TITLE_TAGS);
  const title = titleText === null ? "" : plainText(titleText);
  if (!title) {
    warn(record.line, "record has no title (TI or T1); skipped");
    return null;
  }
  const { authors, authorDetails, etAl } = risAuthors(record, warn);
  const { year, date } = risDate(record);
  const abstract = firstValue(record, ABSTRACT_TAGS);
  const paper: PaperDraft = {
    title,
    authors,
    etAl,
    date,
    year,
    categories: [],
    score: null,
    abstract: abstract === null ? null : plainText(abstract),
    source: { file, line: record.line },
  };
  if (authorDetails) paper.authorDetails = authorDetails;
  const type = firstValue(record, ["TY"]);
  if (type) paper.type = type;
  const venue = firstValue(record, VENUE_TAGS);
  if (venue) paper.venue = venue;
  const doiText = firstValue(record, ["DO"]);
  const doi = doiText === null ? null : bareDoi(doiText);
  if (doi) paper.doi = doi;
  const url = firstUrl(record);
  if (url) paper.url = url;
  const arxivId = arxivIdOf(doi, url);
  if (arxivId) paper.arxivId = arxivId;
  const sourceIds = risSourceIds(record, url);
  if (sourceIds) paper.sourceIds = sourceIds;
  return paper;
}

interface Authors {
  authors: string[];
  authorDetails?: AuthorDetail[];
  etAl: boolean;
}

/** AU and A1 are the authors, in the order written; A2 (editors, usually) only stand in when there are none. */
function risAuthors(record: TaggedRecord, warn: Warn): Authors {
  let fields = record.fields.filter((field) => field.tag === "AU" || field.tag === "A1");
  if (!fields.some((field) => joined(field))) {
    fields = record.fields.filter((field) => field.tag === "A2");
    const secondary = fields.some((field) => joined(field));
    warn(
      record.line,
      secondary
        ? "record has no authors (AU or A1); used its secondary authors (A2, usually editors) instead"
        : "record has no authors (AU or A1); kept without authors",
    );
  }
  const authors: string[] = [];
  const details: AuthorDetail[] = [];
  let etAl = false;
  for (const field of fields) {
    const raw = joined(field);
    if (isEtAlMarker(raw)) {
      etAl = true;
      continue;
    }
    const name = personName(raw);
    if (!name) continue;
    authors.push(name.display);
    details.push(name.detail);
  }
  const known = details.some((detail) => Object.keys(detail).length > 0);
  return known ? { authors, authorDetails: details, etAl } : { authors, etAl };
}

/**
 * "2023", "2023/10/04/", "2023///", "2023/10//", "2024-02-01"; "SEP 22" (month and day alone,
 * as Web of Science writes DA); else any year in the text ("1 Jan.-Feb. 2019", from IEEE Xplore).
 */
function parseRisDate(text: string): PartialDate | null {
  const m = /^(\d{4})(?:[/-](\d{1,2})?(?:[/-](\d{1,2})?)?)?/.exec(text);
  if (m) {
    // "PY  - 0000" is how some databases say they do not know.
    return { year: Number(m[1]) || null, month: m[2] === undefined ? null : Number(m[2]), day: m[3] === undefined ? null : Number(m[3]) };
  }
  const monthDay = parseMonthDay(text);
  if (monthDay) return monthDay;
  const year = /\b[12]\d{3}\b/.exec(text);
  return year ? { year: Number(year[0]), month: null, day: null } : null;
}

/**
 * The year from PY, else DA, else Y1 (PY is the publication year; Y1 is the old, deprecated
 * date tag). The full date from the first of DA, Y1, PY that has month and day in that year,
 * or that has no year of its own, as "DA  - SEP 22" beside "PY  - 2010".
 */
function risDate(record: TaggedRecord): { year: number | null; date: string | null } {
  const parsed = (tag: string) => {
    const text = firstValue(record, [tag]);
    return text === null ? null : parseRisDate(text);
  };
  const py = parsed("PY");
  const da = parsed("DA");
  const y1 = parsed("Y1");
  const year = py?.year ?? da?.year ?? y1?.year ?? null;
  for (const candidate of [da, y1, py]) {
    if (!candidate || (candidate.year !== null && candidate.year !== year)) continue;
    const date = isoDate(year, candidate.month, candidate.day);
    if (date) return { year, date };
  }
  return { year, date: null };
}

/** The first web address of the UR fields (EndNote and others put several in one, separated by spaces or semicolons). */
function firstUrl(record: TaggedRecord): string | null {
  for (const field of record.fields) {
    if (field.tag !== "UR") continue;
    const url = joined(field).split(/[\s;]+/).find((word) => /^https?:\/\//i.test(word));
    if (url) return url;
  }
  return null;
}

/** The arXiv id of a preprint, from its arXiv DOI ("10.48550/arXiv.2301.00001") or its arXiv address. */
function arxivIdOf(doi: string | null, url: string | null): string | null {
  return arxivIdFromDoi(doi) ?? arxivIdFromUrl(url);
}

/** Ids the exporting database gives the record: Web of Science's accession number (AN), Scopus's EID (in its record address). */
function risSourceIds(record: TaggedRecord, url: string | null): PaperSourceIds | null {
  const ids: PaperSourceIds = {};
  const accession = firstValue(record, ["AN"]);
  if (accession && /^WOS:\w+$/.test(accession)) ids.wos = accession;
  const eid = url === null ? null : /[?&]eid=(2-s2\.0-\d+)/.exec(url);
  if (eid) ids.scopus = eid[1]!;
  return Object.keys(ids).length > 0 ? ids : null;
}

const risReader: TaggedFormat = { syntax: risSyntax, toPaper: risToPaper };

/** Whether a "TY  - " line opens the text, after at most a few lines of exporter's header. */
function looksLikeRis(text: string): boolean {
  return leadingLines(text, 10).some((line) => risSyntax.tagLine(line)?.tag === "TY");
}

/** RIS, as reference managers (Zotero, EndNote, Mendeley) and databases export it. */
export const risFormat: FormatReader = {
  id: "ris",
  label: "RIS",
  extensions: [".ris"],
  sniff: looksLikeRis,
  parse: (text, context) => parseTagged(risReader, text, context),
  stream: (context) => streamTagged(risReader, context),
};
