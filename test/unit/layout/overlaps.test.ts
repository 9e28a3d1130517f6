import { describe, expect, it } from "vitest";
import { extent, removeOverlaps } from "../../../src/layout/overlaps";

const MARGIN = 2;

/** Pairs whose discs, with the margin, overlap. Positions are taken as pixels: the cases below span exactly 800, so the frame's scale is 1. */
function overlapping(xy: Float32Array, sizes: Float32Array): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < sizes.length; i++) {
    for (let j = i + 1; j < sizes.length; j++) {
      const d = Math.hypot(xy[2 * j]! - xy[2 * i]!, xy[2 * j + 1]! - xy[2 * i + 1]!);
      // 1e-4 px allows for rounding to 32-bit floats.
      if (d < sizes[i]! + sizes[j]! + MARGIN - 1e-4) pairs.push([i, j]);
    }
  }
  return pairs;
}

describe("overlap removal", () => {
  it("parts three nodes on the same spot", () => {
    const xy = new Float32Array([0, 0, 0, 0, 0, 0, 800, 0]);
    const sizes = new Float32Array([5, 5, 5, 5]);
    expect(overlapping(xy, sizes)).toEqual([[0, 1], [0, 2], [1, 2]]);
    const passes = removeOverlaps(xy, sizes);
    expect(passes).toBeGreaterThan(0);
    expect(passes).toBeLessThan(100);
    expect(overlapping(xy, sizes)).toEqual([]);
    expect([xy[6], xy[7]]).toEqual([800, 0]);
  });

  it("pushes two touching discs apart symmetrically, to the margin, in one pass", () => {
    // Need 5 + 5 + 2 = 12 apart; they are 10 apart, so each moves 1 away from the other.
    const xy = new Float32Array([0, 0, 10, 0, 800, 0]);
    expect(removeOverlaps(xy, new Float32Array([5, 5, 5]))).toBe(1);
    expect([...xy]).toEqual([-1, 0, 11, 0, 800, 0]);
  });

  it("leaves nodes already apart where they are, with no pass", () => {
    const xy = new Float32Array([0, 0, 12, 0, 800, 0]);
    expect(removeOverlaps(xy, new Float32Array([5, 5, 5]))).toBe(0);
    expect([...xy]).toEqual([0, 0, 12, 0, 800, 0]);
  });

  it("does nothing for fewer than two nodes", () => {
    const xy = new Float32Array([3, 4]);
    expect(removeOverlaps(xy, new Float32Array([5]))).toBe(0);
    expect([...xy]).toEqual([3, 4]);
  });

  it("gives the same result every time", () => {
    const input = [0, 0, 0, 0, 0, 0, 3, 4, 5, 0, 800, 0];
    const sizes = new Float32Array([5, 8, 3, 6, 5, 5]);
    const a = new Float32Array(input);
    const b = new Float32Array(input);
    removeOverlaps(a, sizes);
    removeOverlaps(b, sizes);
    expect(overlapping(a, sizes)).toEqual([]);
    expect(b).toEqual(a);
  });

  it("measures the extent as the larger side of the bounding box", () => {
    expect(extent(new Float32Array([0, 0, 3, -10, 5, 2]))).toBe(12);
    expect(extent(new Float32Array([]))).toBe(0);
  });

  it("parts nodes that all sit on one spot away from the origin", () => {
    const xy = new Float32Array([5, 5, 5, 5]);
    const sizes = new Float32Array([5, 5]);
    removeOverlaps(xy, sizes);
    expect(overlapping(xy, sizes)).toEqual([]);
  });
});
