/** A rectangle in pixels of the page. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Where a tooltip of `size` goes beside `point`: `offset` pixels below and right of it, flipped
 * above or left of it on an axis where it would leave `bounds`, and pushed back inside them where
 * neither side has room; a tooltip bigger than the bounds starts at their top or left edge.
 */
export function placeTooltip(point: { x: number; y: number }, size: { width: number; height: number }, bounds: Rect, offset: number): { left: number; top: number } {
  return {
    left: placeOnAxis(point.x, size.width, bounds.left, bounds.right, offset),
    top: placeOnAxis(point.y, size.height, bounds.top, bounds.bottom, offset),
  };
}

function placeOnAxis(at: number, length: number, low: number, high: number, offset: number): number {
  const after = at + offset;
  if (after + length <= high) return Math.max(after, low);
  const before = at - offset - length;
  if (before >= low) return before;
  return Math.max(low, high - length);
}

/** The part of `a` inside `b`; null when they do not meet. */
export function intersection(a: Rect, b: Rect): Rect | null {
  const r = { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
  return r.left < r.right && r.top < r.bottom ? r : null;
}
