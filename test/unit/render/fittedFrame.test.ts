import { describe, expect, it } from "vitest";
import { coveredInsets, fittedFrame, type FramedAuthor, type GraphBox } from "../../../src/render/fittedFrame";
import { labelBox } from "../../../src/render/labelPlacement";

// Font size 20: a label reaches 15 px above its node's centre and 9 below; beside it, a label w wide
// takes radius + 3 (the gap) + 1 + w pixels from the centre (labelBox).
const FONT = 20;
const none = { top: 0, right: 0, bottom: 0, left: 0 };
const author = (x: number, y: number, radius: number, labelWidth = 0): FramedAuthor => ({ x, y, radius, labelWidth });

/** Where the map draws a graph point when sigma fits the box edge to edge: the graph's y points up, the map's down. */
const pixel = (box: GraphBox, viewport: { width: number; height: number }, a: { x: number; y: number }) => ({
  x: ((a.x - box.x[0]) / (box.x[1] - box.x[0])) * viewport.width,
  y: ((box.y[1] - a.y) / (box.y[1] - box.y[0])) * viewport.height,
});

describe("the fitted frame", () => {
  it("fits the discs between the insets when nobody is labelled, centred on the other axis", () => {
    // 100 units + two radii of 10 across 300 − 2 · 10 px: 2.6 px a unit, the discs from 10 to 290.
    const viewport = { width: 300, height: 200 };
    const box = fittedFrame([author(0, 0, 10), author(100, 0, 10)], viewport, { top: 10, right: 10, bottom: 10, left: 10 }, FONT);
    expect(box.x[0]).toBeCloseTo(-20 / 2.6, 9);
    expect(box.x[1]).toBeCloseTo(100 + 20 / 2.6, 9);
    expect(box.y[1] - box.y[0]).toBeCloseTo(200 / 2.6, 9); // the map's proportions
    expect(pixel(box, viewport, { x: 0, y: 0 }).y).toBeCloseTo(100, 9);
  });

  it("gives the outermost authors room for their labels outside, so that they touch the edges", () => {
    // Left of the middle, a's label (50 px) goes left: 5 + 3 + 1 + 50 = 59 px; b's (30 px) right: 39 px.
    // 100 units in 1,000 − 59 − 39 = 902 px (0.91 of the 9.9 px a unit of the discs alone): a at 59, b at 961.
    const viewport = { width: 1000, height: 300 };
    const a = author(0, 0, 5, 50);
    const b = author(100, 0, 5, 30);
    const box = fittedFrame([a, b], viewport, none, FONT);
    const [pa, pb] = [pixel(box, viewport, a), pixel(box, viewport, b)];
    expect(pa.x).toBeCloseTo(59, 9);
    expect(pb.x).toBeCloseTo(961, 9);
    expect(labelBox({ key: "a", ...pa, size: 5, width: 50, forced: false }, FONT, "left").left).toBeCloseTo(0, 9);
    expect(labelBox({ key: "b", ...pb, size: 5, width: 30, forced: false }, FONT, "right").right).toBeCloseTo(1000, 9);
  });

  it("lets a long label near the middle decide the scale", () => {
    // b, right of the middle (50), has a 412 px label: 60k + 416 + 14 = 1,000 gives k = 9.5, where c's
    // label ends at 100k + 14 = 964 < 986. From k = 10, one step of Newton's: 10 − 30 / 60.
    const viewport = { width: 1000, height: 400 };
    const authors = [author(0, 0, 0, 10), author(60, 0, 0, 412), author(100, 0, 0, 10)];
    const box = fittedFrame(authors, viewport, none, FONT);
    expect(box.x[1] - box.x[0]).toBeCloseTo(1000 / 9.5, 9);
    expect(pixel(box, viewport, authors[1]!).x).toBeCloseTo(14 + 60 * 9.5, 9);
  });

  it("keeps clear of a band at the top, fitting down the map when that is tighter", () => {
    // 100 units + two radii of 5 in 300 − 50 px: 2.4 px a unit; the upper disc's top at 50, the lower's bottom at 300.
    const viewport = { width: 200, height: 300 };
    const box = fittedFrame([author(0, 100, 5), author(0, 0, 5)], viewport, { ...none, top: 50 }, FONT);
    expect(pixel(box, viewport, { x: 0, y: 100 }).y).toBeCloseTo(55, 9);
    expect(pixel(box, viewport, { x: 0, y: 0 }).y).toBeCloseTo(295, 9);
    expect(pixel(box, viewport, { x: 0, y: 0 }).x).toBeCloseTo(100, 9);
  });

  it("counts a label's height above and below its node", () => {
    // Labelled, a node of radius 5 reaches 15 px up and 9 down: 100 units in 300 − 24 px, 2.76 px a unit.
    const viewport = { width: 1000, height: 300 };
    const box = fittedFrame([author(0, 100, 5, 40), author(0, 0, 5, 40)], viewport, none, FONT);
    expect(pixel(box, viewport, { x: 0, y: 100 }).y).toBeCloseTo(15, 9);
    expect(pixel(box, viewport, { x: 0, y: 0 }).y).toBeCloseTo(291, 9);
  });

  it("never shrinks the network below 0.9 of its size with discs alone, centring what overflows", () => {
    // Discs alone: 100 units in 400 − 10 px, 3.9 px a unit; 100 px labels outside would leave 1.82. At 3.51,
    // discs and labels take 351 + 2 · 109 = 569 px: a at (400 − 569) / 2 + 109 = 24.5, b at 375.5.
    const viewport = { width: 400, height: 400 };
    const box = fittedFrame([author(0, 0, 5, 100), author(100, 0, 5, 100)], viewport, none, FONT);
    expect(box.x[1] - box.x[0]).toBeCloseTo(400 / 3.51, 9);
    expect(pixel(box, viewport, { x: 0, y: 0 }).x).toBeCloseTo(24.5, 9);
    expect(pixel(box, viewport, { x: 100, y: 0 }).x).toBeCloseTo(375.5, 9);
  });

  it("centres a lone author with her label", () => {
    // At 1 px a unit: her disc and label, 5 + 5 + 4 + 40 = 54 px, from 23 to 77, her centre at 28; from 13 to 37 down.
    expect(fittedFrame([author(3, 4, 5, 40)], { width: 100, height: 50 }, none, FONT)).toEqual({ x: [3 - 28, 3 + 72], y: [4 - 22, 4 + 28] });
  });
});

describe("the insets of what covers the map", () => {
  const map = { left: 0, top: 52, right: 375, bottom: 408 };
  it("take a band under a cover in the map's upper half, over one in its lower half, and a margin everywhere", () => {
    // The status line from 60 to 83 on the page: 83 − 52 + 8 = 39 px at the top.
    expect(coveredInsets(map, [{ left: 12, top: 60, right: 345, bottom: 83 }], 8)).toEqual({ top: 39, right: 8, bottom: 8, left: 8 });
    expect(coveredInsets(map, [{ left: 12, top: 377, right: 345, bottom: 400 }], 8)).toEqual({ top: 8, right: 8, bottom: 39, left: 8 });
  });

  it("ignore what lies outside the map", () => {
    expect(coveredInsets(map, [{ left: 12, top: 420, right: 345, bottom: 443 }], 8)).toEqual({ top: 8, right: 8, bottom: 8, left: 8 });
  });
});
