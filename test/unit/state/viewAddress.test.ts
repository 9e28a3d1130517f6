import { describe, expect, it } from "vitest";
import { searchWithView, viewFromSearch, type ViewToAddress } from "../../../src/state/viewAddress";
import { DEFAULT_VIEW_SETTINGS } from "../../../src/view/types";

const fresh: ViewToAddress = { settings: DEFAULT_VIEW_SETTINGS, sizeBy: "papers", colorBy: "community", panel: "overview", selected: { kind: "none" } };

describe("the view in the address", () => {
  it("writes nothing for a fresh view, and keeps the parameters it does not own", () => {
    expect(searchWithView("", fresh)).toBe("");
    expect(searchWithView("?listing=a.txt&reference-date=2026-11-25&ego=ann&depth=1&years=2020-2021", fresh)).toBe("?listing=a.txt&reference-date=2026-11-25&ego=ann&depth=1");
  });

  it("writes what differs from the defaults and reads the same view back", () => {
    const view: ViewToAddress = {
      settings: { ...DEFAULT_VIEW_SETTINGS, years: [2025, 2026], counting: "fractional", minPapers: 2, minWeight: 0.5, largestComponent: true, excludeTruncated: true, categories: ["cs.LG", "cs.AI"], venues: [], sources: null },
      sizeBy: "coauthors",
      colorBy: "firstYear",
      panel: "table",
      selected: { kind: "author", key: "jeonghye kim" },
    };
    const search = searchWithView("?reference-date=2026-11-25", view);
    expect(search).toBe(
      "?reference-date=2026-11-25&years=2025-2026&counting=fractional&min-papers=2&min-weight=0.5&largest=1&no-truncated=1&category=cs.LG&category=cs.AI&venue=&size=coauthors&color=firstYear&tool=table&author=jeonghye+kim",
    );
    expect(viewFromSearch(search)).toEqual({
      view: {
        settings: { years: [2025, 2026], counting: "fractional", minPapers: 2, minWeight: 0.5, largestComponent: true, excludeTruncated: true, categories: ["cs.LG", "cs.AI"], venues: [] },
        sizeBy: "coauthors",
        colorBy: "firstYear",
        panel: "table",
        selected: { kind: "author", key: "jeonghye kim" },
      },
      ignored: [],
    });
    const link = searchWithView("", { ...fresh, selected: { kind: "link", key: "ann lee|bo chen" } });
    expect(link).toBe("?link=ann+lee%7Cbo+chen");
    expect(viewFromSearch(link).view.selected).toEqual({ kind: "link", key: "ann lee|bo chen" });
  });

  it("keeps what it can read of a damaged or older link, names what it passed over, and never throws", () => {
    expect(viewFromSearch("?years=2026-2020&counting=weird&min-papers=0&min-weight=-1&largest=yes&size=nope&color=red&tool=secret&author=&tool2=x&min-papers=3")).toEqual({
      view: { settings: {} },
      ignored: ["years=2026-2020", "counting=weird", "min-papers=0", "min-weight=-1", "largest=yes", "size=nope", "color=red", "tool=secret", "author="],
    });
    // Cut off in the middle of a value, and with a broken escape.
    expect(viewFromSearch("?years=2025-20").ignored).toEqual(["years=2025-20"]);
    expect(viewFromSearch("?author=ann%E0%A4%A&size=coauthors")).toMatchObject({ view: { settings: {}, sizeBy: "coauthors" } });
    expect(viewFromSearch("%%%&&==&").view).toEqual({ settings: {} });
  });
});
