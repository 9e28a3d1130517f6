import type { AuthorDetail, Paper } from "../../parse/types";

/** What a paper is, in the few kinds every bibliography format has a word for. */
export type PaperKind = "article" | "conference" | "preprint" | "other";

const CONFERENCE = /^(inproceedings|conference|proceedings|paper-conference|conf|cpaper|proceedings-article|proceedings paper)$/i;
const ARTICLE = /^(article|article-journal|jour|journal-article|journal article|ejour)$/i;

/** From the type its source gave, else from what it has: a venue makes an article, an arXiv id alone a preprint. */
export function paperKind(paper: Paper): PaperKind {
  const type = paper.type?.trim() ?? "";
  if (CONFERENCE.test(type)) return "conference";
  if (ARTICLE.test(type)) return paper.venue ? "article" : paper.arxivId ? "preprint" : "article";
  if (/^(misc|preprint|posted-content|unpublished)$/i.test(type) && paper.arxivId) return "preprint";
  if (!type) return paper.venue ? "article" : paper.arxivId ? "preprint" : "other";
  return "other";
}

/** An author's family and given names: the source's, else the display name's last word and the rest. */
export function nameParts(display: string, detail: AuthorDetail | undefined): { family: string; given: string } | { literal: string } {
  if (detail?.family) return { family: detail.family, given: detail.given ?? "" };
  const words = display.trim().split(/\s+/);
  if (words.length < 2) return { literal: display.trim() };
  return { family: words.at(-1)!, given: words.slice(0, -1).join(" ") };
}

/** Year, month and day of a paper's date, as far as they are known. */
export function dateParts(paper: Paper): number[] | null {
  if (paper.date) return paper.date.split("-").map(Number);
  return paper.year === null ? null : [paper.year];
}

/** Text on one line: line-based formats (RIS) and BibTeX fields read better without breaks. */
export const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, " ").trim();
