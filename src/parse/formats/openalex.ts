import { formatIsoDate, parseIsoDate } from "../dates";
import type { AuthorDetail, PaperDraft, ParseWarning } from "../types";
import { firstJsonRecord } from "./json/firstRecord";
import { arxivIdFromDoi, arxivIdFromLabel, arxivIdFromUrl, bareDoi, bareOrcid } from "../identifiers";
import { bareOpenalexId, isOpenalexWorkLink } from "./json/ids";
import { readJsonRecords } from "./json/records";
import { collapseSpaces, plainText } from "./json/text";
import { integerOf, isObject, listOf, objectOf, textOf, type JsonObject } from "./json/values";
import type { FormatContext, FormatParse, FormatReader } from "./types";

/**
 * OpenAlex works: an API response (`{"meta": …, "results": [works]}`), a list of works, one
 * work, or JSON lines (one work per line, as the snapshot and many scripts save them).
 */
export const openalexFormat: FormatReader = {
  id: "openalex",
  label: "OpenAlex",
  extensions: [".json", ".jsonl", ".ndjson"],
  sniff: looksLikeOpenalex,
  parse: parseOpenalex,
};

/** How every OpenAlex API response starts; a page without works has nothing else to go by. */
const API_RESPONSE = /^\s*\{\s*"meta"\s*:\s*\{[^{}]*"db_response_time_ms"/;

/**
 * The first work has authorships, or an OpenAlex work id (responses trimmed with `select=` may
 * lack the rest); or the text is an OpenAlex API response without works.
 */
function looksLikeOpenalex(text: string): boolean {
  const first = firstJsonRecord(text);
  if (first === null) return API_RESPONSE.test(text.slice(0, 1000));
  return first.fields.has("authorships") || isOpenalexWorkLink(first.fields.get("id"));
}

function parseOpenalex(text: string, { file, onProgress }: FormatContext): FormatParse {
  const papers: PaperDraft[] = [];
  const warnings: ParseWarning[] = [];
  const warn = (line: number, message: string) => warnings.push({ file, line, message });
  readJsonRecords(text, {
    onRecord(value, line) {
      const paper = workToPaper(value, file, line, warn);
      if (paper) papers.push(paper);
    },
    warn,
    onProgress,
  });
  return { papers, warnings };
}

const ENTITY_KINDS: Record<string, string> = { A: "author", S: "source", I: "institution", C: "concept", P: "publisher", F: "funder", T: "topic" };

function workToPaper(value: unknown, file: string, line: number, warn: (line: number, message: string) => void): PaperDraft | null {
  if (!isObject(value)) {
    warn(line, "this entry is not an OpenAlex work (an object of fields); skipped");
    return null;
  }
  const ids = objectOf(value.ids);
  const workId = bareOpenalexId(textOf(ids?.openalex) ?? textOf(value.id) ?? "");
  if (workId !== null && !workId.startsWith("W")) {
    warn(line, `${workId} is an OpenAlex ${ENTITY_KINDS[workId[0]!] ?? "entity"}, not a work; skipped`);
    return null;
  }
  const which = workId ? `work ${workId}` : "work";
  const titleText = textOf(value.title) ?? textOf(value.display_name);
  const title = titleText === null ? "" : plainText(titleText);
  if (!title) {
    warn(line, `${which} has no title; skipped`);
    return null;
  }
  const { authors, details } = authorsOf(value, line, which, warn);
  const date = parseIsoDate(textOf(value.publication_date) ?? "");
  const paper: PaperDraft = {
    title,
    authors,
    // OpenAlex lists at most 100 authors per work in list responses and says so.
    etAl: value.is_authors_truncated === true,
    date: date ? formatIsoDate(date) : null,
    year: integerOf(value.publication_year) ?? date?.year ?? null,
    categories: [],
    score: null,
    abstract: abstractFromInvertedIndex(value.abstract_inverted_index),
    source: { file, line },
  };
  if (authors.length === 0 && !paper.etAl) warn(line, `${which} has no authors; kept without authors`);
  if (details.some((detail) => Object.keys(detail).length > 0)) paper.authorDetails = details;
  const doi = bareDoi(textOf(value.doi) ?? textOf(ids?.doi) ?? "");
  if (doi) paper.doi = doi;
  const arxivId = arxivIdOf(value, doi);
  if (arxivId) paper.arxivId = arxivId;
  const primary = objectOf(value.primary_location);
  // Older responses name the venue in host_venue.
  const venue = textOf(objectOf(primary?.source)?.display_name) ?? textOf(objectOf(value.host_venue)?.display_name);
  if (venue) paper.venue = collapseSpaces(venue);
  const type = textOf(value.type);
  if (type) paper.type = type;
  const url = textOf(primary?.landing_page_url);
  if (url) paper.url = url;
  if (workId) paper.sourceIds = { openalex: workId };
  return paper;
}

/** Each authorship's author: the name OpenAlex settled on, else the name as printed on the paper. */
function authorsOf(work: JsonObject, line: number, which: string, warn: (line: number, message: string) => void): { authors: string[]; details: AuthorDetail[] } {
  const authors: string[] = [];
  const details: AuthorDetail[] = [];
  let nameless = 0;
  for (const entry of listOf(work.authorships)) {
    const authorship = objectOf(entry);
    const author = objectOf(authorship?.author);
    const name = textOf(author?.display_name) ?? textOf(authorship?.raw_author_name);
    if (name === null) {
      nameless++;
      continue;
    }
    const detail: AuthorDetail = {};
    const openalex = bareOpenalexId(textOf(author?.id) ?? "");
    if (openalex?.startsWith("A")) detail.openalex = openalex;
    const orcid = bareOrcid(textOf(author?.orcid) ?? "");
    if (orcid) detail.orcid = orcid;
    authors.push(collapseSpaces(name));
    details.push(detail);
  }
  if (nameless > 0) warn(line, nameless === 1 ? `an authorship of ${which} has no name; left it out` : `${nameless} authorships of ${which} have no name; left them out`);
  return { authors, details };
}

/** Word positions beyond this are not an abstract; they would only make a huge sparse list. */
const MAX_ABSTRACT_WORDS = 100_000;

/**
 * OpenAlex gives abstracts as an inverted index, word → positions
 * ({"Despite": [0], "growing": [1], "the": [2, 9]}); the text is the words put back in order.
 */
export function abstractFromInvertedIndex(value: unknown): string | null {
  const index = objectOf(value);
  if (!index) return null;
  const words: string[] = [];
  for (const word in index) {
    for (const position of listOf(index[word])) {
      if (Number.isInteger(position) && (position as number) >= 0 && (position as number) < MAX_ABSTRACT_WORDS) words[position as number] = word;
    }
  }
  const text = plainText(words.filter((word) => word !== undefined).join(" "));
  return text || null;
}

/** From the DOI, an `ids.arxiv` entry, or the arXiv pages among the work's locations, when they agree on one id. */
function arxivIdOf(work: JsonObject, doi: string | null): string | null {
  const fromDoi = doi ? arxivIdFromDoi(doi) : null;
  if (fromDoi) return fromDoi;
  const listed = textOf(objectOf(work.ids)?.arxiv);
  if (listed) {
    const id = arxivIdFromUrl(listed) ?? arxivIdFromLabel(listed) ?? arxivIdFromLabel(`arXiv:${listed}`);
    if (id) return id;
  }
  const found = new Set<string>();
  for (const entry of listOf(work.locations)) {
    const location = objectOf(entry);
    for (const url of [textOf(location?.landing_page_url), textOf(location?.pdf_url)]) {
      const id = url ? arxivIdFromUrl(url) : null;
      if (id) found.add(id);
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}
