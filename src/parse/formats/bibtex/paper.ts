import { formatIsoDate, isValidDate, monthNumber } from "../../dates";
import type { AuthorDetail, PaperDraft, PaperSourceIds } from "../../types";
import { usedFields, type UsedFields } from "./fields";
import { arxivIdFromDoi, arxivIdFromUrl, arxivIdInText, doiOfUrl } from "../../identifiers";
import {
  arxivIdOfCorr,
  arxivIdOfEprint,
  cleanDoi,
  dblpKeyOf,
  firstUrl,
  scopusEidOf,
  verbatim,
  wosAccessionOf,
} from "./identifiers";
import { latexToText } from "./latex";
import { withoutMarkup } from "./markup";
import { parseNameList, type BibNameList } from "./names";
import { attachOrcids } from "./orcids";
import type { RawEntry } from "./scan";

export type Warn = (line: number, message: string) => void;

/** One entry as a paper; null (with a warning) when it has no title. `parent` is the entry its `crossref` names. */
export function entryToPaper(entry: RawEntry, parent: RawEntry | undefined, file: string, warn: Warn): PaperDraft | null {
  const fields = usedFields(entry, parent);
  const title = titleOf(fields.title, fields.subtitle);
  if (!title) {
    warn(entry.line, "entry has no title; skipped");
    return null;
  }
  const { authors, authorDetails, etAl } = authorsOf(fields, entry.line, warn);
  const { year, date } = dateOf(fields);
  const paper: PaperDraft = {
    title,
    authors,
    etAl,
    date,
    year,
    categories: [],
    score: null,
    abstract: textOf(fields.abstract),
    source: { file, line: entry.line },
  };
  if (authorDetails) paper.authorDetails = authorDetails;
  paper.type = entry.type;
  const venue = textOf(fields.journaltitle ?? fields.journal ?? fields.booktitle);
  if (venue) paper.venue = venue;

  const urlField = fields.url ?? fields.ee;
  const url = urlField === undefined ? null : firstUrl(urlField);
  const doi = (fields.doi === undefined ? null : cleanDoi(fields.doi)) ?? (url === null ? null : doiOfUrl(url));
  if (doi) paper.doi = doi;
  if (url) paper.url = url;
  // The first source that has one: an arXiv eprint, the arXiv DOI, an arxiv.org address, "arXiv:…" in the venue or note, dblp's CoRR volume.
  const arxivId =
    arxivIdOfEprint(fields.eprint, fields.eprinttype) ??
    arxivIdFromDoi(doi) ??
    arxivIdFromUrl(url) ??
    arxivIdInText(fields.journal) ??
    arxivIdInText(fields.note) ??
    arxivIdInText(fields.howpublished) ??
    arxivIdOfCorr(fields.journal, fields.volume);
  if (arxivId) paper.arxivId = arxivId;
  const sourceIds = sourceIdsOf(entry.key, fields, url);
  if (sourceIds) paper.sourceIds = sourceIds;
  return paper;
}

/** Decoded text (LaTeX, and the HTML some databases leave), or null when the field is missing or empty. */
function textOf(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  // Most titles and venues are plain words: one test sends them past both decoders.
  if (!NOT_PLAIN.test(raw)) return raw.trim() || null;
  return withoutMarkup(latexToText(raw)) || null;
}

