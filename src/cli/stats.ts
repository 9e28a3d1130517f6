import { networkStats } from "../view/stats";
import type { AuthorView } from "../view/types";
import type { VisibleNetwork } from "./network";

export interface TopAuthor {
  label: string;
  /** Papers in the view, counted in full. */
  papers: number;
  /** Only with fractional counting: 1/n for each paper with n authors. */
  fractionalPapers?: number;
  coauthors: number;
}

/** What `coauthor stats --json` prints, keys in this order. */
export interface StatsReport {
  authors: number;
  papers: number;
  links: number;
  components: number;
  /** Authors in the largest component. */
  largestComponent: number;
  density: number;
  communities: number;
  topAuthors: TopAuthor[];
}

export const TOP_AUTHORS = 10;
/** Fractional counts are sums of fractions: equal ones may differ in the last bits. */
const EPSILON = 1e-9;

export function statsReport({ graph, view, papers }: VisibleNetwork): StatsReport {
  const stats = networkStats(graph, view, papers);
  const fractional = view.settings.counting === "fractional";
  return {
    authors: stats.authors,
    papers: stats.papers,
    links: stats.links,
    components: stats.components,
    largestComponent: stats.largestComponent,
    density: stats.density,
    communities: stats.communities,
    topAuthors: topAuthors(view.authors, (key) => graph.getNodeAttribute(key, "label"), fractional).map(({ label, author }) => ({
      label,
      papers: author.papers,
      ...(fractional && { fractionalPapers: author.fractionalPapers }),
      coauthors: author.coauthors,
    })),
  };
}

interface Ranked {
  label: string;
  author: AuthorView;
}

/** Negative when `a` ranks before `b`: more papers in the chosen counting, then more co-authors, then by name. */
function compare(a: Ranked, b: Ranked, fractional: boolean): number {
  const fractionalOrder = fractional ? b.author.fractionalPapers - a.author.fractionalPapers : 0;
  if (Math.abs(fractionalOrder) > EPSILON) return fractionalOrder;
  return b.author.papers - a.author.papers || b.author.coauthors - a.author.coauthors || a.label.localeCompare(b.label, "en");
}

/** The best ten, kept in order in one pass rather than by sorting every author. */
function topAuthors(authors: ReadonlyMap<string, AuthorView>, labelOf: (key: string) => string, fractional: boolean): Ranked[] {
  const best: Ranked[] = [];
  for (const [key, author] of authors) {
    const entry = { label: labelOf(key), author };
    if (best.length === TOP_AUTHORS && compare(entry, best[TOP_AUTHORS - 1]!, fractional) >= 0) continue;
    let at = best.length;
    while (at > 0 && compare(entry, best[at - 1]!, fractional) < 0) at--;
    best.splice(at, 0, entry);
    if (best.length > TOP_AUTHORS) best.pop();
  }
  return best;
}
