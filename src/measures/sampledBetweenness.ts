import type Graph from "graphology";
import { seededRandom } from "../text/random";

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

/** The graph as integer arrays: node i's neighbours are neighbours[starts[i]] to neighbours[starts[i + 1] − 1]. */
function adjacencyOf(graph: Graph): { nodes: string[]; starts: Uint32Array; neighbours: Uint32Array } {
  const nodes = graph.nodes();
  const position = new Map(nodes.map((key, i) => [key, i]));
  const starts = new Uint32Array(nodes.length + 1);
  const neighbours: number[] = [];
  nodes.forEach((key, i) => {
    starts[i] = neighbours.length;
    graph.forEachNeighbor(key, (neighbour) => void neighbours.push(position.get(neighbour)!));
  });
  starts[nodes.length] = neighbours.length;
  return { nodes, starts, neighbours: Uint32Array.from(neighbours) };
}

/**
 * Brandes' dependency accumulation from the given sources only, on hops (edge weights ignored).
 * Summed over every source, it is what graphology-metrics sums before normalising. The numbers
 * of shortest paths are counted in doubles: graphology's 32-bit counts wrap past 4.3 billion,
 * which a big network reaches when many equally short routes chain up (each of 33 squares in a
 * row doubles them), and then divide by zero. Predecessors are not listed: in a breadth-first
 * search they are the neighbours one step nearer the source.
 */
export function sampleDependencies(graph: Graph, sources: Uint32Array): SampledDependencies {
  const { nodes, starts, neighbours } = adjacencyOf(graph);
  const n = nodes.length;
  const distance = new Int32Array(n).fill(-1);
  const paths = new Float64Array(n);
  const order = new Uint32Array(n);
  const delta = new Float64Array(n);
  const sum = new Float64Array(n);
  const sumOfSquares = new Float64Array(n);
  for (const source of sources) {
    // Breadth first: `order` lists the nodes reached, nearest first; `paths` counts the shortest paths to each.
    distance[source] = 0;
    paths[source] = 1;
    order[0] = source;
    let reached = 1;
    for (let head = 0; head < reached; head++) {
      const v = order[head]!;
      const next = distance[v]! + 1;
      for (let j = starts[v]!; j < starts[v + 1]!; j++) {
        const w = neighbours[j]!;
        if (distance[w] === -1) {
          distance[w] = next;
          order[reached++] = w;
        }
        if (distance[w] === next) paths[w]! += paths[v]!;
      }
    }
    // Farthest first: every node's dependency is complete before it is handed to its predecessors.
    for (let i = reached - 1; i > 0; i--) {
      const w = order[i]!;
      const dependency = delta[w]!;
      const share = (1 + dependency) / paths[w]!;
      const nearer = distance[w]! - 1;
      for (let j = starts[w]!; j < starts[w + 1]!; j++) {
        const v = neighbours[j]!;
        if (distance[v] === nearer) delta[v]! += paths[v]! * share;
      }
      sum[w]! += dependency;
      sumOfSquares[w]! += dependency * dependency;
    }
    // Only the nodes reached were touched: reset them for the next source.
    for (let i = 0; i < reached; i++) {
      const v = order[i]!;
      distance[v] = -1;
      paths[v] = 0;
      delta[v] = 0;
    }
  }
  return { nodes, sources: sources.length, sum, sumOfSquares };
}
