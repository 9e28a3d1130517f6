import type Sigma from "sigma";
import type { CoauthorGraph } from "../graph/types";
import type { LayoutStatus } from "../layout/layoutClient";

/**
 * `window.explorer`: the scripting and test hook, set once a graph is shown and replaced when
 * another is loaded. `layout` tells whether positions are still moving.
 */
export interface ExplorerHook {
  graph: CoauthorGraph;
  sigma: Sigma;
  layout: LayoutStatus | "idle";
}

declare global {
  interface Window {
    explorer?: ExplorerHook;
  }
}

export function publishExplorer(hook: ExplorerHook): void {
  window.explorer = hook;
}
