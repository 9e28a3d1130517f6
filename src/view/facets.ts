import type { Paper } from "../parse/types";

export interface Facet {
  value: string;
  papers: number;
}

/** What the filters can choose from: the years the papers span, and their categories, venues and files with counts. */
export interface Facets {
  /** First and last year, or null when no paper has one. */
  years: readonly [number, number] | null;
  /** Papers per year, from the first year to the last. */
  papersPerYear: number[];
  categories: Facet[];
  venues: Facet[];
  sources: Facet[];
}

export function facetsOf(papers: Iterable<Paper>): Facets {
  const years = new Map<number, number>();
  const categories = new Map<string, number>();
  const venues = new Map<string, number>();
  const sources = new Map<string, number>();
  const count = (map: Map<string, number>, value: string) => map.set(value, (map.get(value) ?? 0) + 1);
  for (const paper of papers) {
    if (paper.year !== null) years.set(paper.year, (years.get(paper.year) ?? 0) + 1);
    for (const category of paper.categories) count(categories, category);
    if (paper.venue) count(venues, paper.venue);
    count(sources, paper.source.file);
  }
  let first = Infinity;
  let last = -Infinity;
  for (const year of years.keys()) {
    first = Math.min(first, year);
    last = Math.max(last, year);
  }
  const span: readonly [number, number] | null = years.size === 0 ? null : [first, last];
  return {
    years: span,
    papersPerYear: span ? Array.from({ length: span[1] - span[0] + 1 }, (_, i) => years.get(span[0] + i) ?? 0) : [],
    categories: ranked(categories),
    venues: ranked(venues),
    // Files in the order they were given.
    sources: [...sources].map(([value, n]) => ({ value, papers: n })),
  };
}

/** Most papers first, then alphabetical. */
function ranked(counts: Map<string, number>): Facet[] {
  return [...counts].map(([value, papers]) => ({ value, papers })).sort((a, b) => b.papers - a.papers || a.value.localeCompare(b.value));
}
