import { formatIsoDate, isValidDate } from "../dates";
import type { AuthorDetail, PaperDraft, ParseWarning } from "../types";
import { firstJsonRecord } from "./json/firstRecord";
import { arxivIdFromDoi, arxivIdFromLabel, arxivIdFromUrl, bareDoi, bareOrcid } from "../identifiers";
import { isOpenalexWorkLink } from "./json/ids";
import { readJsonRecords } from "./json/records";
import { collapseSpaces, plainText } from "./json/text";
import { firstTextOf, integerOf, isObject, listOf, objectOf, textOf, type JsonObject } from "./json/values";
import type { FormatContext, FormatParse, FormatReader } from "./types";

/**
 * CSL-JSON, the citation data of Zotero, Better BibTeX, citation.js, pandoc and Crossref's
 * content negotiation: a list of items (or one item), each with `type`, `title`, `author`
 * (`family`, `given`, particles, `suffix`, or `literal`), `issued`, `container-title`, `DOI` …
 */
export const cslJsonFormat: FormatReader = {
  id: "csl-json",
  label: "CSL-JSON",
  extensions: [".json"],
  sniff: looksLikeCslJson,
  parse: parseCslJson,
};

/** The item types of CSL 1.0.2: a `type` outside them is not CSL (package.json has "type" too). */
const CSL_TYPES = new Set([
  "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast", "chapter",
  "classic", "collection", "dataset", "document", "entry", "entry-dictionary", "entry-encyclopedia", "event",
  "figure", "graphic", "hearing", "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture",
  "musical_score", "pamphlet", "paper-conference", "patent", "performance", "periodical", "personal_communication",
  "post", "post-weblog", "regulation", "report", "review", "review-book", "software", "song", "speech", "standard",
  "thesis", "treaty", "webpage",
]);
const CSL_KEYS = ["title", "author", "issued", "container-title"];
const MORE_CSL_KEYS = [...CSL_KEYS, "editor", "citation-key", "DOI", "URL"];

/**
 * A list (or one object) whose first item has a CSL type and a CSL field, and is no OpenAlex
 * work. Tools write a few types beyond the standard ones (Better BibTeX's "video"), so a type
 * that merely looks like one will do when the item has at least two CSL fields.
 */
function looksLikeCslJson(text: string): boolean {
  const first = firstJsonRecord(text);
  if (!first || (first.layout !== "list" && first.layout !== "record")) return false;
  const { fields } = first;
  if (fields.has("authorships") || isOpenalexWorkLink(fields.get("id"))) return false;
  const type = fields.get("type");
  if (typeof type !== "string") return false;
  if (CSL_TYPES.has(type)) return CSL_KEYS.some((key) => fields.has(key));
  return /^[a-z][a-z_-]*$/.test(type) && MORE_CSL_KEYS.filter((key) => fields.has(key)).length >= 2;
}

function parseCslJson(text: string, { file, onProgress }: FormatContext): FormatParse {
  const papers: PaperDraft[] = [];
  const warnings: ParseWarning[] = [];
  const warn = (line: number, message: string) => warnings.push({ file, line, message });
  readJsonRecords(text, {
    onRecord(value, line) {
      const paper = itemToPaper(value, file, line, warn);
      if (paper) papers.push(paper);
    },
    warn,
    onProgress,
  });
  return { papers, warnings };
}

function itemToPaper(value: unknown, file: string, line: number, warn: (line: number, message: string) => void): PaperDraft | null {
  if (!isObject(value)) {
    warn(line, "this entry is not a CSL item (an object of fields); skipped");
    return null;
  }
  const titleText = firstTextOf(value.title);
  const title = titleText === null ? "" : plainText(titleText);
  if (!title) {
    warn(line, "item has no title; skipped");
    return null;
  }
  let names = namesOf(value.author, line, warn);
  if (names.authors.length === 0 && !names.etAl) {
    const editors = namesOf(value.editor, line, warn);
    if (editors.authors.length > 0) {
      warn(line, "item has no authors; its editors are taken as its authors");
      names = editors;
    } else {
      warn(line, "item has no authors; kept without authors");
    }
  }
  const issued = issuedDate(value.issued ?? value["published-print"] ?? value["published-online"]);
  const paper: PaperDraft = {
    title,
    authors: names.authors,
    etAl: names.etAl,
    date: issued.date,
    year: issued.year,
    categories: [],
    score: null,
    abstract: abstractOf(value.abstract),
    source: { file, line },
  };
  if (names.details.some((detail) => Object.keys(detail).length > 0)) paper.authorDetails = names.details;
  const doiText = textOf(value.DOI);
  const doi = doiText === null ? null : bareDoi(doiText);
  // Short DOIs ("10/fqd6hj") are aliases that cannot be compared with full ones: left out quietly.
  if (doiText !== null && doi === null && !SHORT_DOI.test(doiText)) warn(line, `"${doiText}" is not a DOI; left it out`);
  if (doi) paper.doi = doi;
  const url = textOf(value.URL);
  if (url) paper.url = url;
  const arxivId = arxivIdOf(value, doi, url);
  if (arxivId) paper.arxivId = arxivId;
  const venue = firstTextOf(value["container-title"]);
  if (venue) paper.venue = plainText(venue);
  const type = textOf(value.type);
  if (type) paper.type = type;
  const key = citationKeyOf(value);
  if (key) paper.sourceIds = { bibtex: key };
  return paper;
}

