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

/** sigma's default programs, named here since every display object names its own. */
export const NODE_TYPE = "circle";
export const EDGE_TYPE = "line";

/** What the reducers hand sigma for an author: every field sigma reads, so each object has one shape. */
export type DrawnAuthor = NodeDisplayData;

/**
 * sigma reducers: authors and links outside the view are hidden (sigma neither draws nor picks
 * them), the rest take their visuals, and when something is in focus the rest fades. Each
 * returns a new object literal holding every field sigma reads and nothing else, so all have
 * one shape and sigma's defaults pass adds nothing. Objects of many shapes made that pass cost
 * 40 µs a link (1.4 s for 33,000); a spread of the attributes, to which the defaults added five
 * fields, still cost 4 µs a link.
 */
export function createReducers(drawn: () => Drawn) {
  const nodeReducer = (key: string, data: Record<string, unknown>): DrawnAuthor => {
    const { visuals, focus } = drawn();
    const display: DrawnAuthor = {
      x: data.x as number,
      y: data.y as number,
      label: (data.label as string | undefined) ?? null,
      size: 0,
      color: DIMMED_NODE_COLOR,
      hidden: true,
      highlighted: false,
      forceLabel: false,
      type: NODE_TYPE,
      zIndex: 0,
    };
    // Visuals exist for visible authors only: one lookup says both.
    const visual = visuals.nodes.get(key);
    if (!visual) return display;
    display.hidden = false;
    display.size = visual.size;
    display.color = visual.color;
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
    }
    return display;
  };

  const edgeReducer = (key: string): EdgeDisplayData => {
    const { visuals, focus } = drawn();
    const visual = visuals.edges.get(key);
    const display: EdgeDisplayData = { size: 0, color: DIMMED_EDGE_COLOR, hidden: true, label: "", forceLabel: false, type: EDGE_TYPE, zIndex: 0 };
    if (!visual) return display;
    display.hidden = false;
    display.size = visual.size;
    display.color = visual.color;
    if (!focus) return display;
    if (focus.links.has(key)) {
      display.color = HIGHLIGHT_EDGE_COLOR;
      display.zIndex = 1;
    } else {
      display.color = DIMMED_EDGE_COLOR;
    }
    return display;
  };

  return { nodeReducer, edgeReducer };
}
