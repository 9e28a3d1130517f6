import type { Paper } from "../parse/types";
import { foldText } from "../text/fold";
import type { Facet } from "../view/facets";

/** Values a long list shows before anything is typed: the ones with most papers. */
export const TOP_FACETS = 12;
/** Values shown for a typed text: enough to scan, few enough to draw at every key. */
export const MAX_MATCHES = 50;

export interface FacetsShown {
  /** In the facets' order (most papers first, or files as given). */
  shown: Facet[];
  /** Values left out: beyond the top ones, or further matches of the typed text. */
  more: number;
}

/**
 * The values a facet list shows. Without a query: the TOP_FACETS with most papers and every
 * chosen one beyond them, so a choice can always be undone where it was made. With a query:
 * the chosen ones and the first MAX_MATCHES values containing it, ignoring case and accents.
 * Chosen values the data no longer has (0 papers) come last, so they can still be unticked.
 */
export function facetsShown(facets: readonly Facet[], chosen: readonly string[] | null, query: string): FacetsShown {
  const picked = new Set(chosen ?? []);
  const needle = foldText(query.trim());
  const shown: Facet[] = [];
  let more = 0;
  let matches = 0;
  facets.forEach((facet, i) => {
    const isChosen = picked.delete(facet.value);
    const matching = needle === "" || foldText(facet.value).includes(needle);
    const room = needle === "" ? i < TOP_FACETS : matches < MAX_MATCHES;
    if (isChosen || (matching && room)) {
      shown.push(facet);
      if (matching) matches++;
    } else if (matching) more++;
  });
  for (const value of picked) shown.push({ value, papers: 0 });
  return { shown, more };
}

/** The choice after ticking or unticking one value; nothing left ticked means no filter (null). */
export function toggled(chosen: readonly string[] | null, value: string, on: boolean): string[] | null {
  const rest = (chosen ?? []).filter((v) => v !== value);
  if (on) return [...rest, value];
  return rest.length > 0 ? rest : null;
}

/** Papers that a filter on each facet leaves out whatever is chosen: those with no year, no category, no venue. */
export interface PapersWithout {
  year: number;
  category: number;
  venue: number;
}

const withoutCache = new WeakMap<ReadonlyMap<string, Paper>, PapersWithout>();

/** Counted once per set of papers: the panel asks at every redraw. */
export function papersWithout(papers: ReadonlyMap<string, Paper>): PapersWithout {
  let counts = withoutCache.get(papers);
  if (!counts) {
    counts = { year: 0, category: 0, venue: 0 };
    for (const paper of papers.values()) {
      if (paper.year === null) counts.year++;
      if (paper.categories.length === 0) counts.category++;
      if (!paper.venue) counts.venue++;
    }
    withoutCache.set(papers, counts);
  }
  return counts;
}
