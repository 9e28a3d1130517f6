import { describe, expect, it } from "vitest";
import { isMeasureId, MEASURES, measureOf, type MeasureContext, type MeasureId } from "../../../src/measures/measures";
import type { AuthorView } from "../../../src/view/types";

const ann: AuthorView = { papers: 12, fractionalPapers: 4.5, paperIds: [], coauthors: 3, strength: 7.25, firstYear: 2011, lastYear: 2024 };
const undated: AuthorView = { ...ann, firstYear: null, lastYear: null };
const context: MeasureContext = { visibleAuthors: 7, betweenness: new Map([["ann", 0.0123456]]) };
const valueOf = (id: MeasureId, author = ann, c = context) => measureOf(id).value("ann", author, c);

describe("measures", () => {
  it("lists every measure once, in menu order, with its label", () => {
    expect(MEASURES.map((m) => [m.id, m.label])).toEqual([
      ["papers", "Papers"],
      ["fractionalPapers", "Papers (fractional)"],
      ["coauthors", "Co-authors"],
      ["strength", "Link strength"],
      ["degree", "Degree centrality"],
      ["betweenness", "Betweenness"],
      ["firstYear", "First year"],
      ["lastYear", "Last year"],
    ]);
  });

  it("reads the counts an author view already has", () => {
    expect((["papers", "fractionalPapers", "coauthors", "strength", "firstYear", "lastYear"] as const).map((id) => valueOf(id))).toEqual([12, 4.5, 3, 7.25, 2011, 2024]);
  });

  it("gives degree centrality as co-authors over the other visible authors", () => {
    // 3 co-authors among 7 − 1 = 6 others.
    expect(valueOf("degree")).toBe(0.5);
    expect(valueOf("degree", { ...ann, coauthors: 0 }, { visibleAuthors: 1, betweenness: null })).toBe(0);
  });

  it("has no value for years without a dated paper, nor for betweenness before it is computed", () => {
    expect([valueOf("firstYear", undated), valueOf("lastYear", undated)]).toEqual([null, null]);
    expect(valueOf("betweenness", ann, { visibleAuthors: 7, betweenness: null })).toBeNull();
    expect(valueOf("betweenness")).toBe(0.0123456);
    expect(measureOf("betweenness").value("bo", ann, context)).toBeNull();
  });

  it("formats counts whole, fractions to two decimals, centralities to three significant digits, years bare", () => {
    const format = (id: MeasureId, value: number) => measureOf(id).format(value);
    expect([format("papers", 1234), format("coauthors", 0)]).toEqual(["1,234", "0"]);
    expect([format("fractionalPapers", 4.5), format("strength", 1 / 3)]).toEqual(["4.50", "0.33"]);
    expect([format("degree", 0.5), format("betweenness", 0.0123456), format("betweenness", 0)]).toEqual(["0.5", "0.0123", "0"]);
    expect(format("firstYear", 2023)).toBe("2023");
  });

  it("describes each measure for a legend", () => {
    expect(measureOf("papers").description).toBe("number of papers");
    expect(MEASURES.every((m) => m.description.length > 0)).toBe(true);
  });

  it("ranks the earliest first year first, and every other measure from the most", () => {
    expect(MEASURES.filter((m) => m.leads === "lowest").map((m) => m.id)).toEqual(["firstYear"]);
  });

  it("tells measure ids from other strings", () => {
    expect([isMeasureId("betweenness"), isMeasureId("community"), isMeasureId("toString")]).toEqual([true, false, false]);
  });
});
