import { searchAuthors, type AuthorEntry } from "../search/authorIndex";
import { byPapersThenLabel, resolveName } from "../search/resolveName";
import { nameForm } from "../search/nameMatch";

/** Who a name given on the command line is: one author, several, or nobody (with the closest names). */
export type AuthorMatch =
  | { kind: "found"; author: AuthorEntry }
  /** Most papers first. */
  | { kind: "ambiguous"; authors: AuthorEntry[] }
  | { kind: "unknown"; suggestions: AuthorEntry[] };

const SUGGESTIONS = 3;

/**
 * Finds an author by any of their spellings, as the search box does (nameMatch): the same letters
 * in any order of the words ("Kim, Jeonghye"), then whole words and initials ("J. Kim", "Kim J"),
 * then words begun ("Kim Jeo"); the first of these that anyone matches decides. One author there
 * is the answer, several are for the user to choose from. With none, up to three suggestions:
 * the search box's matches, then the names fewest edits away.
 */
export function findAuthor(index: readonly AuthorEntry[], name: string): AuthorMatch {
  const resolved = resolveName(index, name);
  if (resolved.kind !== "none") return resolved;
  const spaced = nameForm(name).spaced;
  return { kind: "unknown", suggestions: spaced ? suggestions(index, name, spaced) : [] };
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
    for (const { spaced } of entry.forms) distance = Math.min(distance, editDistance(folded, spaced, most));
    if (distance <= most) near.push({ entry, distance });
  }
  near.sort((a, b) => a.distance - b.distance || byPapersThenLabel(a.entry, b.entry));
  return [...chosen, ...near.slice(0, SUGGESTIONS - chosen.length).map((n) => n.entry)];
}


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
