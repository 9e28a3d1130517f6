import { foldName } from "../../text/fold";
import type { AuthorDetail, PaperDraft } from "../types";
import {
  fieldOf,
  firstValue,
  isoDate,
  leadingLines,
  parseMonthDay,
  parseTagged,
  plainText,
  streamTagged,
  type TaggedFormat,
  type TaggedRecord,
  type TaggedSyntax,
  type Warn,
} from "./taggedLines";
import { authorMatcher, personName, type PersonName } from "./authorNames";
import type { FormatReader } from "./types";
import { bareDoi } from "../identifiers";

/** "AU Kim, J": the tag, one space, the value; "ER" and "EF" stand alone. Continuation lines are indented. */
const TAG = /^([A-Z][A-Z0-9])(?= |$)/;

const wosSyntax: TaggedSyntax = {
  startTag: "PT",
  endTag: "ER",
  startLine: 'a "PT" line',
  endLine: '"ER"',
  tagLine(line) {
    const m = TAG.exec(line);
    return m ? { tag: m[1]!, value: line.slice(2).trim() } : null;
  },
  isContinuation: (line) => line.startsWith(" "),
  // The file's head (FN, VR) and end (EF); files joined one after another repeat them.
  framingTags: new Set(["FN", "VR", "EF"]),
};

function wosToPaper(record: TaggedRecord, file: string, warn: Warn): PaperDraft | null {
  const titleText = firstValue(record, ["TI"]);
  const title = titleText === null ? "" : plainText(titleText);
  if (!title) {
    warn(record.line, "record has no title (TI); skipped");
    return null;
  }
  const { authors, details } = wosAuthors(record);
  if (authors.length === 0) warn(record.line, "record has no authors (AF or AU); kept without authors");
  const year = wosYear(record);
  const abstract = firstValue(record, ["AB"]);
  const paper: PaperDraft = {
    title,
    authors,
    etAl: false,
    date: wosDate(record, year),
    year,
    categories: wosCategories(record),
    score: null,
    abstract: abstract === null ? null : plainText(abstract),
    source: { file, line: record.line },
  };
  if (details.some((detail) => Object.keys(detail).length > 0)) paper.authorDetails = details;
  const type = firstValue(record, ["DT", "PT"]);
  if (type) paper.type = type;
  const venue = firstValue(record, ["SO"]);
  if (venue) paper.venue = venue;
  const doiText = firstValue(record, ["DI"]);
  const doi = doiText === null ? null : bareDoi(doiText);
  if (doi) paper.doi = doi;
  const accession = firstValue(record, ["UT"]);
  if (accession) paper.sourceIds = { wos: accession };
  return paper;
}

/** Each line of a name field is one name. */
function namesOf(record: TaggedRecord, tag: string): string[] {
  return (fieldOf(record, tag)?.values ?? []).filter((value) => value.length > 0 && value !== "[Anonymous]");
}

/**
 * Records from before the 1990s write "FRANCIOS.RA": the family name cut to eight letters, a
 * dot, the initials. Read as "FRANCIOS, RA"; what was cut off cannot be known.
 */
const CUT_NAME = /^([^\s,.]{2,})\.(\p{Lu}{1,3})$/u;
const uncut = (raw: string) => raw.replace(CUT_NAME, "$1, $2");

/**
 * AF has the full names ("Kim, Jeonghye"); AU the short ones ("Kim, J"), used when AF is
 * missing. Group authors (CA, "ATLAS Collaboration") follow the people, kept whole. ORCID iDs
 * come from OI, and from RI where a researcher id is an ORCID iD.
 */
function wosAuthors(record: TaggedRecord): { authors: string[]; details: AuthorDetail[] } {
  const full = namesOf(record, "AF");
  const authors: string[] = [];
  const details: AuthorDetail[] = [];
  const written = new Map<string, number>(); // each name as written in the record, to its author
  for (const raw of full.length > 0 ? full : namesOf(record, "AU")) {
    const name = personName(uncut(raw));
    if (!name) continue;
    if (!written.has(raw)) written.set(raw, authors.length);
    authors.push(name.display);
    details.push(name.detail);
  }
  const groups = namesOf(record, "CA");
  if (groups.length > 0) {
    const people = new Set(authors.map(foldName));
    for (const group of groups) {
      if (people.has(foldName(group))) continue;
      authors.push(group);
      details.push({});
    }
  }
  addOrcids(record, written, details);
  return { authors, details };
}

