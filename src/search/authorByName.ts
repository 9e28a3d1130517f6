import type { CoauthorGraph } from "../graph/types";
import { nameId } from "../identity/names";

/**
 * The person a name given from outside (an address's `?ego=`) means: the person id itself
 * ("jeonghye kim"), else the one author one of whose spellings, folded as identity folds
 * names, has the same words in any order ("KIM Jeonghye") or the same letters in the same
 * order ("Jeong-hye Kim"), as identity groups names. Null when nobody has them, or several
 * people do: a guess would open the wrong network.
 */
export function authorByName(graph: CoauthorGraph, name: string): string | null {
  if (graph.hasNode(name)) return name;
  const id = nameId(name);
  if (id === "") return null;
  if (graph.hasNode(id)) return id;
  const words = sortedWords(id);
  const letters = lettersOf(id);
  const same = (spelling: string) => {
    const other = nameId(spelling);
    return sortedWords(other) === words || lettersOf(other) === letters;
  };
  const found = graph.filterNodes((_key, author) => same(author.label) || author.aliases.some(same));
  return found.length === 1 ? found[0]! : null;
}

const sortedWords = (id: string) => id.split(" ").sort().join(" ");
const lettersOf = (id: string) => id.replaceAll(" ", "");
