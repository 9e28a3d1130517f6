import type { CoauthorGraph, SerializedCoauthorGraph } from "../graph/types";

/**
 * graphology's own serialization, readable back with `Graph.from()`. graphology leaves out
 * `undirected` on edges of an undirected graph; it is written out so that every edge says
 * what it is even when read by tools that do not look at `options`.
 */
export function toGraphJson(graph: CoauthorGraph): SerializedCoauthorGraph {
  const data = graph.export();
  for (const edge of data.edges) edge.undirected = true;
  return data;
}
