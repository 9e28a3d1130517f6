import { describe, expect, it } from "vitest";
import { graphOf, paper } from "../../support/papers";
import { layoutInputFromGraph } from "../../../src/layout/input";
import { maxIterations, runLayout } from "../../../src/layout/run";
import { seedPositions } from "../../../src/layout/seed";


/** Two triangles, a–b–c and d–e–f, joined by the link c–d (which has 2 shared papers). */
function input() {
  const g = graphOf([paper("1", ["A", "B", "C"]), paper("2", ["D", "E", "F"]), paper("3", ["C", "D"]), paper("4", ["C", "D"])]);
  seedPositions(g);
  return layoutInputFromGraph(g, () => 5);
}

describe("layout input", () => {
  it("packs node order, positions, radii, links as index pairs, and weights", () => {
    const { keys, xy, sizes, edges, weights } = input();
    expect(keys).toEqual(["a", "b", "c", "d", "e", "f"]);
    expect(xy).toHaveLength(12);
    expect([...sizes]).toEqual([5, 5, 5, 5, 5, 5]);
    expect([...edges]).toEqual([0, 1, 0, 2, 1, 2, 3, 4, 3, 5, 4, 5, 2, 3]);
    expect([...weights]).toEqual([1, 1, 1, 1, 1, 1, 2]);
  });
});

describe("layout run", () => {
  it("gives identical positions for the same input", () => {
    const first = runLayout(input());
    const second = runLayout(input());
    expect(second.iterations).toBe(first.iterations);
    expect(second.xy).toEqual(first.xy);
  });

  it("settles a small graph before the iteration cap, in whole batches of 10", () => {
    const { iterations } = runLayout(input());
    expect(iterations).toBeGreaterThan(0);
    expect(iterations).toBeLessThan(maxIterations(6));
    expect(iterations % 10).toBe(0);
  });

  it("places co-authors in a triangle closer together than authors in different triangles", () => {
    const { xy } = runLayout(input());
    const d = (i: number, j: number) => Math.hypot(xy[2 * i]! - xy[2 * j]!, xy[2 * i + 1]! - xy[2 * j + 1]!);
    const mean = (pairs: [number, number][]) => pairs.reduce((sum, [i, j]) => sum + d(i, j), 0) / pairs.length;
    const within = mean([[0, 1], [0, 2], [1, 2], [3, 4], [3, 5], [4, 5]]);
    const between = mean([0, 1, 2].flatMap((i) => [3, 4, 5].map((j) => [i, j] as [number, number])));
    expect(within).toBeLessThan(between);
  });

  it("reports each batch of forces and then the overlap pass, ending with the returned positions", () => {
    const frames: [number, string][] = [];
    let last: Float32Array | null = null;
    const { xy, iterations } = runLayout(input(), {
      onFrame: (frame, iteration, phase) => {
        frames.push([iteration, phase]);
        last = frame;
      },
    });
    expect(frames).toEqual([...Array.from({ length: iterations / 10 }, (_, k) => [10 * (k + 1), "forces"]), [iterations, "overlaps"]]);
    expect(last).toBe(xy);
  });

  it("does not move a lone author", () => {
    const { xy, iterations } = runLayout({ keys: ["a"], xy: new Float32Array([3, 4]), sizes: new Float32Array([5]), edges: new Uint32Array(0), weights: new Float32Array(0) });
    expect(iterations).toBe(0);
    expect([...xy]).toEqual([3, 4]);
  });
});
