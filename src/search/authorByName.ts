import type { CoauthorGraph } from "../graph/types";
import { nameId } from "../identity/names";
import { buildAuthorIndex } from "./authorIndex";
import { MatchLevel } from "./nameMatch";
import { resolveName } from "./resolveName";

/**
 * The person a name given from outside (an address's `?ego=`) means: the person id itself
 * ("jeonghye kim"), else the one author the search's matching finds for it by the same letters
 * in any order of the words ("KIM Jeonghye", "Kim, Jeong-hye"), or by whole words and initials
 * ("J. Kim" when one Kim's given name starts with J). Not by words only begun: an address is
 * typed or pasted whole. When several people have the name, how many: a guess would open the
 * wrong network, and "not in the data" would not be true.
 */
export function authorByName(graph: CoauthorGraph, name: string): AuthorNamed {
  if (graph.hasNode(name)) return { kind: "found", key: name };
  const id = nameId(name);
  if (id === "") return { kind: "none" };
  if (graph.hasNode(id)) return { kind: "found", key: id };
  const resolved = resolveName(buildAuthorIndex(graph), name, MatchLevel.Words);
  if (resolved.kind === "found") return { kind: "found", key: resolved.author.key };
  return resolved.kind === "ambiguous" ? { kind: "several", count: resolved.authors.length } : { kind: "none" };
}

export type AuthorNamed = { kind: "found"; key: string } | { kind: "several"; count: number } | { kind: "none" };
