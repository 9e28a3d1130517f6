import type Graph from "graphology";
import type { NeighborhoodIndex } from "graphology-indices/neighborhood";
import { createUnweightedIndexedBrandes } from "graphology-shortest-path/indexed-brandes";
import type FixedStack from "mnemonist/fixed-stack";
import { seededRandom } from "../text/random";

/** One Brandes search: nodes in order of distance, their predecessors, and shortest-path counts. */
type BrandesSearch = (source: number) => [FixedStack<number>, number[][], Uint32Array];

/** What the samples say about each node, by graph node index. */
export interface SampledDependencies {
  /** The node keys, in index order. */
  nodes: string[];
  /** The chosen sources, without repeats. */
  sources: number;
  /** Σ over the sources of δ_s(v), the dependency of source s on v (Brandes 2001). */
  sum: Float64Array;
  /** Σ over the sources of δ_s(v)², for the spread between sources. */
  sumOfSquares: Float64Array;
}

/**
 * `count` distinct sources (all when count ≥ n) picked with a seeded partial Fisher–Yates shuffle,
 * so the same graph and seed give the same estimate. Typed array of n: linear memory.
 */
export function pickSources(n: number, count: number, seed: number): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const k = Math.min(Math.max(count, 0), n);
  const random = seededRandom(seed);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    const chosen = order[j]!;
    order[j] = order[i]!;
    order[i] = chosen;
  }
  return order.subarray(0, k);
}

/**
 * Brandes' dependency accumulation from the given sources only, on hops (edge weights ignored).
 * Summed over every source it is exactly what graphology-metrics sums before normalising, which
 * is why its own search (graphology-shortest-path's indexed Brandes) is used here as well.
 */
export function sampleDependencies(graph: Graph, sources: Uint32Array): SampledDependencies {
  // The typings put `index` on the factory; it is on the search function the factory returns.
  const search = createUnweightedIndexedBrandes(graph) as unknown as BrandesSearch & { index: NeighborhoodIndex };
  const n = graph.order;
  const delta = new Float64Array(n);
  const sum = new Float64Array(n);
  const sumOfSquares = new Float64Array(n);
  for (const source of sources) {
    const [stack, predecessors, sigma] = search(source);
    // Farthest first: every node's dependency is complete before it is handed to its predecessors.
    while (stack.size !== 0) {
      const w = stack.pop()!;
      const dependency = delta[w]!;
      const share = (1 + dependency) / sigma[w]!;
      for (const v of predecessors[w]!) delta[v]! += sigma[v]! * share;
      if (w !== source) {
        sum[w]! += dependency;
        sumOfSquares[w]! += dependency * dependency;
      }
      // Each node leaves the stack once per search, after all its successors: reset for the next.
      delta[w] = 0;
    }
  }
  return { nodes: search.index.nodes, sources: sources.length, sum, sumOfSquares };
}
