import type { CoauthorGraph } from "../graph/types";
import { matchLevel, nameForm, nameQuery, type MatchLevel, type NameForm, type NameQuery } from "./nameMatch";

export interface AuthorEntry {
  key: string;
  label: string;
  papers: number;
  /** Every spelling of the person, ready for matching (nameMatch): a search finds them under any of them. */
  forms: NameForm[];
}

/** An author's entry from her spellings: the label first, then the other ways she is written, each once. */
export function authorEntry(key: string, label: string, papers: number, aliases: readonly string[] = []): AuthorEntry {
  const forms = [nameForm(label)];
  for (const alias of aliases) {
    const form = nameForm(alias);
    if (!forms.some((known) => known.spaced === form.spaced)) forms.push(form);
  }
  return { key, label, papers, forms };
}

/**
 * Every author, ready for searching. A linear scan is enough: 100,000 authors take a few
 * milliseconds a keystroke (npm run bench search), so no search library is needed.
 */
export function buildAuthorIndex(graph: CoauthorGraph): AuthorEntry[] {
  return graph.mapNodes((key, a) => authorEntry(key, a.label, a.papers, a.aliases));
}

/** How well any of the entry's spellings matches the query; null when none does. */
export function entryMatchLevel(query: NameQuery, entry: AuthorEntry): MatchLevel | null {
  let best: MatchLevel | null = null;
  for (const form of entry.forms) {
    const level = matchLevel(query, form);
    if (level !== null && (best === null || level < best)) best = level;
  }
  return best;
}

/**
 * Authors matching a name as bibliographies write it, ignoring case, accents, dots, commas and
 * hyphens (nameMatch): the same letters first, then the family name first, then whole words and
 * initials ("J. Kim", "Kim J"), then words begun, then anywhere. Within a level, more papers
 * first, then by name.
 */
export function searchAuthors(index: readonly AuthorEntry[], query: string, limit = 8): AuthorEntry[] {
  const q = nameQuery(query);
  if (!q || limit <= 0) return [];
  // The best `limit` kept in order as they come: one letter matches most of 100,000 authors, and sorting them all took 85 ms.
  const best: { entry: AuthorEntry; level: MatchLevel }[] = [];
  for (const entry of index) {
    const level = entryMatchLevel(q, entry);
    if (level === null) continue;
    const found = { entry, level };
    if (best.length === limit && byLevel(found, best[limit - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && byLevel(found, best[at - 1]!) < 0) at--;
    best.splice(at, 0, found);
    if (best.length > limit) best.pop();
  }
  return best.map((found) => found.entry);
}

const byLevel = (a: { entry: AuthorEntry; level: MatchLevel }, b: { entry: AuthorEntry; level: MatchLevel }) =>
  a.level - b.level || b.entry.papers - a.entry.papers || a.entry.label.localeCompare(b.entry.label);
