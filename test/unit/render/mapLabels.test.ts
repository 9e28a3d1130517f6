import { describe, expect, it } from "vitest";
import type { GroupLabelCandidate } from "../../../src/render/groupLabels";
import type { LabelCandidate } from "../../../src/render/labelPlacement";
import { placeMapLabels } from "../../../src/render/mapLabels";

// Both fonts 20: an author's right label spans [x + size + 2, x + size + 4 + width] and rows [y - 15, y + 9], a left one
// [x - size - 4 - width, x - size - 2]; a group's spans x ± (width / 2 + 4) and rows [y - 19, y + 13].
const FONTS = { author: 20, group: 20 };
const screen = { width: 800, height: 600 };
const author = (key: string, x: number, y: number, size: number, forced = false): LabelCandidate => ({ key, x, y, size, width: 50, forced });
// Its box: [146, 254] × [81, 113].
const group: GroupLabelCandidate = { key: "centre", x: 200, y: 100, size: 40, width: 100 };
const place = (focus: LabelCandidate[], rest: LabelCandidate[]) => placeMapLabels({ focus, groups: [group], rest }, screen, FONTS);

describe("labels of the map", () => {
  it("names a group before an author outside the focus, however big", () => {
    // Her right label [212, 264] and her left one [136, 188] both meet the group's.
    expect(place([], [author("big", 200, 100, 10)])).toEqual({ authors: new Map(), groups: new Set(["centre"]) });
  });

  it("names an author in focus before the group, and the biggest of the focus first", () => {
    // "co" (size 4) would take [206, 258] on the right; "big" (size 10, in focus too) came first with [212, 264], so "co" goes
    // left, [142, 194]; the group's label meets both and is left out.
    expect(place([author("co", 200, 100, 4), author("big", 200, 100, 10)], [])).toEqual({
      authors: new Map([["big", "right"], ["co", "left"]]),
      groups: new Set(),
    });
  });

  it("names authors in focus however small their discs, and no other author drawn smaller than 3.5 pixels", () => {
    // Both far from the group and from each other: "speck" at (400, 300), "dot" at (400, 500).
    expect(place([author("speck", 400, 300, 1)], [author("dot", 400, 500, 3)])).toEqual({ authors: new Map([["speck", "right"]]), groups: new Set(["centre"]) });
  });

  it("names the other authors in the room left beside the group labels, the biggest first", () => {
    // "far" (size 4) at (400, 300): [406, 458] × [285, 309], clear of the group; "near" (size 6) at (250, 100): right
    // [258, 310] is clear of the group's [146, 254], left [190, 242] is not, so it goes right; "tiny" (size 5) at
    // (300, 100): right [307, 359] meets "near"'s, left [241, 293] meets the group's and "near"'s: left out.
    expect(place([], [author("far", 400, 300, 4), author("tiny", 300, 100, 5), author("near", 250, 100, 6)])).toEqual({
      authors: new Map([["near", "right"], ["far", "right"]]),
      groups: new Set(["centre"]),
    });
  });
});
