import { describe, expect, it } from "vitest";
import { intersection, placeTooltip } from "../../../src/ui/tooltipPlacement";

// A 375 × 356 map under a 52 px toolbar, as on a phone; tooltips of 150 × 60, 14 px from the pointer.
const map = { left: 0, top: 52, right: 375, bottom: 408 };
const size = { width: 150, height: 60 };
const place = (x: number, y: number, s = size, bounds = map) => placeTooltip({ x, y }, s, bounds, 14);

describe("tooltip placement", () => {
  it("goes below and right of the pointer where there is room", () => {
    expect(place(100, 100)).toEqual({ left: 114, top: 114 });
  });

  it("flips left of the pointer near the right edge, and above it near the bottom", () => {
    // 320 + 14 + 150 = 484 > 375: left of it, 320 − 14 − 150 = 156. 380 + 14 + 60 > 408: above, 380 − 14 − 60 = 306.
    expect(place(320, 380)).toEqual({ left: 156, top: 306 });
  });

  it("is pushed inside where neither side has room", () => {
    // On a 200 px wide map, 100 + 14 + 150 > 200 and 100 − 14 − 150 < 0: against the right edge, 200 − 150 = 50.
    expect(place(100, 100, size, { ...map, right: 200 })).toEqual({ left: 50, top: 114 });
  });

  it("starts at the top left edges when it is bigger than the bounds", () => {
    expect(place(100, 100, { width: 400, height: 400 })).toEqual({ left: 0, top: 52 });
  });

  it("never starts before the bounds, even for a pointer outside them", () => {
    expect(place(-50, 10)).toEqual({ left: 0, top: 52 });
  });
});

describe("rectangles", () => {
  it("meet in the part they share, or not at all", () => {
    expect(intersection(map, { left: 300, top: 0, right: 500, bottom: 100 })).toEqual({ left: 300, top: 52, right: 375, bottom: 100 });
    expect(intersection(map, { left: 400, top: 0, right: 500, bottom: 100 })).toBe(null);
  });
});
