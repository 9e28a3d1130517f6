import { bareOrcid } from "../../identifiers";
import { foldName } from "../../../text/fold";
import type { BibName } from "./names";


/**
 * Gives authors the ORCID iDs of Web of Science's `ORCID-Numbers` field ("Family, Given/iD",
 * one per line or separated by semicolons). The names there do not always match the author
 * field's ("Sheng, Liu" beside an author "Liu, Sheng"), so a name matches by its words in
 * any order, and only when exactly one author has those words.
 */
export function attachOrcids(field: string, names: BibName[]): void {
  const byWords = new Map<string, number>();
  for (let i = 0; i < names.length; i++) {
    const key = wordsKey(names[i]!.display);
    byWords.set(key, byWords.has(key) ? -1 : i);
  }
  for (const item of field.split(/[;\n]/)) {
    const slash = item.lastIndexOf("/");
    const orcid = slash < 0 ? null : bareOrcid(item.slice(slash + 1).replace(/[{}\s]/g, ""));
    if (orcid === null) continue;
    const index = byWords.get(wordsKey(item.slice(0, slash).replace(/[{},]/g, " ")));
    if (index !== undefined && index >= 0) names[index]!.detail.orcid = orcid;
  }
}

/** A name's words, folded and sorted: "Liu, Sheng", "Sheng Liu" and "Liu Sheng" give the same key. */
function wordsKey(name: string): string {
  return foldName(name).split(" ").sort().join(" ");
}
