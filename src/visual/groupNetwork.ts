import type { CoauthorGraph } from "../graph/types";

/**
 * The research groups as a network of their own: one node per `community` number, two groups
 * linked when some of their authors wrote together, weighted by the papers those links share.
 * Neighbours are in compressed rows: those of group g are `neighbours[offsets[g]]` up to
 * `neighbours[offsets[g + 1]]`, with the shared papers at the same places in `weights`.
 */
export interface GroupNetwork {
  /** How many community numbers there are (the highest plus one). */
  count: number;
  /** Authors in each group; 0 for a number nobody has. */
  sizes: Int32Array;
  offsets: Int32Array;
  neighbours: Int32Array;
  weights: Float64Array;
  /** Papers each group shares with all the others: how strongly it is tied into the network. */
  strength: Float64Array;
}

/** The group network of the whole graph, in one pass over nodes and one over links. Authors without a community are left out. */
export function groupNetwork(graph: CoauthorGraph): GroupNetwork {
  let count = 0;
  graph.forEachNode((_key, a) => {
    if (a.community !== undefined) count = Math.max(count, a.community + 1);
  });
  const sizes = new Int32Array(count);
  graph.forEachNode((_key, a) => {
    if (a.community !== undefined) sizes[a.community]! += 1;
  });

  // Each pair of groups once, under the number lower · count + higher.
  const pairs = new Map<number, number>();
  graph.forEachEdge((_key, link, _source, _target, a, b) => {
    if (a.community === undefined || b.community === undefined || a.community === b.community) return;
    const pair = a.community < b.community ? a.community * count + b.community : b.community * count + a.community;
    pairs.set(pair, (pairs.get(pair) ?? 0) + link.weight);
  });

  const offsets = new Int32Array(count + 1);
  for (const pair of pairs.keys()) {
    offsets[Math.floor(pair / count) + 1]! += 1;
    offsets[(pair % count) + 1]! += 1;
  }
  for (let g = 0; g < count; g++) offsets[g + 1]! += offsets[g]!;

  const next = offsets.slice(0, count);
  const neighbours = new Int32Array(pairs.size * 2);
  const weights = new Float64Array(pairs.size * 2);
  const strength = new Float64Array(count);
  const put = (from: number, to: number, weight: number) => {
    const at = next[from]!;
    neighbours[at] = to;
    weights[at] = weight;
    next[from] = at + 1;
    strength[from]! += weight;
  };
  for (const [pair, weight] of pairs) {
    const lower = Math.floor(pair / count);
    const higher = pair % count;
    put(lower, higher, weight);
    put(higher, lower, weight);
  }
  return { count, sizes, offsets, neighbours, weights, strength };
}
