import type Graph from "graphology";
import { pickSources, sampleDependencies, type SampledDependencies } from "./sampledBetweenness";

/**
 * Betweenness of every author: the share of shortest paths between two other authors that pass
 * through her, normalised to [0, 1] as graphology-metrics does for undirected graphs (over the
 * (n−1)(n−2)/2 pairs she is not part of). Paths are counted in hops, not in link weights: the
 * distance between two people in a co-authorship network is how many introductions apart they
 * are, and a link of ten shared papers is no shorter a step than a link of one.
 */
export interface Betweenness {
  /** By node key. */
  values: Map<string, number>;
  /** True when every author was a source: the values are exact. */
  exact: boolean;
  /** How many authors the shortest paths were searched from. */
  sources: number;
  /**
   * For a sample: the half-width of a 95 % confidence interval that holds for each author (the
   * widest of all authors'), so every value reads "± error (95 %)". 0 when exact; null when one
   * source gives no spread to estimate it from.
   */
  error: number | null;
}

export interface BetweennessOptions {
  /** Sample this many sources instead of deciding by size (all of them when ≥ the number of authors). */
  sources?: number;
  seed?: number;
}

/**
 * The work a computation may take, in node and link visits: one Brandes search from one source
 * visits every node and link of its component once, so the exact computation costs about
 * n·(n + m) and a sample of k sources k·(n + m). Measured in Node (bench/analysis.ts): 0.1 to
 * 0.2 µs per visit, so 2 to 4 s in the worker: exact up to about 2,000 authors of a typical
 * network (3.3 links each), 465 sources for 10,000, the minimum of 100 from about 45,000.
 */
export const WORK_BUDGET = 20_000_000;
/** Fewer sources than this give a spread too noisy to state an error from. */
export const MIN_SOURCES = 100;

/** How many sources a network of n authors and m links gets: n (exact) when that is affordable. */
export function sourcesFor(n: number, m: number): number {
  return Math.min(n, Math.max(MIN_SOURCES, Math.floor(WORK_BUDGET / (n + m))));
}

/** Exact within WORK_BUDGET, else estimated from a seeded sample of sources with its stated error. */
export function betweennessOf(graph: Graph, options: BetweennessOptions = {}): Betweenness {
  const n = graph.order;
  if (n === 0) return { values: new Map(), exact: true, sources: 0, error: 0 };
  const count = options.sources ?? sourcesFor(n, graph.size);
  // Every author a source is the exact computation: the same sums, with no error.
  return estimateBetweenness(sampleDependencies(graph, pickSources(n, count, options.seed ?? 1)));
}

// 97.5th percentile of the normal distribution: a two-sided 95 % interval.
const Z95 = 1.959964;

/**
 * Each source s is one draw of X_s = n·δ_s(v) / ((n−1)(n−2)), whose mean over all n sources is
 * the normalised betweenness of v: the sample mean estimates it without bias. Its standard error
 * comes from the spread of the draws, with the finite-population correction (1 − k/n) since the
 * sources are drawn without repeats, so that it falls to 0 when every source is drawn.
 */
export function estimateBetweenness({ nodes, sources: k, sum, sumOfSquares }: SampledDependencies): Betweenness {
  const n = nodes.length;
  const perDraw = n <= 2 ? 0 : n / ((n - 1) * (n - 2));
  const values = new Map<string, number>();
  let widest = 0;
  for (let v = 0; v < n; v++) {
    const total = sum[v]!;
    values.set(nodes[v]!, k === 0 ? 0 : (perDraw * total) / k);
    if (k < 2) continue;
    const variance = Math.max(0, (sumOfSquares[v]! - (total * total) / k) / (k - 1)) * perDraw * perDraw;
    widest = Math.max(widest, Z95 * Math.sqrt((variance / k) * (1 - k / n)));
  }
  const exact = k >= n;
  return { values, exact, sources: k, error: exact ? 0 : k < 2 ? null : widest };
}
