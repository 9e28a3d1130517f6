/** A label that could be drawn: the node's centre and radius on screen, and the label's width. */
export interface LabelCandidate {
  key: string;
  x: number;
  y: number;
  size: number;
  width: number;
  /** Hovered or selected: drawn whatever else is there. */
  forced: boolean;
}

export interface LabelBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type LabelSide = "right" | "left";

export interface Viewport {
  width: number;
  height: number;
}

/** Gap between a node's disc and its label, in pixels. */
export const LABEL_GAP = 3;

/** Where a label sits: beside its node on the given side, vertically centred on it, with a small gap. */
export function labelBox(c: LabelCandidate, fontSize: number, side: LabelSide = "right"): LabelBox {
  const top = c.y - fontSize * 0.75;
  const bottom = c.y + fontSize * 0.45;
  if (side === "right") {
    const left = c.x + c.size + LABEL_GAP - 1;
    return { left, top, right: left + c.width + 2, bottom };
  }
  const right = c.x - c.size - LABEL_GAP + 1;
  return { left: right - c.width - 2, top, right, bottom };
}

const CELL = 64;
/** Nodes drawn smaller than this many pixels get a label only when forced, in focus or zoomed into. */
export const MIN_LABELLED_SIZE = 3.5;

/**
 * The boxes of the labels placed so far, filed by the CELL-pixel squares they touch, so that
 * testing a new box looks at its neighbours only: placing n labels is linear in n.
 */
export class Occupancy {
  private readonly grid = new Map<number, LabelBox[]>();

  isFree(box: LabelBox): boolean {
    return !cellsOf(box).some((cell) => this.grid.get(cell)?.some((other) => overlaps(box, other)));
  }

  take(box: LabelBox): void {
    for (const cell of cellsOf(box)) {
      const list = this.grid.get(cell);
      if (list) list.push(box);
      else this.grid.set(cell, [box]);
    }
  }
}

export const isInside = (box: LabelBox, viewport: Viewport) => box.left >= 0 && box.right <= viewport.width && box.top >= 0 && box.bottom <= viewport.height;
const partlyInside = (box: LabelBox, viewport: Viewport) => box.right > 0 && box.left < viewport.width && box.bottom > 0 && box.top < viewport.height;

/**
 * Chooses which labels to draw, and on which side of their node, so that none overlap: forced
 * labels first, then bigger nodes before smaller ones (ties by key, for stable pictures). A
 * label goes right of its node, else left, preferring a side where it is wholly on screen;
 * forced labels always get a side, others only a free one, only when their node is drawn at
 * least `smallest` pixels wide, and only one wholly on screen unless `partlyShown` (zoomed in,
 * where the map is a window onto a bigger picture and discs too are cut by its edges; in the
 * fitted view a name cut to "g Kim" names nobody). Labels already in `taken` are avoided, and
 * the ones placed here are added to it.
 */
export function placeLabels(
  candidates: LabelCandidate[],
  viewport: Viewport,
  fontSize: number,
  taken = new Occupancy(),
  partlyShown = true,
  smallest = MIN_LABELLED_SIZE,
): Map<string, LabelSide> {
  const order = [...candidates].sort((a, b) => Number(b.forced) - Number(a.forced) || b.size - a.size || (a.key < b.key ? -1 : 1));
  const placed = new Map<string, LabelSide>();
  for (const candidate of order) {
    if (!candidate.forced && candidate.size < smallest) continue;
    const boxes = { right: labelBox(candidate, fontSize, "right"), left: labelBox(candidate, fontSize, "left") };
    const sides = (["right", "left"] as const).filter((side) => candidate.forced || taken.isFree(boxes[side]));
    const shown = candidate.forced || partlyShown ? sides.find((s) => partlyInside(boxes[s], viewport)) : undefined;
    const side = sides.find((s) => isInside(boxes[s], viewport)) ?? shown ?? (candidate.forced ? "right" : null);
    if (side === null) continue;
    taken.take(boxes[side]);
    placed.set(candidate.key, side);
  }
  return placed;
}

function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function cellsOf(box: LabelBox): number[] {
  const cells: number[] = [];
  for (let cx = Math.floor(box.left / CELL); cx <= Math.floor(box.right / CELL); cx++) {
    for (let cy = Math.floor(box.top / CELL); cy <= Math.floor(box.bottom / CELL); cy++) {
      // Cells off screen still count (forced labels can sit there); the offsets keep keys positive.
      cells.push((cx + 10_000) * 100_000 + (cy + 10_000));
    }
  }
  return cells;
}
