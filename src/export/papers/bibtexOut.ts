import type { Paper } from "../../parse/types";
import type { Write } from "../prettyJson";
import { dateParts, nameParts, oneLine, paperKind } from "./paperKind";

const ENTRY_TYPE = { article: "article", conference: "inproceedings", preprint: "misc", other: "misc" } as const;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * The papers as BibTeX, as reference managers write it: UTF-8 (biber and bibtex8 read it),
 * "Family, Given" names joined by "and" (with "and others" for a list that is cut short), and
 * TeX's special characters escaped, so that no title from an untrusted file can break the file
 * or run a command. Citation keys are the first author's family name, the year and the title's
 * first word, with a, b, … for repeats. Year and month for BibTeX, and the whole date for BibLaTeX.
 */
export async function writeBibtex(papers: readonly Paper[], write: Write): Promise<void> {
  const used = new Map<string, number>();
  for (const paper of papers) await write(`${entry(paper, uniqueKey(citationKey(paper), used))}\n\n`);
}

function entry(paper: Paper, key: string): string {
  const kind = paperKind(paper);
  const names = paper.authors.map((display, i) => {
    const parts = nameParts(display, paper.authorDetails?.[i]);
    return "literal" in parts ? `{${tex(parts.literal)}}` : parts.given ? `${tex(parts.family)}, ${tex(parts.given)}` : `{${tex(parts.family)}}`;
  });
  if (paper.etAl) names.push("others");
  const date = dateParts(paper);
  const fields: [string, string | undefined][] = [
    ["author", names.length > 0 ? names.join(" and ") : undefined],
    ["title", tex(paper.title)],
    [kind === "conference" ? "booktitle" : "journal", paper.venue && kind !== "preprint" ? tex(paper.venue) : undefined],
    ["year", date ? String(date[0]) : undefined],
    ["month", date && date[1] ? MONTHS[date[1] - 1] : undefined],
    // BibLaTeX's full date, which bibtex passes over: the day survives for biber and the explorer.
    ["date", paper.date ?? undefined],
    ["doi", paper.doi],
    ["eprint", paper.arxivId],
    ["archiveprefix", paper.arxivId ? "arXiv" : undefined],
    ["url", paper.url],
    ["abstract", paper.abstract ? tex(paper.abstract) : undefined],
  ];
  const body = fields
    .filter((field): field is [string, string] => field[1] !== undefined && field[1] !== "")
    .map(([name, value]) => `  ${name} = ${name === "month" ? value : `{${name === "doi" || name === "url" || name === "eprint" ? verbatim(value) : value}}`}`);
  return `@${ENTRY_TYPE[kind]}{${key},\n${body.join(",\n")}\n}`;
}

/** TeX's special characters as TeX writes them as text; line breaks as spaces. */
function tex(text: string): string {
  return oneLine(text).replace(/[\\{}&%$#_~^]/g, (c) => TEX_ESCAPES[c]!);
}

const TEX_ESCAPES: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "&": "\\&",
  "%": "\\%",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
};

/** DOIs and URLs are read verbatim: only braces, which would end the field, and line breaks are taken out. */
const verbatim = (text: string) => oneLine(text).replace(/[{}]/g, "");

function citationKey(paper: Paper): string {
  const first = paper.authors[0] ? nameParts(paper.authors[0], paper.authorDetails?.[0]) : { literal: "anon" };
  const family = "literal" in first ? first.literal : first.family;
  const word = paper.title.split(/\s+/).find((w) => /[\p{L}\p{N}]{3,}/u.test(w)) ?? "paper";
  return `${asKey(family)}${paper.year ?? ""}${asKey(word)}` || "paper";
}

/** Letters and digits only, without accents, in lower case: keys are read by every tool. */
const asKey = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

function uniqueKey(key: string, used: Map<string, number>): string {
  const seen = used.get(key) ?? 0;
  used.set(key, seen + 1);
  return seen === 0 ? key : `${key}${seen < 26 ? String.fromCharCode(96 + seen) : seen}`;
}
