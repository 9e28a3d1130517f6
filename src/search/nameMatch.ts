import { nameWords } from "../text/personName";

/**
 * How well a typed name matches one spelling of an author, best first. Bibliographies write one
 * person as "Jeonghye Kim", "Kim, Jeonghye", "Kim J", "J. Kim" or "Jeong-Hye Kim"; people type
 * what they read, in any case and without accents. One function decides for the search box,
 * `coauthor path` and `?ego=`, so the three cannot drift apart.
 */
export const MatchLevel = {
  /** The same letters in the order written: "jeong-hye kim", "JEONGHYE KIM" for Jeonghye Kim. */
  Exact: 0,
  /** The same letters with the family name first (or any turn of the words): "Kim, Jeonghye", "kim jeonghye". */
  Reordered: 1,
  /** Every typed word a whole word of the name, an initial of one, or initials of several, in the name's order or turned: "J. Kim", "Kim J", "Kim JH". */
  Words: 2,
  /** The same, with some typed word only the start of a name's word: what is being typed ("jeongh", "kim jeo"). */
  Prefix: 3,
  /** Anywhere inside the name: "eonghye". */
  Inside: 4,
} as const;
export type MatchLevel = (typeof MatchLevel)[keyof typeof MatchLevel];

/** A spelling ready to be matched: its words, and their letters and first letters run together. */
export interface NameForm {
  words: string[];
  /** "jeonghyekim" for Jeonghye Kim. */
  letters: string;
  /** "jk": a query can only match words from the start of one of these. */
  initials: string;
  /** The words with single spaces, for matching inside them. */
  spaced: string;
}

export type NameQuery = NameForm;

/** The words of a name without case, accents, dots, commas, hyphens or apostrophes: "Kim, Jeong-Hye" is kim, jeong, hye. */
export function nameForm(spelling: string): NameForm {
  return formOf(nameWords(spelling));
}

function formOf(words: string[]): NameForm {
  let initials = "";
  for (const word of words) initials += word[0];
  return { words, letters: words.join(""), initials, spaced: words.join(" ") };
}

/** A query as typed, ready for matching; null when it has no letters or digits. */
export function nameQuery(text: string): NameQuery | null {
  const form = nameForm(text);
  return form.words.length > 0 ? form : null;
}

/** Initials run together ("jh" for Jeong-Hye) are at most this long: longer words are names. */
const MOST_INITIALS = 3;

/** How `query` matches the spelling `form`, or null when it does not. */
export function matchLevel(query: NameQuery, form: NameForm): MatchLevel | null {
  const { letters } = query;
  const { words } = form;
  if (form.letters === letters) return MatchLevel.Exact;
  if (form.letters.length === letters.length) {
    for (let r = 1; r < words.length; r++) if (turnStartsWith(words, r, letters)) return MatchLevel.Reordered;
  }
  let best: MatchLevel | null = null;
  // Every match of words starts at a word of the name beginning with the query's first letter.
  if (form.initials.includes(letters[0]!)) {
    for (let r = 0; r < words.length && best !== MatchLevel.Words; r++) {
      const level = Math.min(alignedLevel(query.words, 0, words, r, 0), runTogetherLevel(letters, words, r));
      if (level <= MatchLevel.Prefix && (best === null || level < best)) best = level as MatchLevel;
    }
  }
  if (best !== null) return best;
  return form.spaced.includes(query.spaced) ? MatchLevel.Inside : null;
}

/** Whether the letters of words r, r+1, …, then 0, …, r-1 start with `text`, without joining them. */
function turnStartsWith(words: readonly string[], r: number, text: string): boolean {
  let at = 0;
  for (let k = 0; k < words.length && at < text.length; k++) {
    const word = words[(r + k) % words.length]!;
    const part = Math.min(word.length, text.length - at);
    if (!text.startsWith(part === word.length ? word : word.slice(0, part), at)) return false;
    at += part;
  }
  return at === text.length;
}

const NONE = Number.POSITIVE_INFINITY;

/**
 * The best level at which query words i… match name words j… of turn r, each to later words
 * than the one before (words of the name may be passed over: "J. Kim" for Jeong Hye Kim).
 * The worst word decides: one word only begun makes the whole a Prefix match.
 */
function alignedLevel(query: readonly string[], i: number, words: readonly string[], r: number, j: number): number {
  if (i === query.length) return MatchLevel.Words;
  const typed = query[i]!;
  let best = NONE;
  for (let k = j; k < words.length && best > MatchLevel.Words; k++) {
    const word = words[(r + k) % words.length]!;
    let here = NONE;
    if (typed === word || (typed.length === 1 && word[0] === typed)) here = MatchLevel.Words;
    else if (word.startsWith(typed)) here = MatchLevel.Prefix;
    if (here !== NONE) best = Math.min(best, Math.max(here, alignedLevel(query, i + 1, words, r, k + 1)));
    // Initials run together, one for each of the next words: "jh" for jeong hye.
    if (typed.length > 1 && typed.length <= MOST_INITIALS && k + typed.length <= words.length && initialsAt(typed, words, r, k)) {
      best = Math.min(best, alignedLevel(query, i + 1, words, r, k + typed.length));
    }
  }
  return best;
}

function initialsAt(typed: string, words: readonly string[], r: number, k: number): boolean {
  for (let m = 0; m < typed.length; m++) if (words[(r + k + m) % words.length]![0] !== typed[m]) return false;
  return true;
}

/**
 * The query's letters run together as the start of turn r: "jeong hye" for Jeonghye Kim, where
 * the query's words split one of the name's. Words when they end where a word of the name ends.
 */
function runTogetherLevel(letters: string, words: readonly string[], r: number): number {
  if (!turnStartsWith(words, r, letters)) return NONE;
  let end = 0;
  for (let k = 0; k < words.length && end < letters.length; k++) end += words[(r + k) % words.length]!.length;
  return end === letters.length ? MatchLevel.Words : MatchLevel.Prefix;
}
