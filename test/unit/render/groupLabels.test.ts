import { describe, expect, it } from "vitest";
import { groupLabelBox, groupLabelText, namedGroupsByCentre, placeGroupLabels, type GroupLabelCandidate } from "../../../src/render/groupLabels";
import { labelBox, Occupancy } from "../../../src/render/labelPlacement";

// fontSize 20 with 4 pixels of room: a box spans x ± (width / 2 + 4) and y from y - 19 to y + 13.
const FONT = 20;
const screen = { width: 800, height: 600 };
const group = (key: string, x: number, y: number, size: number, width = 100): GroupLabelCandidate => ({ key, x, y, size, width });
const place = (...candidates: GroupLabelCandidate[]) => placeGroupLabels(candidates, screen, FONT);

describe("group label text", () => {
  it("names the group after its central author and counts its visible authors", () => {
    expect(groupLabelText({ name: "Jeonghye Kim", size: 42 })).toBe("Jeonghye Kim's group · 42");
    expect(groupLabelText({ name: "Ana Lee", size: 1204 })).toBe("Ana Lee's group · 1,204");
  });
});

describe("group label placement", () => {
  it("centres the box on the central author", () => {
    expect(groupLabelBox(group("a", 200, 100, 5, 100), FONT)).toEqual({ left: 146, top: 81, right: 254, bottom: 113 });
  });

  it("names the bigger of two groups whose labels would overlap", () => {
    // small: x [146, 254]; big: x [196, 304], same rows.
    expect(place(group("small", 200, 100, 10), group("big", 250, 100, 20))).toEqual(new Set(["big"]));
  });

  it("names both groups when their labels clear each other", () => {
    // Rows [81, 113] and [121, 153] do not meet.
    expect(place(group("a", 200, 100, 10), group("b", 200, 140, 10))).toEqual(new Set(["a", "b"]));
  });

  it("breaks ties in size by key, whatever the input order", () => {
    expect(place(group("b", 210, 100, 10), group("a", 200, 100, 10))).toEqual(new Set(["a"]));
    expect(place(group("a", 200, 100, 10), group("b", 210, 100, 10))).toEqual(new Set(["a"]));
  });

  it("leaves out a label that is not wholly on screen", () => {
    // x [-24, 84] starts left of the screen; y [-9, 23] starts above it.
    expect(place(group("west", 30, 300, 50), group("north", 400, 10, 50))).toEqual(new Set());
  });

  it("never names groups of fewer than three authors", () => {
    expect(place(group("pair", 200, 100, 2), group("trio", 600, 100, 3))).toEqual(new Set(["trio"]));
  });

  it("keeps clear of labels already placed, such as a hovered author's", () => {
    // The author label right of a 10-pixel node at (100, 100): [112, 164] × [85, 109]; the group box [146, 254] meets it.
    const taken = new Occupancy();
    taken.take(labelBox({ key: "hovered", x: 100, y: 100, size: 10, width: 50, forced: true }, FONT));
    expect(placeGroupLabels([group("g", 200, 100, 10)], screen, FONT, taken)).toEqual(new Set());
    expect(placeGroupLabels([group("g", 200, 300, 10)], screen, FONT, taken)).toEqual(new Set(["g"]));
  });
});

describe("groups named on the map", () => {
  it("are the groups of three or more authors, by their central author, with their labels", () => {
    // The largest has 12 authors: a twentieth of it is 0.6, below three.
    const groups = [
      { id: 0, size: 12, center: "ann", name: "Ann", color: "#111" },
      { id: 1, size: 2, center: "bo", name: "Bo", color: "#222" },
      { id: 2, size: 3, center: "cy", name: "Cy", color: "#333" },
    ];
    expect(namedGroupsByCentre(groups)).toEqual(
      new Map([
        ["ann", { size: 12, text: "Ann's group · 12" }],
        ["cy", { size: 3, text: "Cy's group · 3" }],
      ]),
    );
  });

  it("leave out groups smaller than a twentieth of the largest", () => {
    // A twentieth of 200 is 10: the group of 10 is named, the group of 9 is not.
    const groups = [200, 10, 9].map((size, id) => ({ id, size, center: `c${id}`, name: `N${id}`, color: "#111" }));
    expect([...namedGroupsByCentre(groups).keys()]).toEqual(["c0", "c1"]);
  });
});
