import type { CoauthorGraph, SerializedCoauthorGraph } from "../graph/types";
import { Streamed, writePrettyObject, type Write } from "./prettyJson";

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

/**
 * The same text as `JSON.stringify(toGraphJson(graph), null, 2)`, written node by node and
 * link by link, for graphs too big for one string.
 */
export async function writeGraphJson(graph: CoauthorGraph, write: Write): Promise<void> {
  await writePrettyObject(
    [
      ["options", { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops }],
      ["attributes", graph.getAttributes()],
      ["nodes", new Streamed(map(graph.nodeEntries(), ({ node, attributes }) => ({ key: node, attributes })))],
      ["edges", new Streamed(map(graph.edgeEntries(), ({ edge, source, target, attributes }) => ({ key: edge, source, target, attributes, undirected: true })))],
    ],
    write,
  );
}

function* map<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}
