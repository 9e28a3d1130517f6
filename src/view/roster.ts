import type { CoauthorGraph } from "../graph/types";
import { nameWords } from "../text/personName";

/** A person a roster line may name: every spelling of them in the network. */
export interface RosterCandidate {
  key: string;
  label: string;
  names: readonly string[];
  papers: number;
}

/**
 * How one roster line matched. Found: one person has exactly that name (whatever the case,
 * accents, punctuation or word order). Probable: one person only has a compatible name
 * ("J. Kim" for Jeonghye Kim). Ambiguous: several do. Not found: nobody, with the closest
 * names. An ambiguous or unfound line resolves to the person the user chose among its names.
 */
export type RosterLine =
  | { line: string; status: "found" | "probable"; key: string }
  | { line: string; status: "ambiguous"; candidates: string[]; chosen: string | null }
  | { line: string; status: "not found"; closest: string[]; chosen: string | null };

export interface RosterMatch {
  lines: RosterLine[];
  /** The people the roster names, in the order of its lines, each once. */
  people: string[];
}

const CLOSEST = 3;

export function rosterCandidatesOf(graph: CoauthorGraph): RosterCandidate[] {
  return graph.mapNodes((key, a) => ({ key, label: a.label, names: [a.label, ...a.aliases], papers: a.papers }));
}

/**
 * The names of a pasted roster: one per line or separated by ";". A line of full names (two
 * words or more each) separated by commas is a list too; "Kim, Jeonghye" and "Kim, J." are one name.
 * Bullets and numbering ("- ", "3. ") and quotes around a name are dropped.
 */
