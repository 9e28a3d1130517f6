import type Sigma from "sigma";
import type { CoauthorGraph } from "../graph/types";
import type { PlacedLabels } from "../render/labels";
import type { LayoutStatus } from "../layout/layoutClient";
import type { GraphView, ViewSettings } from "../view/types";

/**
 * `window.explorer`: the scripting and test hook, set once a graph is shown (the full graph: what is visible is `view()`) and replaced when
 * another is loaded. `layout` tells whether positions are still moving.
 */
export interface ExplorerHook {
  graph: CoauthorGraph;
  sigma: Sigma;
  layout: LayoutStatus | "idle";
  /** The visible graph now: who and what the filters and scope leave on the map. */
  view(): GraphView;
  /** Counting, filters and scope, as the filters panel sets them: for scripts and measurements. */
  setSettings(patch: Partial<ViewSettings>): void;
  /** The author and group labels drawn in the last frame at rest, in pixels of the map, with the side each author's label is on. */
  labels(): PlacedLabels;
}

declare global {
  interface Window {
    explorer?: ExplorerHook;
  }
}

export function publishExplorer(hook: ExplorerHook): void {
  window.explorer = hook;
}
