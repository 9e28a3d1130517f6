import type Sigma from "sigma";

/**
 * sigma fits its canvases to the container only when the window is resized; the container also
 * changes size when the side panel widens (the table) or the sheet moves on a phone. Without
 * this the map is drawn at its old size and a click lands beside the node under the pointer.
 * A render fits the canvases; nothing is indexed again (a full refresh cost 250 ms on 10,000
 * authors here, sigma's indexing alone 100 ms). sigma's label grid keeps the cells of the old
 * size, which only decides which labels it offers the label layer from each 100-pixel cell.
 */
export function followContainerSize(sigma: Sigma, container: HTMLElement): void {
  new ResizeObserver(() => sigma.scheduleRender()).observe(container);
}