export function rosterNames(text: string): string[] {
  const names: string[] = [];
  for (const raw of text.split(/\r?\n|;/)) {
    const line = raw.replace(/^\s*(?:[-*•·]|\d+[.)])\s+/, "").trim();
    if (!line) continue;
    const parts = line.split(",").map((part) => part.trim());
    const list = parts.length > 1 && parts.every((part) => nameWords(part).length >= 2);
    for (const name of list ? parts : [line]) {
      const unquoted = name.replace(/^["'“”‘’]+|["'“”‘’]+$/g, "").trim();
      // Kept even without a letter in it: every line is reported, none silently dropped.
      if (unquoted) names.push(unquoted);
    }
  }
  return names;
}

/** One spelling of one person, split once: the words, and the words in order of the alphabet. */
interface NameEntry {
  person: number;
  words: string[];
  sorted: string;
}

/**
 * Matches roster names against the network's people; `chosen` (the people picked before) settles
 * ambiguous and unfound lines. Every spelling is indexed once: by its words in any order, by its
 * letters run together, by each whole word (for initials) and by each pair of letters (for
 * near misses), so a line costs look-ups and a few comparisons, never a pass over everyone.
 */
export function rosterMatcher(candidates: readonly RosterCandidate[]): (text: string, chosen?: ReadonlySet<string>) => RosterMatch {
  const entries: NameEntry[] = [];
  const exact = new Map<string, number[]>();
  const byWord = new Map<string, number[]>();
  const byPair = new Map<number, number[]>();
  candidates.forEach((candidate, person) => {
    for (const name of candidate.names) {
      const words = nameWords(name);
      const entry = { person, words, sorted: sortedKey(words) };
      const at = entries.push(entry) - 1;
      listAdd(exact, entry.sorted, person);
      listAdd(exact, words.join(""), person);
      // Each entry once per word and per pair: a list that already ends with it is not added to.
      for (const word of words) if (word.length > 1) listAddOnce(byWord, word, at);
      for (let i = 0; i + 1 < entry.sorted.length; i++) listAddOnce(byPair, letterPair(entry.sorted, i), at);
    }
  });

  const lineOf = (line: string): RosterLine => {
    const words = nameWords(line);
    // A person's spellings can share a key: the same name written twice, or run together.
    const same = new Set(exact.get(sortedKey(words)) ?? exact.get(words.join("")));
    if (same.size === 1) return { line, status: "found", key: candidates[first(same)]!.key };
    if (same.size > 1) return { line, status: "ambiguous", candidates: ranked([...same]), chosen: null };
    // A compatible name shares at least one whole word with the line: only those are tested.
    const compatible = new Set<number>();
    for (const word of words) for (const at of byWord.get(word) ?? []) if (compatibleNames(words, entries[at]!.words)) compatible.add(entries[at]!.person);
    if (compatible.size === 1) return { line, status: "probable", key: candidates[first(compatible)]!.key };
    if (compatible.size > 1) return { line, status: "ambiguous", candidates: ranked([...compatible]), chosen: null };
    return { line, status: "not found", closest: closest(sortedKey(words)), chosen: null };
  };

  /**
   * People whose name is within a third of the line's length in edits: nearest, then more papers,
   * first. Each edit breaks at most two of the line's letter pairs, so a name within `limit`
   * edits shares at least (pairs − 2·limit) of them: only such names are compared letter by letter.
   */
  const closest = (line: string): string[] => {
    const limit = Math.max(1, Math.floor(line.length / 3));
    const pairs = new Set<number>();
    for (let i = 0; i + 1 < line.length; i++) pairs.add(letterPair(line, i));
    const needed = pairs.size - 2 * limit;
    const shared = new Uint16Array(needed > 0 ? entries.length : 0);
    if (needed > 0) for (const pair of pairs) for (const at of byPair.get(pair) ?? []) shared[at]!++;
    const best = new Map<number, number>();
    entries.forEach((entry, at) => {
      if (needed > 0 && shared[at]! < needed) return;
      const d = boundedEditDistance(line, entry.sorted, limit);
      if (d <= limit && d < (best.get(entry.person) ?? Infinity)) best.set(entry.person, d);
    });
    return [...best]
      .sort(([a, da], [b, db]) => da - db || byLikelihood(a, b))
      .slice(0, CLOSEST)
      .map(([person]) => candidates[person]!.key);
  };
  // More papers first: the likelier person; then by name, for a stable order.
  const byLikelihood = (a: number, b: number) => candidates[b]!.papers - candidates[a]!.papers || candidates[a]!.label.localeCompare(candidates[b]!.label);
  const ranked = (people: number[]) => people.sort(byLikelihood).map((p) => candidates[p]!.key);

  return (text, chosen = new Set()) => {
    const lines = rosterNames(text).map(lineOf);
    // A person another line names, or another line was settled with, is no choice for a line;
    // settling one line can leave a single choice to another, so settle until nothing changes.
    const taken = new Set(lines.flatMap((l) => ("key" in l ? [l.key] : [])));
    const open = lines.filter((l): l is Exclude<RosterLine, { key: string }> => !("key" in l));
    for (let settled = true; settled; ) {
      settled = false;
      for (const l of open) {
        if (l.chosen !== null) continue;
        const picked = (l.status === "ambiguous" ? l.candidates : l.closest).filter((key) => chosen.has(key) && !taken.has(key));
        if (picked.length !== 1) continue;
        l.chosen = picked[0]!;
        taken.add(l.chosen);
        settled = true;
      }
    }
    const people = new Set(lines.flatMap((l) => ("key" in l ? [l.key] : l.chosen !== null ? [l.chosen] : [])));
    return { lines, people: [...people] };
  };
}

/** Word order does not matter: "Kim Jeonghye" is "Jeonghye Kim". */
function sortedKey(words: readonly string[]): string {
  return [...words].sort().join(" ");
}

/**
 * Every word of the line is a word of the name, or an initial of one ("J" for "Jeonghye"), or
 * the other way round; at least one whole word is the same; the name may have more words
 * (a middle name). Exact words are paired first so an initial never takes a word another needs.
 */
export function compatibleNames(line: readonly string[], name: readonly string[]): boolean {
  const used = name.map(() => false);
  const pair = (test: (word: string, other: string) => boolean, word: string) => {
    const at = name.findIndex((other, i) => !used[i] && test(word, other));
    if (at >= 0) used[at] = true;
    return at >= 0;
  };
  const open = line.filter((word) => !(word.length > 1 && pair((w, o) => w === o, word)));
  if (open.length === line.length) return false;
  return open.every((word) => pair((w, o) => (w.length === 1 ? o.startsWith(w) : o === w[0]), word));
}

/**
 * Levenshtein distance when at most `limit`, else limit + 1. Only the diagonal band of width
 * 2·limit + 1 is computed, so comparing a line with 10,000 names stays cheap.
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const over = limit + 1;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j <= limit ? j : over;
  for (let i = 1; i <= a.length; i++) {
    current.fill(over);
    if (i <= limit) current[0] = i;
    let rowBest = current[0]!;
    for (let j = Math.max(1, i - limit); j <= Math.min(b.length, i + limit); j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(over, previous[j - 1]! + cost, previous[j]! + 1, current[j - 1]! + 1);
      rowBest = Math.min(rowBest, current[j]!);
    }
    if (rowBest > limit) return over;
    [previous, current] = [current, previous];
  }
  return Math.min(over, previous[b.length]!);
}

/** Two neighbouring letters (spaces included) as one number: no string is made for each of them. */
function letterPair(text: string, at: number): number {
  return text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1);
}

function listAdd<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Adds a value unless it was the last added: values come in order, so this keeps each once. */
function listAddOnce<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

function first(set: ReadonlySet<number>): number {
  return set.values().next().value!;
}
