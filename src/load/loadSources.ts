import { carryGroups } from "../graph/keptGroups";
import type { CoauthorGraph } from "../graph/types";
import { applyPositions, layoutInputFromGraph } from "../layout/input";
import { runLayout } from "../layout/run";
import { seedPositions } from "../layout/seed";
import { deriveView } from "../view/derive";
import { DEFAULT_VIEW_SETTINGS } from "../view/types";
import { computeVisuals } from "../visual/compute";
import type { LoadRequest, LoadResult } from "./messages";
import { sortWarnings } from "../parse/index";
import { graphOfRead } from "./graphOfRead";
import { readPapers } from "./readPapers";

/**
 * Small graphs are laid out here, before they are shown: the first picture is already the
 * settled one. Bigger ones start from seeded positions and settle on screen in the layout worker.
 */
export const LAYOUT_BEFORE_SHOWING_MAX_AUTHORS = 150;

/** Read, identify, build, group and place: the whole load, the same in the worker and in tests. */
export function loadSources(request: LoadRequest, onProgress?: (fraction: number) => void): LoadResult {
  const { network, ...read } = readPapers(request.sources, { referenceDate: request.referenceDate, decisions: request.decisions, onProgress });
  const built = graphOfRead({ ...read, network }, request.maxAuthors);
  const graph = built.graph;
  if (built.warnings.length > 0) read.warnings = sortWarnings(read.warnings.concat(built.warnings), request.sources);
  if (request.groups) graph.setAttribute("keptGroups", carryGroups(request.groups, graph));
  // A network file that places every author is shown as it places them: the layout never runs over it.
  const placed = graph.getAttribute("network")?.positions === true;
  if (!placed) seedPositions(graph);
  if (request.positions) keepPositions(graph, request.positions);
  if (placed) return { ...read, graph: graph.export(), laidOut: true };
  const laidOut = graph.order <= LAYOUT_BEFORE_SHOWING_MAX_AUTHORS;
  if (laidOut) {
    const visuals = computeVisuals(graph, deriveView(graph, new Map(read.papers.map((p) => [p.id, p])), DEFAULT_VIEW_SETTINGS));
    const input = layoutInputFromGraph(graph, (key) => visuals.nodes.get(key)!.size);
    applyPositions(graph, input.keys, runLayout(input).xy);
  }
  return { ...read, graph: graph.export(), laidOut };
}

/**
 * People already on screen stay where they are. A new person (split off, or merged under a new
 * id) starts beside the co-authors who kept their place, or at its seeded place if none did.
 */
function keepPositions(graph: CoauthorGraph, positions: Record<string, [number, number]>): void {
  const fresh: string[] = [];
  graph.updateEachNodeAttributes((key, attributes) => {
    const kept = positions[key];
    if (!kept) fresh.push(key);
    else [attributes.x, attributes.y] = kept;
    return attributes;
  });
  for (const key of fresh) {
    let x = 0;
    let y = 0;
    let n = 0;
    graph.forEachNeighbor(key, (neighbour) => {
      const kept = positions[neighbour];
      if (!kept) return;
      x += kept[0];
      y += kept[1];
      n++;
    });
    if (n === 0) continue;
    const seeded = graph.getNodeAttributes(key);
    // A step off the centre of its co-authors, in the seeded direction, so two new people never coincide.
    const angle = Math.atan2(seeded.y ?? 0, seeded.x ?? 1);
    graph.mergeNodeAttributes(key, { x: x / n + 5 * Math.cos(angle), y: y / n + 5 * Math.sin(angle) });
  }
}
