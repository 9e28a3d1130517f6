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
