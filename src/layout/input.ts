import type { CoauthorGraph } from "../graph/types";
import type { LayoutInput } from "./types";

/**
 * Packs the graph's current positions and the given node radii (pixels) for the layout. With a
 * view, only what it shows is laid out, pulled by its link weights; the others keep their places.
 */
export function layoutInputFromGraph(graph: CoauthorGraph, sizeOf: (key: string) => number, view?: { authors: ReadonlyMap<string, unknown>; links: ReadonlyMap<string, number> }): LayoutInput {
  const keys = view ? [...view.authors.keys()] : graph.nodes();
  const index = new Map(keys.map((key, i) => [key, i]));
  const xy = new Float32Array(keys.length * 2);
  const sizes = new Float32Array(keys.length);
  keys.forEach((key, i) => {
    const { x = 0, y = 0 } = graph.getNodeAttributes(key);
    xy[2 * i] = x;
    xy[2 * i + 1] = y;
    sizes[i] = sizeOf(key);
  });
  const count = view ? view.links.size : graph.size;
  const edges = new Uint32Array(count * 2);
  const weights = new Float32Array(count);
  let e = 0;
  graph.forEachEdge((edge, attributes, source, target) => {
    const weight = view ? view.links.get(edge) : attributes.weight;
    if (weight === undefined) return;
    edges[2 * e] = index.get(source)!;
    edges[2 * e + 1] = index.get(target)!;
    weights[e] = weight;
    e++;
  });
  return { keys, xy, sizes, edges, weights };
}

/** Writes positions back onto the graph, which tells the renderer to redraw. */
export function applyPositions(graph: CoauthorGraph, keys: readonly string[], xy: Float32Array): void {
  const index = new Map(keys.map((key, i) => [key, i]));
  graph.updateEachNodeAttributes(
    (key, attributes) => {
      const i = index.get(key);
      if (i === undefined) return attributes;
      attributes.x = xy[2 * i]!;
      attributes.y = xy[2 * i + 1]!;
      return attributes;
    },
    { attributes: ["x", "y"] },
  );
}
