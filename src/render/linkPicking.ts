import type { CoauthorGraph } from "../graph/types";
import { boxAround, CellGrid } from "./cellGrid";

/**
 * Which link is under the pointer, found by geometry rather than by sigma's picking pass: that
 * pass draws every link a second time on every frame (edge events), which is what made moving
 * a big map slow. The links are filed once by the cells of a grid they cross (LinkGrid), so a
 * click or a pointer move looks at the few links near the pointer only.
 */

/** How far from a thin link's centre line the pointer still points at it, in pixels. */
export const LINK_REACH_PX = 4;

/** Distance from point p to the segment from a to b. */
export function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The drawn links of a graph, in graph coordinates, filed by the cells of a square grid that they cross. */
export class LinkGrid {
  private readonly grid: CellGrid<string>;

  /** `cellsAcross` cells span the wider side of the box around the authors. */
  constructor(private readonly graph: CoauthorGraph, isDrawn: (key: string) => boolean, cellsAcross = 128) {
    this.grid = new CellGrid(boxAround((visit) => graph.forEachNode((_key, a) => visit(a.x ?? 0, a.y ?? 0))), cellsAcross);
    const cell = this.grid.cell;
    graph.forEachEdge((key, _attributes, _source, _target, a, b) => {
      if (!isDrawn(key)) return;
      // Points every half cell along the link: each cell it crosses, or nearly, gets it once.
      const [ax, ay, bx, by] = [a.x ?? 0, a.y ?? 0, b.x ?? 0, b.y ?? 0];
      const steps = Math.ceil((2 * Math.hypot(bx - ax, by - ay)) / cell);
      for (let i = 0; i <= steps; i++) {
        const t = steps === 0 ? 0 : i / steps;
        this.grid.add(ax + t * (bx - ax), ay + t * (by - ay), key);
      }
    });
  }

  /**
   * The link nearest to a point among those within their reach of it (`reachOf`, in graph
   * units, at most `maxReach`), or null.
   */
  linkNear(point: { x: number; y: number }, maxReach: number, reachOf: (key: string) => number): string | null {
    // A link within maxReach of the point has a filed point within half a cell more.
    let best: string | null = null;
    let bestDistance = Infinity;
    const seen = new Set<string>();
    this.grid.forEachNear(point.x, point.y, maxReach + this.grid.cell / 2, (key) => {
      if (seen.has(key)) return;
      seen.add(key);
      const [a, b] = [this.graph.getSourceAttributes(key), this.graph.getTargetAttributes(key)];
      const distance = distanceToSegment(point.x, point.y, a.x ?? 0, a.y ?? 0, b.x ?? 0, b.y ?? 0);
      if (distance < bestDistance && distance <= reachOf(key)) [best, bestDistance] = [key, distance];
    });
    return best;
  }
}
