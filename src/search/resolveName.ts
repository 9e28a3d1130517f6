import { entryMatchLevel, type AuthorEntry } from "./authorIndex";
import { MatchLevel, nameQuery } from "./nameMatch";

/** Who a name given from outside (the command line, an address) means. */
export type NameResolution =
  | { kind: "found"; author: AuthorEntry }
  /** Most papers first. */
  | { kind: "ambiguous"; authors: AuthorEntry[] }
  | { kind: "none" };

/**
 * The author a name means, with the search's own matching (nameMatch): the best level anyone
 * matches at decides, down to `deepest`. One author there is the answer ("Kim, Jeonghye");
 * several are for the user to choose from ("J. Kim" with two Kims whose given names start with J).
 */
export function resolveName(index: readonly AuthorEntry[], name: string, deepest: MatchLevel = MatchLevel.Prefix): NameResolution {
  const query = nameQuery(name);
  if (!query) return { kind: "none" };
  let level: number = deepest + 1;
  let found: AuthorEntry[] = [];
  for (const entry of index) {
    const at = entryMatchLevel(query, entry);
    if (at === null || at > deepest || at > level) continue;
    if (at < level) [level, found] = [at, []];
    found.push(entry);
  }
  if (found.length === 1) return { kind: "found", author: found[0]! };
  if (found.length > 1) return { kind: "ambiguous", authors: found.sort(byPapersThenLabel) };
  return { kind: "none" };
}

export const byPapersThenLabel = (a: AuthorEntry, b: AuthorEntry) => b.papers - a.papers || a.label.localeCompare(b.label, "en");