interface Names {
  authors: string[];
  details: AuthorDetail[];
  etAl: boolean;
}

const ET_AL = /^(?:others|et\.? al\.?)$/i;
const SHORT_DOI = /^(?:https?:\/\/doi\.org\/)?10\/[a-z0-9]+$/i;

/** The display names of a CSL name list (`author`, `editor`), with what each name tells beyond it. */
function namesOf(list: unknown, line: number, warn: (line: number, message: string) => void): Names {
  const names: Names = { authors: [], details: [], etAl: false };
  let nameless = 0;
  for (const entry of listOf(list)) {
    const person = objectOf(entry);
    const literal = person ? textOf(person.literal) : null;
    const family = person ? textOf(person.family) : null;
    if (ET_AL.test(literal ?? family ?? "")) {
      names.etAl = true;
      continue;
    }
    const name = person ? (literal !== null ? { name: collapseSpaces(literal), detail: {} } : personName(person)) : null;
    if (!name) {
      nameless++;
      continue;
    }
    const orcid = person ? bareOrcid(textOf(person.ORCID) ?? "") : null;
    if (orcid) name.detail.orcid = orcid;
    names.authors.push(name.name);
    names.details.push(name.detail);
  }
  if (nameless > 0) warn(line, nameless === 1 ? "a name in this item is empty; left it out" : `${nameless} names in this item are empty; left them out`);
  return names;
}

/**
 * "Given dropping-particle non-dropping-particle Family Suffix": "Ludwig van Beethoven",
 * "Anna van der Berg", "John Smith Jr.". The family part keeps its particles, as the name is
 * filed under them in most of the world ("van der Berg").
 */
function personName(person: JsonObject): { name: string; detail: AuthorDetail } | null {
  const given = textOf(person.given);
  const family = [person["dropping-particle"], person["non-dropping-particle"], person.family]
    .map(textOf)
    .filter((part) => part !== null)
    .join(" ");
  const suffix = textOf(person.suffix);
  const name = collapseSpaces([given, family, suffix].filter((part) => part).join(" "));
  if (!name) return null;
  const detail: AuthorDetail = {};
  if (given) detail.given = collapseSpaces(given);
  if (family) detail.family = collapseSpaces(family);
  return { name, detail };
}

/** A leading ISO-like date in `raw` or `literal` dates: "2023-10-04", "2023-10", "2023". */
const DATE_TEXT = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?!\d)/;
const YEAR_IN_TEXT = /\b(\d{4})\b/;

/**
 * `issued` as CSL writes it: `date-parts` ([[2023, 10, 4]], [["2023", 10]], a range [[2016], [2017]]
 * whose start counts), else a `raw` or `literal` string; a bare string is read the same way.
 */
function issuedDate(value: unknown): { date: string | null; year: number | null } {
  const issued = objectOf(value);
  const parts = issued ? listOf(listOf(issued["date-parts"])[0]).map(integerOf) : [];
  if (parts[0] !== undefined && parts[0] !== null) return fullDate(parts[0], parts[1] ?? null, parts[2] ?? null);
  const text = (issued ? (textOf(issued.raw) ?? textOf(issued.literal)) : textOf(value)) ?? "";
  const m = DATE_TEXT.exec(text);
  if (m) return fullDate(Number(m[1]), m[2] === undefined ? null : Number(m[2]), m[3] === undefined ? null : Number(m[3]));
  const year = YEAR_IN_TEXT.exec(text)?.[1];
  return { date: null, year: year === undefined ? null : Number(year) };
}

function fullDate(year: number, month: number | null, day: number | null): { date: string | null; year: number | null } {
  if (year < 1) return { date: null, year: null };
  const date = month !== null && day !== null ? { year, month, day } : null;
  return { date: date && isValidDate(date) ? formatIsoDate(date) : null, year };
}

function abstractOf(value: unknown): string | null {
  const text = textOf(value);
  return text === null ? null : plainText(text) || null;
}

/** An arXiv DOI, an arxiv.org link, or Zotero's "arXiv:2301.00001" in `number`. */
function arxivIdOf(item: JsonObject, doi: string | null, url: string | null): string | null {
  return (doi ? arxivIdFromDoi(doi) : null) ?? (url ? arxivIdFromUrl(url) : null) ?? arxivIdFromLabel(textOf(item.number) ?? "");
}

/**
 * Better BibTeX writes the citation key as `citation-key` and as the `id`; other tools' ids are
 * citation keys too (pandoc cites by them) unless they are links or numbers (Zotero's item
 * URIs, database ids).
 */
function citationKeyOf(item: JsonObject): string | null {
  const key = textOf(item["citation-key"]);
  if (key) return key;
  const id = textOf(item.id);
  return id !== null && /^[^\s/]{1,100}$/.test(id) && !/^\d+$/.test(id) ? id : null;
}
