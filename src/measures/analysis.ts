import Graph from "graphology";
import type { CoauthorGraph } from "../graph/types";
import type { GraphView } from "../view/types";
import { betweennessOf, type BetweennessOptions } from "./betweenness";

/**
 * The visible network as it travels to the analysis worker: keys once, links as pairs of indices
 * into them. Typed arrays transfer without copying; a graph's own serialization would be cloned
 * key by key, attributes and all.
 */
export interface AnalysisInput {
  /** Person ids of the visible authors. */
  keys: string[];
  /** Visible links, two indices into `keys` each: [a0, b0, a1, b1, …]. */
  edges: Uint32Array;
  options?: BetweennessOptions;
}

/** Betweenness by index into the input's keys, and how far it can be trusted (see `Betweenness`). */
export interface AnalysisResult {
  values: Float64Array;
  exact: boolean;
  sources: number;
  error: number | null;
}

export type AnalysisRequest = { id: number; input: AnalysisInput };
export type AnalysisMessage = { id: number; type: "done"; result: AnalysisResult } | { id: number; type: "error"; message: string };

/** The visible authors and links of a view, as indices; link ends come from the full graph. */
export function analysisInputOf(graph: CoauthorGraph, view: GraphView, options?: BetweennessOptions): AnalysisInput {
  const keys = [...view.authors.keys()];
  const indexOf = new Map(keys.map((key, i) => [key, i]));
  const edges = new Uint32Array(view.links.size * 2);
  let at = 0;
  for (const link of view.links.keys()) {
    edges[at++] = indexOf.get(graph.source(link))!;
    edges[at++] = indexOf.get(graph.target(link))!;
  }
  return options ? { keys, edges, options } : { keys, edges };
}

/** What the worker computes, callable anywhere: the CLI, tests and benchmarks run it directly. */
export function runAnalysis({ keys, edges, options }: AnalysisInput): AnalysisResult {
  const graph = new Graph({ type: "undirected" });
  for (const key of keys) graph.addNode(key);
  for (let i = 0; i + 1 < edges.length; i += 2) graph.mergeEdge(keys[edges[i]!]!, keys[edges[i + 1]!]!);
  const { values, exact, sources, error } = betweennessOf(graph, options);
  const byIndex = new Float64Array(keys.length);
  keys.forEach((key, i) => (byIndex[i] = values.get(key) ?? 0));
  return { values: byIndex, exact, sources, error };
}

/** The result by person id, as the measures read it. */
export function betweennessByKey(keys: readonly string[], result: AnalysisResult): Map<string, number> {
  return new Map(keys.map((key, i) => [key, result.values[i]!]));
}
