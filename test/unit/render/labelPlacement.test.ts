import { describe, expect, it } from "vitest";
import { labelBox, Occupancy, placeLabels, type LabelCandidate } from "../../../src/render/labelPlacement";

// fontSize 20 puts every box from y - 15 to y + 9; a right label spans [x + size + 2, x + size + 4 + width],
// a left one [x - size - 4 - width, x - size - 2].
const FONT = 20;
const screen = { width: 800, height: 600 };
const node = (key: string, x: number, size: number, width = 50, forced = false, y = 100): LabelCandidate => ({ key, x, y, size, width, forced });
const place = (...candidates: LabelCandidate[]) => placeLabels(candidates, screen, FONT);

describe("label boxes", () => {
  it("sit beside the node, past its disc and a gap, vertically around its centre", () => {
    const c = node("a", 100, 5, 40, false, 50);
    expect(labelBox(c, FONT)).toEqual({ left: 107, top: 35, right: 149, bottom: 59 });
    expect(labelBox(c, FONT, "left")).toEqual({ left: 51, top: 35, right: 93, bottom: 59 });
  });
});

describe("label placement", () => {
  it("puts a lone label right of its node", () => {
    expect(place(node("a", 100, 10))).toEqual(new Map([["a", "right"]]));
  });

  it("puts a label left of its node when the right is taken", () => {
    // a's label: [112, 164]. b's right [116, 148] overlaps it; b's left [72, 104] is free.
    expect(place(node("a", 100, 10), node("b", 110, 4, 30))).toEqual(new Map([["a", "right"], ["b", "left"]]));
  });

  it("treats boxes that only touch as free", () => {
    // b's left label [80, 112] ends where a's [112, 164] starts.
    expect(place(node("a", 100, 10), node("b", 118, 4, 30))).toEqual(new Map([["a", "right"], ["b", "left"]]));
  });

  it("leaves a label out when both sides are taken", () => {
    // a: [112, 164], c: [192, 244]; b's right [176, 208] hits c's, its left [132, 164] hits a's.
    expect(place(node("b", 170, 4, 30), node("a", 100, 10), node("c", 180, 10))).toEqual(new Map([["a", "right"], ["c", "right"]]));
  });

  it("labels nodes far apart vertically even at the same x", () => {
    // Boxes [85, 109] and [110, 134] do not meet.
    expect(place(node("a", 100, 10), node("b", 100, 10, 50, false, 125))).toEqual(new Map([["a", "right"], ["b", "right"]]));
  });

  it("always places forced labels on the right, even overlapping each other or off screen", () => {
    expect(place(node("a", 100, 10, 50, true), node("b", 100, 5, 50, true), node("c", -500, 5, 50, true, -500))).toEqual(
      new Map([["a", "right"], ["b", "right"], ["c", "right"]]),
    );
  });

  it("places forced labels before bigger unforced ones", () => {
    // small's forced label [104, 156] pushes big's from [122, 174] to the left, [26, 78].
    expect(place(node("big", 100, 20), node("small", 100, 2, 50, true))).toEqual(new Map([["small", "right"], ["big", "left"]]));
  });

  it("gives bigger nodes the first choice of side", () => {
    // b (size 10) takes [112, 164]; a's right [107, 159] overlaps, so a goes left, [41, 93].
    expect(place(node("a", 100, 5), node("b", 100, 10))).toEqual(new Map([["b", "right"], ["a", "left"]]));
  });

  it("breaks ties in size by key, whatever the input order", () => {
    const expected = new Map([["a", "right"], ["b", "left"]]);
    expect(place(node("b", 100, 10), node("a", 100, 10))).toEqual(expected);
    expect(place(node("a", 100, 10), node("b", 100, 10))).toEqual(expected);
  });

  it("skips unforced labels whose boxes are off screen on both sides", () => {
    // Right [-93, -61], left [-139, -107]; below: boxes from y 685.
    expect(place(node("west", -100, 5, 30), node("south", 400, 5, 30, false, 700))).toEqual(new Map());
  });

  it("keeps labels partly on screen, and moves one that would leave on the right to the left", () => {
    // a's right box [-13, 19] is partly visible; b's right box starts at 817 ≥ 800, its left [771, 803] is visible.
    expect(place(node("a", -20, 5, 30), node("b", 810, 5, 30))).toEqual(new Map([["a", "right"], ["b", "left"]]));
  });

  it("leaves out the labels that would be cut by the edges when only whole ones are shown, but not a forced one", () => {
    // As above: a's right box [-13, 19], b's left [771, 803]; c, forced, has a's place lower down.
    const candidates = [node("a", -20, 5, 30), node("b", 810, 5, 30), node("c", -20, 5, 30, true, 300)];
    expect(placeLabels(candidates, screen, FONT, undefined, false)).toEqual(new Map([["c", "right"]]));
  });

  it("labels nodes drawn smaller than 3.5 pixels only when forced", () => {
    expect(place(node("small", 100, 3), node("forced", 400, 3, 50, true), node("big", 600, 3.5))).toEqual(
      new Map([
        ["forced", "right"],
        ["big", "right"],
      ]),
    );
  });

  it("prefers the side where the label is wholly on screen, for forced labels too", () => {
    // Right box [762, 814] runs past the 800-pixel edge; left box [686, 738] fits.
    expect(place(node("edge", 750, 10))).toEqual(new Map([["edge", "left"]]));
    expect(place(node("edge", 750, 10, 50, true))).toEqual(new Map([["edge", "left"]]));
  });
});

describe("placing labels around ones already taken", () => {
  it("avoids the boxes it is given and adds its own to them", () => {
    // A box taken over x [100, 200], y [80, 110] meets a's right label [112, 164] (y [85, 109]): a goes left, [36, 88].
    const taken = new Occupancy();
    taken.take({ left: 100, top: 80, right: 200, bottom: 110 });
    expect(placeLabels([node("a", 100, 10)], screen, FONT, taken)).toEqual(new Map([["a", "left"]]));
    // Placed later through the same occupancy, b's right box [76, 108] meets a's and the taken box,
    // its left box [32, 64] meets a's: b gets no label.
    expect(placeLabels([node("b", 70, 4, 30)], screen, FONT, taken)).toEqual(new Map());
    expect(taken.isFree({ left: 0, top: 0, right: 30, bottom: 30 })).toBe(true);
  });
});
