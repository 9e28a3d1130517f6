import { searchAuthors, type AuthorEntry } from "../search/authorIndex";
import { foldName } from "../text/fold";
import { nameWords } from "../text/personName";

/** Who a name given on the command line is: one author, several, or nobody (with the closest names). */
export type AuthorMatch =
  | { kind: "found"; author: AuthorEntry }
  /** Most papers first. */
  | { kind: "ambiguous"; authors: AuthorEntry[] }
  | { kind: "unknown"; suggestions: AuthorEntry[] };

const SUGGESTIONS = 3;

/**
 * Finds an author by any of their spellings, folded (case, accents, dots, spacing). The first
 * of these that anyone matches decides: the folded name itself; the same words in another
 * order ("Kim Jeonghye"); every word the start of a word of the name ("Kim", "J Kim"). One
 * author there is the answer, several are for the user to choose from. With none, up to three
 * suggestions: the search box's matches, then the names fewest edits away.
 */
export function findAuthor(index: readonly AuthorEntry[], name: string): AuthorMatch {
  const folded = foldName(name);
  if (!folded) return { kind: "unknown", suggestions: [] };
  const words = nameWords(folded);
  const sorted = [...words].sort().join(" ");
  const levels: ((spelling: string) => boolean)[] = [
    (spelling) => spelling === folded,
    (spelling) => nameWords(spelling).sort().join(" ") === sorted,
    (spelling) => startsWords(words, nameWords(spelling)),
  ];
  for (const matches of levels) {
    const found = index.filter((entry) => entry.folded.some(matches));
    if (found.length === 1) return { kind: "found", author: found[0]! };
    if (found.length > 1) return { kind: "ambiguous", authors: found.sort(byPapersThenLabel) };
  }
  return { kind: "unknown", suggestions: suggestions(index, name, folded) };
}

/** Whether each query word starts a different word of the name; longer query words take their word first. */
function startsWords(query: readonly string[], name: readonly string[]): boolean {
  const free = [...name];
  for (const word of [...query].sort((a, b) => b.length - a.length)) {
    const at = free.findIndex((candidate) => candidate.startsWith(word));
    if (at < 0) return false;
    free.splice(at, 1);
  }
  return true;
}

function suggestions(index: readonly AuthorEntry[], name: string, folded: string): AuthorEntry[] {
  const chosen = searchAuthors(index, name, SUGGESTIONS);
  if (chosen.length >= SUGGESTIONS) return chosen;
  // Farther than this is another name rather than a misspelling of this one.
  const most = Math.max(2, Math.floor(folded.length / 3));
  const near: { entry: AuthorEntry; distance: number }[] = [];
  for (const entry of index) {
    if (chosen.includes(entry)) continue;
    let distance = Infinity;
    for (const spelling of entry.folded) distance = Math.min(distance, editDistance(folded, spelling, most));
    if (distance <= most) near.push({ entry, distance });
  }
  near.sort((a, b) => a.distance - b.distance || byPapersThenLabel(a.entry, b.entry));
  return [...chosen, ...near.slice(0, SUGGESTIONS - chosen.length).map((n) => n.entry)];
}

export const byPapersThenLabel = (a: AuthorEntry, b: AuthorEntry) => b.papers - a.papers || a.label.localeCompare(b.label, "en");

/**
 * Levenshtein distance (insertions, deletions, substitutions), or more than `most` as soon as
 * it is sure to be: two rows of integers, stopping when a whole row is past the bound.
 */
export function editDistance(a: string, b: string, most = Infinity): number {
  if (Math.abs(a.length - b.length) > most) return most + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
      rowBest = Math.min(rowBest, current[j]!);
    }
    if (rowBest > most) return most + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}
