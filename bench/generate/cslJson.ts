import { foldText } from "../../src/text/fold";
import type { GeneratedAuthor, GeneratedPaper } from "./bibliography";

/**
 * The generated bibliography as Better BibTeX's "Better CSL JSON" export writes it: a list with
 * one item per line, the citation key as `id` and `citation-key`, the other fields in
 * alphabetical order, the year of `issued` as a string, and a name's lower-case particles
 * ("van der") split off as its `dropping-particle`.
 */
export function writeCslJson(papers: GeneratedPaper[]): string {
  const keys = new Set<string>();
  const items = papers.map((paper) => JSON.stringify(item(paper, uniqueKey(citationKey(paper), keys))));
  return `[\n${items.map((line) => `  ${line}`).join(",\n")}\n]\n`;
}

function item(paper: GeneratedPaper, key: string): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    abstract: paper.abstract,
    author: paper.authors.map(name),
    "citation-key": key,
    "container-title": paper.venue,
    DOI: paper.doi,
    issued: { "date-parts": [[String(paper.year), paper.month]] },
    page: paper.pages.replace("--", "-"),
    title: paper.title,
    type: paper.kind === "article" ? "article-journal" : "paper-conference",
  };
  const sorted = Object.keys(fields).sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
  return Object.fromEntries([["id", key], ...sorted.map((field) => [field, fields[field]])]);
}

function name(author: GeneratedAuthor): Record<string, string> {
  const particle = /^((?:\p{Ll}+ )+)(.+)$/u.exec(author.family);
  if (!particle) return { family: author.family, given: author.given };
  return { family: particle[2]!, given: author.given, "dropping-particle": particle[1]!.trim() };
}

/** Better BibTeX's default key: first author's family name, three title words, year ("mullerLearningGraphNetworks2019"). */
function citationKey(paper: GeneratedPaper): string {
  const family = foldText(paper.authors[0]!.family).replace(/[^a-z]/g, "");
  const words = paper.title
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 3)
    .slice(0, 3)
    .map((word) => foldText(word).replace(/^./, (c) => c.toUpperCase()));
  return `${family}${words.join("")}${paper.year}`;
}

/** Keys that repeat get a letter, as Better BibTeX does: "…2019", "…2019a", "…2019b". */
function uniqueKey(key: string, used: Set<string>): string {
  let unique = key;
  for (let n = 0; used.has(unique); n++) unique = `${key}${n < 26 ? String.fromCharCode(97 + n) : n}`;
  used.add(unique);
  return unique;
}
