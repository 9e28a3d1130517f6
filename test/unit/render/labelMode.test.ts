import { describe, expect, it } from "vitest";
import { labelModeAt } from "../../../src/render/labelMode";

// A 1000 × 800 viewport: 800,000 square pixels; authors are named from 2,500 per author.
const viewport = { width: 1000, height: 800 };

describe("what the labels name", () => {
  it("names authors when each visible author has 2,500 square pixels or more", () => {
    // 800,000 / 320 = 2,500 exactly; 800,000 / 321 = 2,492.
    expect(labelModeAt(1, viewport, 320, 10)).toBe("authors");
    expect(labelModeAt(1, viewport, 321, 10)).toBe("groups");
  });

  it("gives each author ratio² less room as the camera zooms out, and more as it zooms in", () => {
    // Ratio 0.5 shows a quarter of the network: 800,000 / (0.25 × 1,280) = 2,500.
    expect(labelModeAt(0.5, viewport, 1280, 10)).toBe("authors");
    expect(labelModeAt(0.5, viewport, 1281, 10)).toBe("groups");
    // Ratio 2 (zoomed out): 800,000 / (4 × 80) = 2,500.
    expect(labelModeAt(2, viewport, 80, 10)).toBe("authors");
    expect(labelModeAt(2, viewport, 81, 10)).toBe("groups");
  });

  it("names authors at every zoom when there is no group to name", () => {
    expect(labelModeAt(1, viewport, 10_000, 0)).toBe("authors");
    expect(labelModeAt(1, viewport, 0, 0)).toBe("authors");
  });
});
