import { foldText } from "../text/fold";
import { nameWords } from "../text/personName";
import { UnionFind } from "./unionFind";

/** The person id of a name: its words in order ("jeonghye kim", "jean luc obrien"). */
export function nameId(name: string): string {
  return nameWords(name).join(" ");
}

/** Words split at spaces only, so that "Jeong-hye" stays one word like "Jeonghye". */
function spacedWords(name: string): string[] {
  return foldText(name)
    .replace(/['\u2019`.\-\u2010\u2011]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
}

/**
 * Groups the names that differ only in case, accents, spacing, punctuation or word order:
 * "Jeonghye Kim", "Kim Jeonghye" (order), "Jeong-hye Kim" (punctuation), "Jeong Hye Kim"
 * (spacing). Two names are grouped when they have the same words in any order, or the same
 * letters in the same order; groups chain through either.
 */
export class NameGroups {
  private readonly groups = new UnionFind();
  private readonly keyOf = new Map<string, string>();

  add(name: string): void {
    if (this.keyOf.has(name)) return;
    const words = spacedWords(name);
    const byWords = `w:${[...words].sort().join(" ")}`;
    const byLetters = `l:${words.join("")}`;
    this.groups.union(byWords, byLetters);
    this.keyOf.set(name, byWords);
  }

  /** The group of a name added before. */
  group(name: string): string {
    this.add(name);
    return this.groups.find(this.keyOf.get(name)!);
  }
}
