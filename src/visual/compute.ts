import { scaleLinear, scaleSqrt } from "d3-scale";
import type { CoauthorGraph } from "../graph/types";
import { communityColor, COMMUNITY_COLORS, EDGE_COLOR } from "./palette";
import type { ItemVisual, Visuals } from "./types";

/** Node radius in pixels: disc area grows with the number of papers. */
export const NODE_SIZE_RANGE: readonly [number, number] = [5, 22];
/** Link thickness in pixels, by shared papers. */
export const EDGE_SIZE_RANGE: readonly [number, number] = [1, 6];

/**
 * Maps measures to what is drawn: node size by papers (square root, so area is proportional),
 * node colour by research group, link thickness by shared papers. Pure: the screen and the
 * exports use the same numbers.
 */
export function computeVisuals(graph: CoauthorGraph): Visuals {
  let maxPapers = 1;
  graph.forEachNode((_key, a) => (maxPapers = Math.max(maxPapers, a.papers)));
  let maxWeight = 1;
  graph.forEachEdge((_key, a) => (maxWeight = Math.max(maxWeight, a.weight)));

  const nodeSize = scaleSqrt().domain([1, Math.max(2, maxPapers)]).range(NODE_SIZE_RANGE).clamp(true);
  const edgeSize = scaleLinear().domain([1, Math.max(2, maxWeight)]).range(EDGE_SIZE_RANGE).clamp(true);

  const nodes = new Map<string, ItemVisual>();
  let communities = 0;
  graph.forEachNode((key, a) => {
    nodes.set(key, { size: nodeSize(a.papers), color: communityColor(a.community) });
    if (a.community !== undefined) communities = Math.max(communities, a.community + 1);
  });
  const edges = new Map<string, ItemVisual>();
  graph.forEachEdge((key, a) => edges.set(key, { size: edgeSize(a.weight), color: EDGE_COLOR }));
  return { nodes, edges, communityColors: COMMUNITY_COLORS.slice(0, communities) };
}