/** "Kim, Jeonghye/0000-0002-1825-0097", the iD sometimes as an address. */
const ORCID_ENTRY = /^(.*?)\/\s*(?:https?:\/\/orcid\.org\/)?(\d{4}-\d{4}-\d{4}-\d{3}[\dX])\s*$/i;

/**
 * "Kim, Jeonghye/0000-0002-1825-0097; Lee, Ann/…": each iD to the author of that name. The
 * name is mostly written exactly as in AF; when it is not, it is matched by its parts.
 */
function addOrcids(record: TaggedRecord, written: ReadonlyMap<string, number>, details: AuthorDetail[]): void {
  let match: ((name: PersonName) => number) | null = null;
  for (const tag of ["RI", "OI"]) {
    const text = firstValue(record, [tag]);
    if (!text) continue;
    for (const entry of text.split(";")) {
      const orcid = ORCID_ENTRY.exec(entry);
      if (!orcid) continue;
      const nameText = orcid[1]!.trim();
      let i = written.get(nameText);
      if (i === undefined) {
        const name = personName(nameText);
        match ??= authorMatcher(details);
        i = name ? match(name) : -1;
      }
      if (i >= 0) details[i]!.orcid = orcid[2]!.toUpperCase();
    }
  }
}

function wosYear(record: TaggedRecord): number | null {
  const text = firstValue(record, ["PY"]);
  const m = text === null ? null : /^\d{4}/.exec(text);
  if (m) return Number(m[0]);
  const fromDate = firstValue(record, ["PD"])?.match(/\b\d{4}\b/);
  return fromDate ? Number(fromDate[0]) : null;
}

/** PD gives month and day ("OCT 4", "JUN 28 2011"); the year is PY's. */
function wosDate(record: TaggedRecord, year: number | null): string | null {
  const text = firstValue(record, ["PD"]);
  const parsed = text === null ? null : parseMonthDay(text);
  if (!parsed || (parsed.year !== null && parsed.year !== year)) return null;
  return isoDate(year, parsed.month, parsed.day);
}

/** Web of Science categories: "Computer Science, Artificial Intelligence; Statistics & Probability". */
function wosCategories(record: TaggedRecord): string[] {
  const text = firstValue(record, ["WC"]);
  if (text === null) return [];
  return text
    .split(";")
    .map((category) => category.trim())
    .filter(Boolean);
}

const wosReader: TaggedFormat = { syntax: wosSyntax, toPaper: wosToPaper };

// Tags every export has near a record's start, whatever fields the user chose.
const RECORD_TAGS = new Set(["AU", "AF", "BA", "BF", "CA", "GP", "TI", "SO", "SE", "BS", "DT", "LA", "PY", "UT", "DI"]);

/**
 * A "FN" head line naming the database or followed by "VR", or a file that opens with a
 * "PT J" record start followed by Web of Science tags.
 */
function looksLikeWos(text: string): boolean {
  const lines = leadingLines(text, 12);
  const first = lines[0] ?? "";
  if (first.startsWith("FN ")) return /^VR \d/.test(lines[1] ?? "") || /Web of (?:Science|Knowledge)|ISI Export/i.test(first);
  const start = /^VR \d/.test(first) ? 1 : 0;
  if (!/^PT [A-Z]\s*$/.test(lines[start] ?? "")) return false;
  const tags = lines.slice(start + 1).filter((line) => RECORD_TAGS.has(wosSyntax.tagLine(line)?.tag ?? ""));
  return tags.length >= 2;
}

/** Web of Science's "Plain text file" export (savedrecs.txt), and the older ISI export format. */
export const wosFormat: FormatReader = {
  id: "wos",
  label: "Web of Science",
  extensions: [".txt"],
  sniff: looksLikeWos,
  parse: (text, context) => parseTagged(wosReader, text, context),
  stream: (context) => streamTagged(wosReader, context),
};
