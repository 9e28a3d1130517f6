import type Sigma from "sigma";
import { CellGrid } from "./cellGrid";
import { internalsOf } from "./sigmaInternals";

/**
 * Which author is under the pointer, found by geometry rather than by sigma's picking: sigma
 * reads a pixel back from the GPU on every pointer move, press and click (readPixels), which
 * waits for the GPU to finish drawing. With software WebGL that wait was 4.3 s of a 6.8 s
 * click on 10,000 authors, and it came back on every frame of a drag. Here the authors are
 * filed by the cells of a grid once per change of positions, and the pointer looks at the few
 * near it.
 */

/** One author as drawn: centre in sigma's framed graph coordinates, disc radius (its display size: pixels at camera ratio 1), order. */
export interface DrawnDisc {
  key: string;
  x: number;
  y: number;
  radius: number;
  zIndex: number;
}

/** Authors filed by the grid cells of their centres, by index; 128 cells across the box of all. */
export function discGrid(centres: Float64Array, cellsAcross = 128): CellGrid {
  return new CellGrid(centres, cellsAcross);
}

/**
 * The disc under a point: of the discs that hold it, the one drawn on top (highest zIndex),
 * then the one whose centre is nearest. `unitsPerRadius` turns radii into graph units.
 */
export function discAt(grid: CellGrid, discs: readonly DrawnDisc[], point: { x: number; y: number }, unitsPerRadius: number, widestRadius: number): string | null {
  let best: DrawnDisc | null = null;
  let bestDistance = Infinity;
  grid.forEachNear(point.x, point.y, widestRadius * unitsPerRadius, (index) => {
    const disc = discs[index]!;
    const distance = Math.hypot(point.x - disc.x, point.y - disc.y);
    if (disc.radius <= 0 || distance > disc.radius * unitsPerRadius) return; // no disc: hidden
    if (!best || disc.zIndex > best.zIndex || (disc.zIndex === best.zIndex && distance < bestDistance)) [best, bestDistance] = [disc, distance];
  });
  return (best as DrawnDisc | null)?.key ?? null;
}

/**
 * Replaces sigma's node picking with discAt. The discs are read again from sigma's display data
 * at the first pointer event after the drawing changed (`changed`, and any processing of
 * positions), and filed again when positions were processed.
 */
export function pickNodesByGeometry(sigma: Sigma): { changed(): void } {
  let discs: DrawnDisc[] | null = null;
  let grid: CellGrid | null = null;
  let widestSize = 0;
  let stale = true;
  let moved = true;
  sigma.on("afterProcess", () => (moved = stale = true));

  const read = () => {
    const next: DrawnDisc[] = [];
    widestSize = 0;
    sigma.getGraph().forEachNode((key) => {
      const data = sigma.getNodeDisplayData(key);
      if (!data) return;
      // Hidden authors are filed too, with no disc, so that the grid keeps one entry per author.
      const radius = data.hidden ? 0 : data.size;
      widestSize = Math.max(widestSize, radius);
      next.push({ key, x: data.x, y: data.y, radius, zIndex: data.zIndex });
    });
    if (moved || !grid || discs?.length !== next.length) {
      const centres = new Float64Array(next.length * 2);
      next.forEach((disc, i) => ((centres[2 * i] = disc.x), (centres[2 * i + 1] = disc.y)));
      grid = discGrid(centres);
      moved = false;
    }
    discs = next;
    stale = false;
  };

  const nodeAt = (position: { x: number; y: number }): string | null => {
    if (stale || !discs || !grid) read();
    const point = sigma.viewportToFramedGraph(position);
    const next = sigma.viewportToFramedGraph({ x: position.x + 1, y: position.y });
    // Radii are sizes times scaleSize(1) pixels at the current zoom; into graph units.
    const unitsPerRadius = Math.hypot(next.x - point.x, next.y - point.y) * sigma.scaleSize(1);
    return discAt(grid!, discs!, point, unitsPerRadius, widestSize);
  };
  // sigma calls this method of its own from its pointer handlers.
  internalsOf(sigma).getNodeAtPosition = nodeAt;
  return { changed: () => (stale = true) };
}
