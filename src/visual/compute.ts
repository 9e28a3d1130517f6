import { scaleLinear, scaleSqrt } from "d3-scale";
import type { CoauthorGraph } from "../graph/types";
import { MappedMap } from "../view/maskedMap";
import type { AuthorView, GraphView } from "../view/types";
import { communityColor, COMMUNITY_COLORS, EDGE_COLOR } from "./palette";
import type { ItemVisual, Visuals } from "./types";

/** Node radius in pixels: disc area grows with the number of papers. */
export const NODE_SIZE_RANGE: readonly [number, number] = [5, 22];
/** Link thickness in pixels, by shared papers. */
export const EDGE_SIZE_RANGE: readonly [number, number] = [1, 6];

/**
 * Bigger networks get smaller discs, so that the whole network, seen at once, is not one blob:
 * full size up to 300 authors, then shrinking with the square root of their number, down to
 * 35% (10,000 authors draw 1.75 to 7.7 pixels); zooming in enlarges them.
 */
export function sizeFactor(order: number): number {
  return Math.min(1, Math.max(0.35, Math.sqrt(300 / Math.max(order, 1))));
}

/**
 * Maps measures of the visible graph to what is drawn: node size by papers (square root, so
 * area is proportional), node colour by research group, link thickness by weight. Pure: the
 * screen and the exports use the same numbers. Only visible authors and links get visuals.
 */
export function computeVisuals(graph: CoauthorGraph, view: GraphView): Visuals {
  let maxPapers = 1;
  for (const a of view.authors.values()) maxPapers = Math.max(maxPapers, a.papers);
  let maxWeight = 1;
  for (const weight of view.links.values()) maxWeight = Math.max(maxWeight, weight);

  const factor = sizeFactor(view.authors.size);
  const nodeSize = scaleSqrt()
    .domain([1, Math.max(2, maxPapers)])
    .range(NODE_SIZE_RANGE.map((size) => size * factor))
    .clamp(true);
  const edgeSize = scaleLinear().domain([1, Math.max(2, maxWeight)]).range(EDGE_SIZE_RANGE).clamp(true);

  let communities = 0;
  for (const key of view.authors.keys()) {
    const community = graph.getNodeAttribute(key, "community");
    if (community !== undefined) communities = Math.max(communities, community + 1);
  }
  // Computed when read (sigma reads each once per refresh): no Map of 200,000 entries to fill.
  const nodes = new MappedMap<AuthorView, ItemVisual>(view.authors, (a, key) => ({ size: nodeSize(a.papers), color: communityColor(graph.getNodeAttribute(key, "community")) }));
  const edges = new MappedMap<number, ItemVisual>(view.links, (weight) => ({ size: edgeSize(weight), color: EDGE_COLOR }));
  return { nodes, edges, groups: [], communityColors: COMMUNITY_COLORS.slice(0, communities), communities };
}