/** What the LaTeX decoder acts on (see latexToText), and the start of HTML markup. */
const NOT_PLAIN = /[\\{}$~`^_\t\n\r<&]|--|''| {2}/;

/** BibLaTeX splits "Title: Subtitle" in two fields; the reader sees one title. */
function titleOf(title: string | undefined, subtitle: string | undefined): string | null {
  const main = textOf(title);
  const sub = textOf(subtitle);
  if (!main || !sub) return main;
  return /[.:?!]$/.test(main) ? `${main} ${sub}` : `${main}: ${sub}`;
}

interface Authors {
  authors: string[];
  authorDetails?: AuthorDetail[];
  etAl: boolean;
}

/** The author field; the editors stand in (with a warning) when there is none, as for an edited book. */
function authorsOf(fields: UsedFields, line: number, warn: Warn): Authors {
  let list: BibNameList;
  if (fields.author !== undefined) {
    list = parseNameList(fields.author);
    if (list.names.length === 0) warn(line, "entry's author field names nobody; kept without authors");
  } else {
    list = fields.editor === undefined ? { names: [], etAl: false } : parseNameList(fields.editor);
    const used = list.names.length > 0;
    warn(line, used ? "entry has no author field; used its editors as authors" : "entry has no author field; kept without authors");
  }
  if (fields.orcidNumbers !== undefined) attachOrcids(fields.orcidNumbers, list.names);
  const authors: string[] = [];
  const details: AuthorDetail[] = [];
  let known = false;
  for (const name of list.names) {
    authors.push(name.display);
    details.push(name.detail);
    known ||= name.detail.given !== undefined || name.detail.family !== undefined || name.detail.orcid !== undefined;
  }
  return known ? { authors, authorDetails: details, etAl: list.etAl } : { authors, etAl: list.etAl };
}

const BIBLATEX_DATE = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/;
const YEAR = /(?<!\d)(\d{4})(?!\d)/;

/**
 * The year and, when year, month and day are all known, the date. BibLaTeX's `date`
 * ("2023-10-04", "2023-10", "2023", or a range "2023-10-04/2023-10-06", whose start counts)
 * comes first; then `year`, `month` (a number, a name, or a month macro) and `day`.
 */
function dateOf({ date: dateField, year: yearField, month: monthField, day: dayField }: UsedFields) {
  let year: number | null = null;
  let month: number | null = null;
  let day: number | null = null;
  const parts = dateField === undefined ? null : BIBLATEX_DATE.exec(verbatim(dateField));
  if (parts) {
    year = Number(parts[1]);
    month = parts[2] === undefined ? null : Number(parts[2]);
    day = parts[3] === undefined ? null : Number(parts[3]);
  }
  if (year === null && yearField !== undefined) {
    const m = YEAR.exec(verbatim(yearField));
    if (m) year = Number(m[1]);
  }
  if (month === null && monthField !== undefined) {
    const written = monthAndDay(latexToText(monthField));
    month = written.month;
    day ??= written.day;
  }
  if (day === null && dayField !== undefined && /^\d{1,2}$/.test(verbatim(dayField))) day = Number(verbatim(dayField));
  const full = year !== null && month !== null && day !== null ? { year, month, day } : null;
  return { year, date: full && isValidDate(full) ? formatIsoDate(full) : null };
}

/**
 * "10", "October", "Oct.", "oct" (the macro, already expanded), "sept" → the month; Web of
 * Science's "MAR 1" gives the day too.
 */
function monthAndDay(text: string): { month: number | null; day: number | null } {
  if (/^\d{1,2}$/.test(text)) {
    const month = Number(text);
    return { month: month >= 1 && month <= 12 ? month : null, day: null };
  }
  const m = /^(\p{L}+)\.?(?:\s+(\d{1,2}))?$/u.exec(text) ?? /^\p{L}+/u.exec(text);
  if (!m) return { month: null, day: null };
  const month = monthNumber(m[1] ?? m[0]);
  return { month, day: month !== null && m[2] !== undefined ? Number(m[2]) : null };
}

/** The ids the entry has where it comes from: its citation key, and dblp's, Scopus's or Web of Science's record id. */
function sourceIdsOf(key: string, fields: UsedFields, url: string | null): PaperSourceIds | null {
  const dblp = dblpKeyOf(key, fields.biburl);
  const scopus = scopusEidOf(url);
  const wos = wosAccessionOf(fields.uniqueId);
  if (!key && !dblp && !scopus && !wos) return null;
  const ids: PaperSourceIds = {};
  if (key) ids.bibtex = key;
  if (dblp) ids.dblp = dblp;
  if (scopus) ids.scopus = scopus;
  if (wos) ids.wos = wos;
  return ids;
}
