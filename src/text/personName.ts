import { foldText } from "./fold";

/**
 * The words of a name for comparing people: no case, accents or punctuation, so "J.-P. O'Brien"
 * and "j p obrien" have the same words. Apostrophes join ("O'Brien" is one word, as "OBrien").
 */
export function nameWords(name: string): string[] {
  const folded = foldText(name).replace(/['\u2019`]/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return folded ? folded.split(" ") : [];
}

const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);

/** Family name and given names, folded: the source's family part when known, else the last word. */
export function splitName(name: string, family?: string): { family: string; given: string[] } {
  const words = nameWords(name);
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1]!)) words.pop();
  if (family) {
    const familyWords = nameWords(family);
    const given = words.slice(0, Math.max(0, words.length - familyWords.length));
    return { family: familyWords.join(" "), given };
  }
  return { family: words[words.length - 1] ?? "", given: words.slice(0, -1) };
}
