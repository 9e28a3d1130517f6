import type Sigma from "sigma";

/**
 * sigma fits its canvases to the container only when the window is resized; the container also
 * changes size when the side panel widens (the table) or the sheet moves on a phone, and what
 * covers the map (the status line) changes size with its text. Without this the map is drawn at
 * its old size and a click lands beside the node under the pointer.
 *
 * `refit` fits the frame again and tells whether it changed: then sigma indexes the positions
 * again in its new frame (100 ms on 10,000 authors with software WebGL, once per change of
 * size), else a render fits the canvases and nothing is indexed again (a full refresh cost
 * 250 ms on 10,000 authors here).
 */
export function followContainerSize(sigma: Sigma, watched: readonly HTMLElement[], refit: () => boolean): void {
  const observer = new ResizeObserver(() => {
    if (refit()) sigma.refresh({ partialGraph: { nodes: [], edges: [] }, schedule: true });
    else sigma.scheduleRender();
  });
  for (const element of watched) observer.observe(element);
}
