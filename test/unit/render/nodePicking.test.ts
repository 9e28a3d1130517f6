import { describe, expect, it } from "vitest";
import { discAt, discGrid, type DrawnDisc } from "../../../src/render/nodePicking";

// A and B overlap between x = 1 and x = 2; D sits on B, drawn above it; E is hidden (no disc).
const DISCS: DrawnDisc[] = [
  { key: "A", x: 0, y: 0, radius: 2, zIndex: 0 },
  { key: "B", x: 3, y: 0, radius: 2, zIndex: 0 },
  { key: "C", x: 10, y: 10, radius: 1, zIndex: 0 },
  { key: "D", x: 3.5, y: 0, radius: 1, zIndex: 1 },
  { key: "E", x: 20, y: 20, radius: 0, zIndex: 0 },
];
const grid = discGrid(Float64Array.from(DISCS.flatMap((d) => [d.x, d.y])));
const WIDEST = 2;
const at = (x: number, y: number, unitsPerRadius = 1) => discAt(grid, DISCS, { x, y }, unitsPerRadius, WIDEST);

describe("picking an author by geometry", () => {
  it("takes the disc holding the point, the nearest centre where two overlap", () => {
    expect(at(-1.5, 0)).toBe("A");
    expect(at(1, 0)).toBe("A"); // A at 1, B at 2
    expect(at(2, 0)).toBe("B"); // A at 2, B at 1; D at 1.5 is beyond its radius 1
  });

  it("takes the disc drawn on top over a nearer one below", () => {
    expect(at(3.2, 0)).toBe("D"); // B's centre at 0.2, D's at 0.3 but D is above
    expect(at(2.4, 0)).toBe("B"); // outside D (1.1 from its centre)
  });

  it("finds nothing outside every disc, and never a hidden author", () => {
    expect(at(10, 11.5)).toBeNull(); // 1.5 from C, radius 1
    expect(at(6, 6)).toBeNull();
    expect(at(20, 20)).toBeNull();
  });

  it("scales the radii with the zoom", () => {
    expect(at(10, 11.5, 2)).toBe("C"); // radius 1 is now 2 units
    expect(at(-3, 0, 2)).toBe("A");
  });

  it("finds discs filed in cells other than the point's", () => {
    // 128 cells across 20 units: a cell is 0.156 units, and A's centre is 12 cells from the point.
    expect(at(-1.9, 0)).toBe("A");
    expect(at(0, 1.95)).toBe("A");
  });
});
