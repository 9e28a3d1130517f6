import type { CoauthorGraph } from "../graph/types";
import { foldName } from "../text/fold";

export interface AuthorEntry {
  key: string;
  label: string;
  papers: number;
  /** Every spelling of the person, folded: a search finds them under any of them. */
  folded: string[];
}

/**
 * Every author, ready for searching. A linear scan of folded names is enough: 10,000 authors
 * take well under a millisecond per keystroke, so no search library is needed.
 */
export function buildAuthorIndex(graph: CoauthorGraph): AuthorEntry[] {
  return graph.mapNodes((key, a) => ({ key, label: a.label, papers: a.papers, folded: [...new Set([a.label, ...a.aliases].map(foldName))] }));
}

/**
 * Authors matching a query, ignoring case and accents ("jose nun" finds "José Núñez"): whole
 * name first, then names starting with it, then a word starting with it, then anywhere.
 * Within a rank, more papers first.
 */
export function searchAuthors(index: readonly AuthorEntry[], query: string, limit = 8): AuthorEntry[] {
  const q = foldName(query);
  if (!q) return [];
  const ranked: { entry: AuthorEntry; rank: number }[] = [];
  for (const entry of index) {
    let rank = 4;
    for (const name of entry.folded) {
      const at = name.indexOf(q);
      if (at >= 0) rank = Math.min(rank, name === q ? 0 : at === 0 ? 1 : name[at - 1] === " " ? 2 : 3);
    }
    if (rank < 4) ranked.push({ entry, rank });
  }
  ranked.sort((a, b) => a.rank - b.rank || b.entry.papers - a.entry.papers || a.entry.label.localeCompare(b.entry.label));
  return ranked.slice(0, limit).map((r) => r.entry);
}
