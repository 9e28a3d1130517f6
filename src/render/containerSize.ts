import type Sigma from "sigma";

/**
 * sigma fits its canvases to the container only when the window is resized; the container also
 * changes size when the side panel widens (the table) or the sheet moves on a phone. Without
 * this the map is drawn at its old size and a click lands beside the node under the pointer.
 */
export function followContainerSize(sigma: Sigma, container: HTMLElement): void {
  new ResizeObserver(() => sigma.scheduleRefresh()).observe(container);
}
