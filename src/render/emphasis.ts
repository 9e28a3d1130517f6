import type { NodeDisplayData, EdgeDisplayData } from "sigma/types";
import type { CoauthorGraph } from "../graph/types";
import { DIMMED_EDGE_COLOR, DIMMED_NODE_COLOR, HIGHLIGHT_EDGE_COLOR } from "../visual/palette";
import type { Visuals } from "../visual/types";

/** What the reader is pointing at or has picked: never stored on the graph, applied while drawing. */
export interface Emphasis {
  hoveredNode: string | null;
  selectedNode: string | null;
  selectedEdge: string | null;
}

export const NO_EMPHASIS: Emphasis = { hoveredNode: null, selectedNode: null, selectedEdge: null };

/** The nodes and edges in focus, or null when nothing is. */
interface Focus {
  nodes: Set<string>;
  edges: Set<string>;
  labelled: Set<string>;
}

function focusOf(graph: CoauthorGraph, emphasis: Emphasis): Focus | null {
  const labelled = new Set([emphasis.hoveredNode, emphasis.selectedNode].filter((k): k is string => k !== null && graph.hasNode(k)));
  const center = emphasis.hoveredNode ?? emphasis.selectedNode;
  if (center !== null && graph.hasNode(center)) {
    // An author with her co-authors and the links to them.
    return { nodes: new Set([center, ...graph.neighbors(center)]), edges: new Set(graph.edges(center)), labelled };
  }
  if (emphasis.selectedEdge !== null && graph.hasEdge(emphasis.selectedEdge)) {
    const ends = graph.extremities(emphasis.selectedEdge);
    for (const end of ends) labelled.add(end);
    return { nodes: new Set(ends), edges: new Set([emphasis.selectedEdge]), labelled };
  }
  return null;
}

/** sigma reducers that draw the base visuals plus the current emphasis. */
export function createReducers(graph: () => CoauthorGraph, visuals: () => Visuals, emphasis: () => Emphasis) {
  let cachedFor: Emphasis | null = null;
  let cachedGraph: CoauthorGraph | null = null;
  let focus: Focus | null = null;
  const currentFocus = () => {
    const now = emphasis();
    if (now !== cachedFor || graph() !== cachedGraph) {
      cachedFor = now;
      cachedGraph = graph();
      focus = focusOf(cachedGraph, now);
    }
    return focus;
  };

  const nodeReducer = (key: string, data: Record<string, unknown>): Partial<NodeDisplayData> => {
    const visual = visuals().nodes.get(key);
    const display: Partial<NodeDisplayData> = { ...data, size: visual?.size ?? 4, color: visual?.color ?? DIMMED_NODE_COLOR };
    const f = currentFocus();
    if (!f) return display;
    if (f.labelled.has(key)) {
      display.forceLabel = true;
      display.highlighted = true;
      display.zIndex = 2;
    } else if (f.nodes.has(key)) {
      display.zIndex = 1;
    } else {
      display.color = DIMMED_NODE_COLOR;
      display.label = "";
      display.zIndex = 0;
    }
    return display;
  };

  const edgeReducer = (key: string, data: Record<string, unknown>): Partial<EdgeDisplayData> => {
    const visual = visuals().edges.get(key);
    const display: Partial<EdgeDisplayData> = { ...data, size: visual?.size ?? 1, color: visual?.color ?? DIMMED_EDGE_COLOR };
    const f = currentFocus();
    if (!f) return display;
    if (f.edges.has(key)) {
      display.color = HIGHLIGHT_EDGE_COLOR;
      display.zIndex = 1;
    } else {
      display.color = DIMMED_EDGE_COLOR;
      display.zIndex = 0;
    }
    return display;
  };

  return { nodeReducer, edgeReducer };
}
