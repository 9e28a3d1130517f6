import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { Focus } from "../view/focus";
import type { GraphView } from "../view/types";
import { DIMMED_EDGE_COLOR, DIMMED_NODE_COLOR, HIGHLIGHT_EDGE_COLOR } from "../visual/palette";
import type { Visuals } from "../visual/types";

/** What the renderer draws over the full graph: the visible part, its visuals, and what is in focus. */
export interface Drawn {
  view: GraphView | null;
  visuals: Visuals;
  focus: Focus | null;
}

/**
 * sigma reducers: authors and links outside the view are hidden (sigma neither draws nor picks
 * them), the rest take their visuals, and when something is in focus the rest fades. Each
 * returns a new object of one shape: setting fields on sigma's copy in place gave objects of
 * many shapes, and sigma's defaults pass over them took 40 µs per link (1.4 s for 33,000).
 */
export function createReducers(drawn: () => Drawn) {
  const nodeReducer = (key: string, data: Record<string, unknown>): Partial<NodeDisplayData> => {
    const { visuals, focus } = drawn();
    // Visuals exist for visible authors only: one lookup says both.
    const visual = visuals.nodes.get(key);
    if (!visual) return { ...data, hidden: true };
    const display: Partial<NodeDisplayData> = { ...data, size: visual.size, color: visual.color };
    if (!focus) return display;
    if (focus.labelled.has(key)) {
      display.forceLabel = true;
      display.highlighted = true;
      display.zIndex = 2;
    } else if (focus.authors.has(key)) {
      display.zIndex = 1;
    } else {
      display.color = DIMMED_NODE_COLOR;
      display.label = "";
      display.zIndex = 0;
    }
    return display;
  };

  const edgeReducer = (key: string, data: Record<string, unknown>): Partial<EdgeDisplayData> => {
    const { visuals, focus } = drawn();
    const visual = visuals.edges.get(key);
    if (!visual) return { ...data, hidden: true };
    const display: Partial<EdgeDisplayData> = { ...data, size: visual.size, color: visual.color };
    if (!focus) return display;
    if (focus.links.has(key)) {
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
