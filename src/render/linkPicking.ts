import type { CoauthorGraph } from "../graph/types";

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
  private readonly cells = new Map<number, string[]>();
  private readonly cell: number;
  private readonly left: number;
  private readonly top: number;

  /** `cellsAcross` cells span the wider side of the drawn links' bounding box. */
  constructor(private readonly graph: CoauthorGraph, isDrawn: (key: string) => boolean, cellsAcross = 128) {
    let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
    graph.forEachNode((_key, a) => {
      [left, top, right, bottom] = [Math.min(left, a.x ?? 0), Math.min(top, a.y ?? 0), Math.max(right, a.x ?? 0), Math.max(bottom, a.y ?? 0)];
    });
    this.left = Number.isFinite(left) ? left : 0;
    this.top = Number.isFinite(top) ? top : 0;
    this.cell = Math.max(right - left, bottom - top, Number.MIN_VALUE) / cellsAcross;
    graph.forEachEdge((key, _attributes, _source, _target, a, b) => {
      if (!isDrawn(key)) return;
      // Points every half cell along the link: each cell it crosses, or nearly, gets it once.
      const steps = Math.ceil((2 * Math.hypot((b.x ?? 0) - (a.x ?? 0), (b.y ?? 0) - (a.y ?? 0))) / this.cell);
      let last = NaN;
      for (let i = 0; i <= steps; i++) {
        const t = steps === 0 ? 0 : i / steps;
        const id = this.cellId((a.x ?? 0) + t * ((b.x ?? 0) - (a.x ?? 0)), (a.y ?? 0) + t * ((b.y ?? 0) - (a.y ?? 0)));
        if (id === last) continue;
        last = id;
        const list = this.cells.get(id);
        if (!list) this.cells.set(id, [key]);
        else if (list[list.length - 1] !== key) list.push(key);
      }
    });
  }

  private cellId(x: number, y: number): number {
    return (Math.floor((x - this.left) / this.cell) + 100_000) * 1_000_000 + Math.floor((y - this.top) / this.cell) + 100_000;
  }

  /**
   * The link nearest to a point among those within their reach of it (`reachOf`, in graph
   * units, at most `maxReach`), or null.
   */
  linkNear(point: { x: number; y: number }, maxReach: number, reachOf: (key: string) => number): string | null {
    // A link within maxReach of the point has a filed point within half a cell more.
    const margin = maxReach + this.cell / 2;
    let best: string | null = null;
    let bestDistance = Infinity;
    const seen = new Set<string>();
    for (let x = point.x - margin; x < point.x + margin + this.cell; x += this.cell) {
      for (let y = point.y - margin; y < point.y + margin + this.cell; y += this.cell) {
        for (const key of this.cells.get(this.cellId(Math.min(x, point.x + margin), Math.min(y, point.y + margin))) ?? []) {
          if (seen.has(key)) continue;
          seen.add(key);
          const [a, b] = [this.graph.getSourceAttributes(key), this.graph.getTargetAttributes(key)];
          const distance = distanceToSegment(point.x, point.y, a.x ?? 0, a.y ?? 0, b.x ?? 0, b.y ?? 0);
          if (distance < bestDistance && distance <= reachOf(key)) [best, bestDistance] = [key, distance];
        }
      }
    }
    return best;
  }
}
