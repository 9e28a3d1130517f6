import { formatIsoDate, isValidDate, monthNumber } from "../../dates";
import { arxivIdFromDoi, arxivIdFromUrl, bareDoi, bareOrcid, doiOfUrl } from "../../identifiers";
import type { AuthorDetail, PaperDraft } from "../../types";
import type { RawPerson, RawRecord } from "./reader";

type Warn = (line: number, message: string) => void;

/** dblp's homonym number: "Wei Wang 0001" is one of several Wei Wangs. */
const HOMONYM_NUMBER = / \d{4}$/;
/** dblp's keys for arXiv preprints (its "CoRR" journal): journals/corr/abs-2301-00001, journals/corr/abs-cs-0112017. */
const CORR_KEY = /^journals\/corr\/abs-(?:(\d{4})-(\d{4,5})|([a-z]+(?:-[a-z]+)?)-(\d{7}))$/;

/**
 * One dblp record as a paper, or null (with a warning) when it has no title. Warnings go
 * through `warn` with the line they concern.
 */
export function recordToPaper(record: RawRecord, file: string, warn: Warn): PaperDraft | null {
  const title = record.title === null ? "" : withoutFinalPeriod(record.title);
  if (!title) {
    warn(record.line, `<${record.element}> has no title; skipped`);
    return null;
  }
  let people = record.authors;
  if (people.length === 0) {
    people = record.editors;
    warn(
      record.line,
      people.length > 0 ? `<${record.element}> has no author; used its editors instead` : `<${record.element}> has no author; kept without authors`,
    );
  }
  const authors: string[] = [];
  const authorDetails: AuthorDetail[] = [];
  for (const person of people) {
    authors.push(displayName(person.name));
    authorDetails.push(authorDetail(person, warn));
  }
  const year = parseYear(record, warn);
  const paper: PaperDraft = {
    title,
    authors,
    etAl: false,
    date: dateOf(year, record.month),
    year,
    categories: [],
    score: null,
    abstract: null,
    source: { file, line: record.line },
  };
  if (authorDetails.length > 0) paper.authorDetails = authorDetails;
  if (record.venue) paper.venue = record.venue;
  // A search API hit names its kind in a field ("Journal Articles"); elsewhere the element does.
  const type = record.element === "info" ? record.type : record.element;
  if (type) paper.type = type;
  addLinks(paper, record);
  if (record.key) paper.sourceIds = { dblp: record.key };
  return paper;
}

/** dblp ends titles with a period ("A Study."); "?" and "!" stay, and so does an ellipsis. */
function withoutFinalPeriod(title: string): string {
  return title.endsWith(".") && !title.endsWith("..") ? title.slice(0, -1).trimEnd() : title;
}

/** "Wei Wang 0001" is shown as "Wei Wang": the number only tells dblp's homonyms apart. */
function displayName(name: string): string {
  const digit = name.charCodeAt(name.length - 1);
  return digit >= 48 && digit <= 57 ? name.replace(HOMONYM_NUMBER, "") : name;
}

function authorDetail(person: RawPerson, warn: Warn): AuthorDetail {
  // Within dblp a person is their pid, and where records carry none (the full dblp.xml), the
  // name string itself: dblp gives every person a unique name, adding a four-digit number to
  // tell homonyms apart ("Wei Wang 0001", "Wei Wang 0002"). So "name:" and the whole name,
  // number included, identifies the person as well as a pid would, and keeps the Wei Wangs
  // apart although all are shown as "Wei Wang".
  const detail: AuthorDetail = { dblp: person.pid ?? `name:${person.name}` };
  if (person.orcid !== null) {
    const orcid = bareOrcid(person.orcid);
    if (orcid) detail.orcid = orcid;
    else warn(person.line, `"${person.orcid}" is not an ORCID iD; ${person.name} kept without it`);
  }
  return detail;
}

function parseYear(record: RawRecord, warn: Warn): number | null {
  if (record.year === null) return null;
  const year = record.year;
  if (year.length === 4 && isDigits(year)) return Number(year);
  warn(record.line, `year "${record.year}" is not a year; kept without one`);
  return null;
}

function isDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** dblp gives a month for some records ("March", rarely "March 15"), a day almost never. */
function dateOf(year: number | null, month: string | null): string | null {
  if (year === null || month === null) return null;
  const m = /^([A-Za-z]+)\.? (\d{1,2})$/.exec(month);
  const monthNo = m ? monthNumber(m[1]!) : null;
  if (!m || monthNo === null) return null;
  const date = { year, month: monthNo, day: Number(m[2]) };
  return isValidDate(date) ? formatIsoDate(date) : null;
}

/**
 * The DOI, arXiv id and link of a record, from its `ee` links (in order: the first DOI link,
 * the first arXiv link, the first other link), the search API's `doi`, and the key of a CoRR
 * record. Without an electronic edition other than a DOI or arXiv link, the link is the
 * record's dblp page.
 */
function addLinks(paper: PaperDraft, record: RawRecord): void {
  let doi = (record.doi && bareDoi(record.doi)) || undefined;
  let arxivId: string | undefined;
  let url: string | undefined;
  for (const ee of record.ee) {
    // The cheap look comes first: most links are neither.
    const fromDoi = ee.includes("doi.org/") ? doiOfUrl(ee) : null;
    const fromArxiv = fromDoi || !ee.includes("arxiv.org/") ? null : arxivIdFromUrl(ee);
    if (fromDoi) doi ??= fromDoi;
    else if (fromArxiv) arxivId ??= fromArxiv;
    else url ??= ee;
  }
  if (doi && !arxivId) arxivId = arxivIdFromDoi(doi) ?? undefined;
  if (!arxivId && record.key) {
    const m = CORR_KEY.exec(record.key);
    if (m) arxivId = m[1] ? `${m[1]}.${m[2]}` : `${m[3]}/${m[4]}`;
  }
  if (!url) url = record.url && /^https?:\/\//i.test(record.url) ? record.url : record.key ? `https://dblp.org/rec/${record.key}` : undefined;
  if (doi) paper.doi = doi;
  if (arxivId) paper.arxivId = arxivId;
  if (url) paper.url = url;
}
