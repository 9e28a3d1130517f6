import { andList } from "../text/andList";
import type { Paper } from "../parse/types";

// Spelled out here: Intl's short English months vary by version ("Sep" or "Sept").
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "25 Mar 2026"; a year alone when the day is unknown. */
export function formatDate(paper: Paper): string {
  if (paper.date) {
    const [year, month, day] = paper.date.split("-").map(Number) as [number, number, number];
    return `${day} ${MONTHS[month - 1]} ${year}`;
  }
  return paper.year === null ? "date unknown" : String(paper.year);
}

/** The papers with these ids, newest first (ids with no paper are skipped). */
export function papersNewestFirst(papers: ReadonlyMap<string, Paper>, ids: readonly string[]): Paper[] {
  return newestFirst(ids.map((id) => papers.get(id)).filter((p): p is Paper => p !== undefined));
}

/** Newest first; papers without a date last; otherwise input order. */
export function newestFirst(papers: Paper[]): Paper[] {
  const key = (p: Paper) => p.date ?? (p.year === null ? "" : `${p.year}-00-00`);
  return papers
    .map((paper, index) => ({ paper, index }))
    .sort((a, b) => (key(a.paper) < key(b.paper) ? 1 : key(a.paper) > key(b.paper) ? -1 : a.index - b.index))
    .map(({ paper }) => paper);
}

export function yearSpan(first: number | null, last: number | null): string | null {
  if (first === null || last === null) return null;
  return first === last ? String(first) : `${first}–${last}`;
}

/** Line numbers listed by `sourceLines` before the rest are counted. */
const LINES_LISTED = 10;

/**
 * Where records are, by file and line, in input order: "refs.bib lines 3, 9 and 15; more.ris
 * line 4"; past the tenth line, the rest counted: "a.bib lines 1, 2, …, 10 and 2 more".
 */
export function sourceLines(sources: readonly { file: string; line: number }[]): string {
  const byFile = new Map<string, string[]>();
  for (const { file, line } of sources.slice(0, LINES_LISTED)) byFile.set(file, [...(byFile.get(file) ?? []), String(line)]);
  const rest = sources.length - LINES_LISTED;
  const list = (lines: string[]) => (rest > 0 ? lines.join(", ") : andList(lines));
  const listed = [...byFile].map(([file, lines]) => `${file} ${lines.length === 1 ? "line" : "lines"} ${list(lines)}`).join("; ");
  return rest > 0 ? `${listed} and ${rest.toLocaleString("en")} more` : listed;
}

/** A link's weight as a network file gives it: whole numbers as they are, others to two decimals. */
export const formatWeight = (weight: number) => (Number.isInteger(weight) ? String(weight) : weight.toFixed(2));
