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
/** Nodes drawn smaller than this many pixels get a label only when forced or zoomed into. */
export const MIN_LABELLED_SIZE = 3.5;

/**
 * Chooses which labels to draw, and on which side of their node, so that none overlap: forced
 * labels first, then bigger nodes before smaller ones (ties by key, for stable pictures). A
 * label goes right of its node, else left, preferring a side where it is wholly on screen;
 * forced labels always get a side, others only a free one. Greedy over a grid of CELL-pixel
 * squares, so linear in the candidates.
 */
export function placeLabels(candidates: LabelCandidate[], viewport: { width: number; height: number }, fontSize: number): Map<string, LabelSide> {
  const order = [...candidates].sort((a, b) => Number(b.forced) - Number(a.forced) || b.size - a.size || (a.key < b.key ? -1 : 1));
  const grid = new Map<number, LabelBox[]>();
  const placed = new Map<string, LabelSide>();
  const isFree = (box: LabelBox) => !cellsOf(box).some((cell) => grid.get(cell)?.some((other) => overlaps(box, other)));
  const inside = (box: LabelBox) => box.left >= 0 && box.right <= viewport.width && box.top >= 0 && box.bottom <= viewport.height;
  const partlyInside = (box: LabelBox) => box.right > 0 && box.left < viewport.width && box.bottom > 0 && box.top < viewport.height;
  for (const candidate of order) {
    if (!candidate.forced && candidate.size < MIN_LABELLED_SIZE) continue;
    const boxes = { right: labelBox(candidate, fontSize, "right"), left: labelBox(candidate, fontSize, "left") };
    const sides = (["right", "left"] as const).filter((side) => candidate.forced || isFree(boxes[side]));
    const side = sides.find((s) => inside(boxes[s])) ?? sides.find((s) => partlyInside(boxes[s])) ?? (candidate.forced ? "right" : null);
    if (side === null) continue;
    const box = boxes[side];
    for (const cell of cellsOf(box)) {
      const list = grid.get(cell);
      if (list) list.push(box);
      else grid.set(cell, [box]);
    }
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
