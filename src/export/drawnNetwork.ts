import { assignCommunities } from "../graph/communities";
import type { CoauthorGraph } from "../graph/types";
import { applyPositions, layoutInputFromGraph } from "../layout/input";
import { runLayout } from "../layout/run";
import { seedPositions } from "../layout/seed";
import type { Paper } from "../parse/types";
import { deriveView } from "../view/derive";
import { DEFAULT_VIEW_SETTINGS } from "../view/types";
import { computeVisuals, DEFAULT_ENCODINGS, networkLinkColors } from "../visual/compute";
import { groupColors } from "../visual/groupColors";
import type { Visuals } from "../visual/types";

/**
 * The whole network as the explorer draws it once opened: research groups found, positions
 * seeded by person and laid out until settled (the same layout, so the same picture), authors
 * sized by papers and coloured by group, links by weight and length. For the files written
 * without a page (coauthor graph --to gexf): the graph gets its positions in place.
 */
export function drawnNetwork(graph: CoauthorGraph, papers: readonly Paper[]): Visuals {
  if (graph.nodes().some((key) => graph.getNodeAttribute(key, "community") === undefined)) assignCommunities(graph);
  const network = graph.getAttribute("network");
  // A network file's own colours, as the explorer shows them first.
  const encodings = { ...DEFAULT_ENCODINGS, ...(network?.colors && { colorBy: "file" as const }) };
  const view = deriveView(graph, new Map(papers.map((p) => [p.id, p])), DEFAULT_VIEW_SETTINGS);
  const colors = groupColors(graph);
  // A network file that places every author keeps its places, as in the explorer.
  if (!network?.positions) {
    seedPositions(graph);
    const sized = computeVisuals(graph, view, encodings, { betweenness: null, groupColors: colors });
    const input = layoutInputFromGraph(graph, (key) => sized.nodes.get(key)!.size);
    applyPositions(graph, input.keys, runLayout(input).xy);
  }
  // Link colours fade with length: from the settled positions.
  return computeVisuals(graph, view, encodings, { betweenness: null, groupColors: colors, linkColors: networkLinkColors(graph) });
}
