import type { CoauthorGraph } from "../graph/types";

/**
 * Which link is under the pointer, found by geometry rather than by sigma's picking pass: that
 * pass draws every link a second time on every frame (edge events), which is what made moving
 * a big map slow. Their ends are read once per change of positions (LinkFinder), and a click or
 * a pointer move measures its distance to each: 33,000 links take about a millisecond. Filing
 * them by the cells of a grid they cross made each look cheaper but took 30 to 110 ms to file,
 * a long task at the first pointer move after the layout or, then, after any filter.
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

/**
 * The ends of every link of a graph, drawn or not, read once per change of positions: a filter
 * or a change of looks reads nothing again.
 */
export class LinkFinder {
  private readonly keys: string[] = [];
  /** ax, ay, bx, by per link, in graph coordinates. */
  private readonly ends: Float64Array;

  constructor(graph: CoauthorGraph) {
    this.ends = new Float64Array(graph.size * 4);
    graph.forEachEdge((key, _attributes, _source, _target, a, b) => {
      const at = this.keys.length * 4;
      this.ends[at] = a.x ?? 0;
      this.ends[at + 1] = a.y ?? 0;
      this.ends[at + 2] = b.x ?? 0;
      this.ends[at + 3] = b.y ?? 0;
      this.keys.push(key);
    });
  }

  /**
   * The link nearest to a point among those within their reach of it (`reachOf`, in graph
   * units, at most `maxReach`; null for a link not drawn), or null.
   */
  linkNear(point: { x: number; y: number }, maxReach: number, reachOf: (key: string) => number | null): string | null {
    let best: string | null = null;
    let bestDistance = Infinity;
    const { x, y } = point;
    const ends = this.ends;
    for (let link = 0; link < this.keys.length; link++) {
      const at = link * 4;
      const [ax, ay, bx, by] = [ends[at]!, ends[at + 1]!, ends[at + 2]!, ends[at + 3]!];
      // Most links are far: their box, grown by the reach, does not hold the point.
      if (x < Math.min(ax, bx) - maxReach || x > Math.max(ax, bx) + maxReach || y < Math.min(ay, by) - maxReach || y > Math.max(ay, by) + maxReach) continue;
      const distance = distanceToSegment(x, y, ax, ay, bx, by);
      if (distance > maxReach || distance >= bestDistance) continue;
      const reach = reachOf(this.keys[link]!);
      if (reach === null || distance > reach) continue;
      best = this.keys[link]!;
      bestDistance = distance;
    }
    return best;
  }
}
