import { toGraphJson } from "../export/graphJson";
import { buildCoauthorGraph } from "../graph/build";
import { assignCommunities } from "../graph/communities";
import { applyPositions, layoutInputFromGraph } from "../layout/input";
import { runLayout } from "../layout/run";
import { seedPositions } from "../layout/seed";
import { parseSources } from "../parse/index";
import { computeVisuals } from "../visual/compute";
import type { LoadRequest, LoadResult } from "./messages";

/**
 * Small graphs are laid out here, before they are shown: the first picture is already the
 * settled one. Bigger ones start from seeded positions and settle on screen in the layout worker.
 */
export const LAYOUT_BEFORE_SHOWING_MAX_AUTHORS = 150;

/** Parse, build, group and place: the whole load, the same in the worker and in tests. */
export function loadSources(request: LoadRequest, onProgress?: (fraction: number) => void): LoadResult {
  const parsed = parseSources(request.sources, { referenceDate: request.referenceDate, onProgress });
  const graph = buildCoauthorGraph(parsed.papers);
  assignCommunities(graph);
  seedPositions(graph);
  const laidOut = graph.order <= LAYOUT_BEFORE_SHOWING_MAX_AUTHORS;
  if (laidOut) {
    const visuals = computeVisuals(graph);
    const input = layoutInputFromGraph(graph, (key) => visuals.nodes.get(key)!.size);
    applyPositions(graph, input.keys, runLayout(input).xy);
  }
  return { papers: parsed.papers, warnings: parsed.warnings, errors: parsed.errors, graph: toGraphJson(graph), laidOut };
}
