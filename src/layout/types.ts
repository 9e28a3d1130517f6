/**
 * What the layout works on: plain typed arrays, so it can cross to a worker cheaply and run
 * the same way in Node. Node i has position (xy[2i], xy[2i+1]) and radius sizes[i] in pixels.
 */
export interface LayoutInput {
  keys: string[];
  xy: Float32Array;
  sizes: Float32Array;
  /** Pairs of node indices. */
  edges: Uint32Array;
  /** Shared papers per edge: pulls co-authors with more joint work closer. */
  weights: Float32Array;
}

export type LayoutPhase = "forces" | "overlaps";

/** Messages from the layout worker. */
export type LayoutMessage =
  | { type: "frame"; xy: Float32Array; iteration: number; phase: LayoutPhase }
  | { type: "settled"; xy: Float32Array; iterations: number }
  | { type: "error"; message: string };
