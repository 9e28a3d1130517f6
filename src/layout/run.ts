import { createForceLayout } from "./forces";
import { extent, removeOverlaps } from "./overlaps";
import type { LayoutInput, LayoutPhase } from "./types";

const BATCH = 10;
/** Settled: for CALM_BATCHES batches in a row, nodes moved less than this share of the layout's size per iteration. */
const SETTLED_SPEED = 0.0001;
const CALM_BATCHES = 3;

/** An upper bound on iterations, so big graphs settle in seconds. */
export function maxIterations(order: number): number {
  if (order <= 1000) return 2000;
  if (order <= 5000) return 600;
  return 300;
}

export interface LayoutRunOptions {
  onFrame?: (xy: Float32Array, iteration: number, phase: LayoutPhase) => void;
}

/**
 * ForceAtlas2 until the layout settles, then overlap removal. Stopping depends only on the
 * positions, never on time, so the same input gives the same picture in a worker, in Node or
 * on a slow machine.
 */
export function runLayout(input: LayoutInput, options: LayoutRunOptions = {}): { xy: Float32Array; iterations: number } {
  const order = input.keys.length;
  const layout = createForceLayout(input);
  const limit = maxIterations(order);
  let iterations = 0;
  let calm = 0;
  while (order > 1 && iterations < limit && calm < CALM_BATCHES) {
    const speed = layout.step(BATCH);
    iterations += BATCH;
    const xy = layout.positions();
    calm = speed / Math.max(extent(xy), 1e-9) < SETTLED_SPEED ? calm + 1 : 0;
    options.onFrame?.(xy, iterations, "forces");
  }
  const xy = layout.positions();
  removeOverlaps(xy, input.sizes);
  options.onFrame?.(xy, iterations, "overlaps");
  return { xy, iterations };
}
