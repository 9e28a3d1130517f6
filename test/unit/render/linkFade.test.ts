import { describe, expect, it } from "vitest";
import { linkKey } from "../../../src/graph/keys";
import { fadedLinkColors, linkAlpha, linkFadeContext, LINK_ALPHA_RANGE } from "../../../src/render/linkFade";
import { graphOf, paper } from "../../support/papers";

// Opacities run from 0.08 to 0.85: alpha = 0.08 + 0.77 × byLength × byWeight, where byLength is
// min(1, typical / length) and byWeight = 0.35 + 0.65 × √min(1, weight / heavy).
const context = { typicalLength: 10, heavyWeight: 4 };

describe("link opacity", () => {
  it("is strongest for a heavy link no longer than the typical one", () => {
    expect(linkAlpha(5, 4, context)).toBeCloseTo(0.85, 10);
    expect(linkAlpha(10, 9, context)).toBeCloseTo(LINK_ALPHA_RANGE[1], 10);
  });

  it("fades in proportion to length beyond the typical length", () => {
    // byLength 10 / 20 = 0.5: 0.08 + 0.77 × 0.5 = 0.465.
    expect(linkAlpha(20, 4, context)).toBeCloseTo(0.465, 10);
  });

  it("fades with lightness, a light link keeping a third of a heavy one's strength", () => {
    // byWeight 0.35 + 0.65 × √(1/4) = 0.675: 0.08 + 0.77 × 0.675 = 0.59975.
    expect(linkAlpha(10, 1, context)).toBeCloseTo(0.59975, 10);
    // Both: 0.25 × 0.675 = 0.16875: 0.08 + 0.77 × 0.16875 = 0.2099375.
    expect(linkAlpha(40, 1, context)).toBeCloseTo(0.2099375, 10);
  });

  it("never goes below the faintest opacity", () => {
    expect(linkAlpha(1e9, 0, context)).toBeGreaterThanOrEqual(LINK_ALPHA_RANGE[0]);
    expect(linkAlpha(1e9, 0, context)).toBeCloseTo(0.08 + 0.77 * 1e-8 * 0.35, 10);
  });
});

describe("link fade context", () => {
  it("takes the median length and the 90th percentile weight, at least 1", () => {
    // Lengths sorted [1, 2, 3, 4]: half lie below 3. Weights: nine 1s and a 5, the tenth value of ten is 5.
    expect(linkFadeContext(Float64Array.of(4, 1, 3, 2), Float64Array.of(1, 1, 1, 5, 1, 1, 1, 1, 1, 1))).toEqual({ typicalLength: 3, heavyWeight: 5 });
    // Fractional counting: weights below 1 count 1 as heavy.
    expect(linkFadeContext(Float64Array.of(2), Float64Array.of(0.5, 0.25)).heavyWeight).toBe(1);
  });
});

describe("faded link colours", () => {
  it("gives each link the base colour at its opacity over the background, in 32 steps, opaque", () => {
    // Ann–Bo share two papers, Bo–Cy one, Ann–Cy one.
    const graph = graphOf([paper("p1", ["Ann Lee", "Bo Chen"]), paper("p2", ["Ann Lee", "Bo Chen"]), paper("p3", ["Bo Chen", "Cy Park"]), paper("p4", ["Ann Lee", "Cy Park"])]);
    const [ann, bo, cy] = ["ann lee", "bo chen", "cy park"];
    graph.mergeNodeAttributes(ann, { x: 0, y: 0 });
    graph.mergeNodeAttributes(bo, { x: 3, y: 4 });
    graph.mergeNodeAttributes(cy, { x: 0, y: 10 });
    const links = new Map(graph.mapEdges((key, a) => [key, a.weight] as const));
    // Lengths: Ann–Bo 5, Bo–Cy √45 ≈ 6.708, Ann–Cy 10; typical √45 (half of three lie below it).
    // Weights [1, 1, 2]: heavy 2.
    // Black over white: each channel is 255 × (1 − opacity).
    // Ann–Bo: 1 × 1 → 0.85 → round(27.2) = 27 steps of 32: 255 × 5/32 = 39.8 → 40 = 0x28.
    // Bo–Cy: 1 × (0.35 + 0.65 × √½ = 0.80962) → 0.70341 → round(22.51) = 23: 255 × 9/32 = 71.7 → 72 = 0x48.
    // Ann–Cy: (6.708 / 10 = 0.67082) × 0.80962 → 0.49818 → round(15.94) = 16: 127.5 → 128 = 0x80.
    expect(fadedLinkColors(graph, links, "#000000", "#ffffff")).toEqual(
      new Map([
        [linkKey(ann, bo), "#282828"],
        [linkKey(bo, cy), "#484848"],
        [linkKey(ann, cy), "#808080"],
      ]),
    );
  });

  it("colours only the links given, e.g. the visible ones", () => {
    const graph = graphOf([paper("p1", ["Ann Lee", "Bo Chen"]), paper("p2", ["Bo Chen", "Cy Park"])]);
    graph.forEachNode((key, _a) => graph.mergeNodeAttributes(key, { x: key.length, y: 0 }));
    const visible = new Map([[linkKey("ann lee", "bo chen"), 1]]);
    expect([...fadedLinkColors(graph, visible, "#000000", "#ffffff").keys()]).toEqual([linkKey("ann lee", "bo chen")]);
  });
});
