import { describe, expect, it } from "vitest";
import { colorScale, legendFor, NO_VALUE_COLOR, sampleValues, sizeScale } from "../../../src/visual/scales";

// Viridis (256 steps) at the points these tests need, dark end first:
// 0 #440154, 0.1667 #443983, 0.3333 #31688e, 0.375 #2c728e, 0.5833 #20a486, 0.75 #5ec962.

describe("size scale", () => {
  it("grows disc areas with counts: square root from the smallest value to the largest, onto 5–22 px", () => {
    // r = 5 + 17 · (√v − 1) / (√9 − 1): 4 gives 5 + 17 · 1/2 = 13.5.
    const size = sizeScale("papers", [1, 4, 9, null], 10);
    expect([size(1), size(4), size(9)]).toEqual([5, 13.5, 22]);
    expect(size(null)).toBe(5);
    expect({ extent: size.extent, missing: size.missing }).toEqual({ extent: [1, 9], missing: true });
  });

  it("shrinks the range for big networks, as the drawing does", () => {
    // 1,200 authors: factor √(300/1200) = 0.5, range 2.5–11; 4 gives 2.5 + 8.5 · 1/2 = 6.75.
    expect(sizeScale("papers", [1, 4, 9], 1200)(4)).toBe(6.75);
  });

  it("spreads years linearly", () => {
    // 2012 is a fifth of the way from 2010 to 2020: 5 + 17 · 0.2 = 8.4.
    const size = sizeScale("firstYear", [2010, 2020, null], 10);
    expect(size(2012)).toBeCloseTo(8.4, 12);
    expect(size(2015)).toBeCloseTo(13.5, 12);
  });

  it("draws everyone smallest when all have the same value or none has one", () => {
    expect(sizeScale("betweenness", [0, 0, 0], 10)(0)).toBe(5);
    const none = sizeScale("betweenness", [null, null], 10);
    expect([none(null), none.extent, none.missing]).toEqual([5, null, true]);
  });
});

describe("colour scale", () => {
  it("colours counts with viridis on a square root, darkest for the most, grey for no value", () => {
    // t = (√v − 1) / 2 onto viridis 0.75 · (1 − t): 1 → 0.75, 4 → 0.375, 9 → 0.
    const color = colorScale("papers", [1, 4, 9, null]);
    expect([color(1), color(4), color(9), color(null)]).toEqual(["#5ec962", "#2c728e", "#440154", NO_VALUE_COLOR]);
  });

  it("colours years linearly", () => {
    // 2017 of 2015–2024: t = 2/9, viridis 0.75 · 7/9 = 0.5833.
    expect(colorScale("lastYear", [2015, 2024])(2017)).toBe("#20a486");
  });
});

describe("legend", () => {
  it("shows three sizes: the smallest, the middle disc and the largest, at nice values", () => {
    // Middle radius ↔ ((√1 + √47) / 2)² = 15.43, rounded to 15: r = 5 + 17 · (√15 − 1)/(√47 − 1) = 13.34078.
    const legend = legendFor(sizeScale("papers", [1, 2, 47], 10));
    if (legend.role !== "size") throw new Error("a size legend");
    expect(legend.title).toBe("Size: number of papers");
    expect(legend.samples.map((s) => [s.value, s.label])).toEqual([[1, "1"], [15, "15"], [47, "47"]]);
    expect(legend.samples.map((s) => s.radius)).toEqual([5, expect.closeTo(13.34078, 5), 22]);
    expect(legend.noValue).toBeNull();
  });

  it("shows the true largest and smallest, rounding only the values between", () => {
    // ((√3 + √1234) / 2)² = 339.67 → 340; the ends stay 3 and 1,234.
    const legend = legendFor(sizeScale("coauthors", [3, 1234], 10));
    expect(legend.role === "size" && legend.samples.map((s) => s.label)).toEqual(["3", "340", "1,234"]);
    // A top author with 124 papers: ((1 + √124) / 2)² = 36.82 → 37, and 124, not 120, at the top.
    const top = legendFor(sizeScale("papers", [1, 5, 124], 50_000));
    expect(top.role === "size" && top.samples.map((s) => [s.value, s.label])).toEqual([[1, "1"], [37, "37"], [124, "124"]]);
  });

  it("rounds amounts between the ends to two significant digits", () => {
    // ((0 + √0.0834) / 2)² = 0.02085 → 0.021, at 5 + 17 · √(0.021 / 0.0834) = 13.530522 px; 0.0834 stays.
    const legend = legendFor(sizeScale("betweenness", [0, 0.0834], 10));
    if (legend.role !== "size") throw new Error("a size legend");
    expect(legend.samples.map((s) => s.label)).toEqual(["0", "0.021", "0.0834"]);
    expect(legend.samples[1]!.radius).toBeCloseTo(13.530522, 5);
    expect(legend.samples[2]!.radius).toBe(22);
  });

  it("lists colour stops from the first value to the last, and an entry for authors without a value", () => {
    // 2015–2024 in quarters: 2015, 2017.25, 2019.5, 2021.75, 2024 → 2015, 2017, 2020, 2022, 2024.
    // Colours at t = (year − 2015)/9 onto viridis 0.75 · (1 − t): 0.75, 0.5833, 0.3333, 0.1667, 0.
    const legend = legendFor(colorScale("firstYear", [2015, 2024, null]));
    expect(legend).toEqual({
      role: "color",
      title: "Colour: year of the first paper",
      stops: [
        { value: 2015, label: "2015", color: "#5ec962" },
        { value: 2017, label: "2017", color: "#20a486" },
        { value: 2020, label: "2020", color: "#31688e" },
        { value: 2022, label: "2022", color: "#443983" },
        { value: 2024, label: "2024", color: "#440154" },
      ],
      noValue: { label: "no value", color: NO_VALUE_COLOR },
    });
  });

  it("shows one entry when everyone has the same value, none when nobody has one", () => {
    const same = legendFor(colorScale("papers", [2, 2]));
    expect(same.role === "color" && same.stops.map((s) => s.label)).toEqual(["2"]);
    const none = legendFor(sizeScale("betweenness", [null], 10));
    expect(none.role === "size" && [none.samples, none.noValue]).toEqual([[], { label: "no value", radius: 5 }]);
  });
});

describe("legend values", () => {
  it("keeps each rounded value once, in order", () => {
    // Counts 1–3 in five steps of √: 1, 1.40, 1.87, 2.40, 3 → 1, 1, 2, 2, 3.
    expect(sampleValues("count", [1, 3], 5)).toEqual([1, 2, 3]);
  });

  it("keeps the ends as they are, however they would round", () => {
    expect(sampleValues("amount", [0.0137, 0.2961], 2)).toEqual([0.0137, 0.2961]);
    expect(sampleValues("count", [3, 1234], 2)).toEqual([3, 1234]);
  });

  it("rounds a middle value to the nearest nice one", () => {
    // ((√0.4225 + √2.89) / 2)² = ((0.65 + 1.7) / 2)² = 1.380625 → 1.4; years: 2002.5 → 2003.
    expect(sampleValues("amount", [0.4225, 2.89], 3)).toEqual([0.4225, 1.4, 2.89]);
    expect(sampleValues("year", [2001, 2004], 3)).toEqual([2001, 2003, 2004]);
  });

  it("falls back to the exact value when rounding would leave the extent", () => {
    // 0.0121 rounds up to 0.013, past 0.0125; the middle, 0.0123, rounds to 0.012, below 0.0121.
    expect(sampleValues("amount", [0.0121, 0.0125], 3)).toEqual([0.0121, expect.closeTo(0.0122992, 6), 0.0125]);
  });
});
