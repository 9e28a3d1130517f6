import { describe, expect, it } from "vitest";
import { deltaE2000, labOf, linearRgbOf, type Lab } from "../../../src/visual/colorDifference";
import { closestPair, differenceFor, simulate, VISIONS, worstDifference } from "../../../src/visual/colorVision";
import { BACKGROUND_COLOR, DIMMED_NODE_COLOR, EDGE_COLOR, GROUP_PALETTE, OTHER_COMMUNITY_COLOR } from "../../../src/visual/palette";

describe("colour difference", () => {
  it("undoes the sRGB curve: #808080 is 128/255 = 0.50196, ((0.50196 + 0.055) / 1.055)^2.4 = 0.21586 in linear light", () => {
    const [r, g, b] = linearRgbOf("#808080");
    expect(r).toBeCloseTo(0.21586, 5);
    expect(g).toBe(r);
    expect(b).toBe(r);
    expect(linearRgbOf("#ff0000")).toEqual([1, 0, 0]);
  });

  it("puts white at L* 100 and black at 0 on the grey axis, and pure red at (53.24, 80.09, 67.20), the published value", () => {
    const white = labOf(linearRgbOf("#ffffff"));
    expect(white[0]).toBeCloseTo(100, 3);
    expect(white[1]).toBeCloseTo(0, 3);
    expect(white[2]).toBeCloseTo(0, 3);
    expect(labOf([0, 0, 0])).toEqual([0, 0, 0]);
    const red = labOf([1, 0, 0]);
    expect(red[0]).toBeCloseTo(53.2408, 3);
    expect(red[1]).toBeCloseTo(80.0925, 3);
    expect(red[2]).toBeCloseTo(67.2032, 3);
  });

  // Pairs 1, 7, 10, 12, 17, 25 and 34 of Sharma, Wu and Dalal's test data (2005): they cover the
  // hue that wraps past 360°, the mean hue across 0°, a grey, and colours near black.
  const SHARMA: [Lab, Lab, number][] = [
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.49, -0.001], [50, -2.49, 0.0009], 7.1792],
    [[50, -0.001, 2.49], [50, 0.0009, -2.49], 4.8045],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
    [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
  ];

  it("gives the published CIEDE2000 differences, whichever colour comes first", () => {
    for (const [a, b, expected] of SHARMA) {
      expect(deltaE2000(a, b)).toBeCloseTo(expected, 4);
      expect(deltaE2000(b, a)).toBeCloseTo(expected, 4);
    }
    expect(deltaE2000([37, 12, -5], [37, 12, -5])).toBe(0);
  });
});

describe("colour vision", () => {
  it("simulates a dichromacy with Machado's matrix: a primary becomes the matrix's column, clipped to the screen", () => {
    // Deuteranopia, red (1, 0, 0): first column (0.367322, 0.280085, −0.011820 → 0).
    expect(simulate([1, 0, 0], "deuteranopia")).toEqual([0.367322, 0.280085, 0]);
    // Tritanopia, green: second column (−0.076749 → 0, 0.930809, 0.691367).
    expect(simulate([0, 1, 0], "tritanopia")).toEqual([0, 0.930809, 0.691367]);
    // Protanopia, blue: third column (−0.204868 → 0, 0.099216, 1.051998 → 1).
    expect(simulate([0, 0, 1], "protanopia")).toEqual([0, 0.099216, 1]);
    expect(simulate([0.2, 0.4, 0.6], "normal")).toEqual([0.2, 0.4, 0.6]);
  });

  it("keeps greys grey: each matrix row adds up to 1", () => {
    for (const vision of VISIONS) {
      const [r, g, b] = simulate([0.5, 0.5, 0.5], vision);
      expect(r).toBeCloseTo(0.5, 5);
      expect(g).toBeCloseTo(0.5, 5);
      expect(b).toBeCloseTo(0.5, 5);
    }
  });

  it("takes the worst vision: Tableau's red and green, far apart normally, nearly merge under deuteranopia", () => {
    expect(differenceFor("#e15759", "#59a14f", "normal")).toBeGreaterThan(40);
    expect(worstDifference("#e15759", "#59a14f")).toBe(differenceFor("#e15759", "#59a14f", "deuteranopia"));
    expect(worstDifference("#e15759", "#59a14f")).toBeLessThan(1);
    expect(closestPair(["#e15759", "#4e79a7", "#59a14f"])).toMatchObject({ pair: ["#e15759", "#59a14f"], vision: "deuteranopia" });
  });
});

describe("group palette", () => {
  it("keeps every two colours at least 11 apart (CIEDE2000) for normal, deuteranopic, protanopic and tritanopic eyes", () => {
    // Worst pair, as the palette's comment states: purple–indigo under protanopia, 11.19.
    const closest = closestPair(GROUP_PALETTE);
    expect(closest.difference).toBeCloseTo(11.19, 2);
    expect(closest).toMatchObject({ pair: ["#aa3377", "#332288"], vision: "protanopia" });
    expect(new Set(GROUP_PALETTE).size).toBe(GROUP_PALETTE.length);
  });

  it("keeps every colour clear of the background, the links' grey, dimmed nodes and the grey of authors without a group", () => {
    const least = (grey: string) => Math.min(...GROUP_PALETTE.map((color) => worstDifference(color, grey)));
    expect(least(BACKGROUND_COLOR)).toBeGreaterThan(24);
    expect(least(EDGE_COLOR)).toBeGreaterThan(15);
    expect(least(DIMMED_NODE_COLOR)).toBeGreaterThan(19.9);
    expect(least(OTHER_COMMUNITY_COLOR)).toBeGreaterThan(14);
  });
});
