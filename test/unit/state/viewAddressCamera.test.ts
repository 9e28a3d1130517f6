import { describe, expect, it } from "vitest";
import { cameraText, searchWithView, viewFromSearch, type ViewToAddress } from "../../../src/state/viewAddress";
import { DEFAULT_VIEW_SETTINGS } from "../../../src/view/types";

const fresh: ViewToAddress = { settings: DEFAULT_VIEW_SETTINGS, sizeBy: "papers", colorBy: "community", panel: "overview", selected: { kind: "none" } };
const noRoster = { text: "", chosen: [], highlight: false, shown: "no" } as const;

describe("the camera in the address", () => {
  it("rounds x and y to 5 decimals and the ratio to 4 significant digits, and reads them back", () => {
    expect(cameraText({ x: 0.123456789, y: 0.5, ratio: 0.333333 })).toBe("0.12346,0.5,0.3333");
    const search = searchWithView("", { ...fresh, camera: { x: 0.612344, y: 0.4, ratio: 0.25 } });
    expect(search).toBe("?camera=0.61234%2C0.4%2C0.25");
    expect(viewFromSearch(search)).toEqual({ view: { settings: {}, camera: { x: 0.61234, y: 0.4, ratio: 0.25 } }, ignored: [] });
  });

  it("writes no camera at the fitted frame, nor before a map is drawn", () => {
    expect(searchWithView("", { ...fresh, camera: { x: 0.5, y: 0.5, ratio: 1 } })).toBe("");
    // Within rounding of the fitted frame is the fitted frame.
    expect(searchWithView("", { ...fresh, camera: { x: 0.500001, y: 0.499999, ratio: 1.00001 } })).toBe("");
    expect(searchWithView("", { ...fresh, camera: null })).toBe("");
  });

  it("passes over a damaged camera and says so: two numbers, words, a zoom out of range, a place far off the map", () => {
    for (const value of ["0.5,0.5", "a,b,c", "0.5,0.5,0", "0.5,0.5,9", "40,0.5,1", "0.5,0.5,1,0", "0.5,,1"]) {
      expect(viewFromSearch(`?camera=${value}&size=coauthors`)).toEqual({ view: { settings: {}, sizeBy: "coauthors" }, ignored: [`camera=${value}`] });
    }
  });
});

describe("a roster in the address", () => {
  it("carries the names as pasted, the people picked by hand, the highlight and how it is shown", () => {
    const search = searchWithView("", { ...fresh, roster: { text: "Ann Lee\nJ. Kim", chosen: ["jeonghye kim"], highlight: true, shown: "outside" } });
    expect(search).toBe("?roster=Ann+Lee%0AJ.+Kim&roster-chosen=jeonghye+kim&roster-highlight=1&roster-show=outside");
    expect(viewFromSearch(search)).toEqual({
      view: { settings: {}, roster: { text: "Ann Lee\nJ. Kim", chosen: ["jeonghye kim"], highlight: true, shown: "outside" } },
      ignored: [],
    });
  });

  it("writes nothing for an empty roster, and keeps the names of a roster not shown", () => {
    expect(searchWithView("", { ...fresh, roster: noRoster })).toBe("");
    expect(searchWithView("", { ...fresh, roster: { ...noRoster, text: "  \n" } })).toBe("");
    expect(viewFromSearch("?roster=Ann+Lee").view.roster).toEqual({ text: "Ann Lee", chosen: [], highlight: false, shown: "no" });
  });

  it("keeps the names of a damaged roster, and passes over how to show a roster with no names", () => {
    expect(viewFromSearch("?roster=Ann&roster-show=sideways&roster-highlight=2")).toEqual({
      view: { settings: {}, roster: { text: "Ann", chosen: [], highlight: false, shown: "no" } },
      ignored: ["roster-highlight=2", "roster-show=sideways"],
    });
    expect(viewFromSearch("?roster-show=among&roster-chosen=ann")).toEqual({ view: { settings: {} }, ignored: ["roster-chosen=ann", "roster-show=among"] });
  });
});
