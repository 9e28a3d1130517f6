import { describe, expect, it } from "vitest";
import { sortWith } from "../../../src/panels/sortedTable";
import { formatCount, formatDensity, formatMean, formatShare, sampledSentence } from "../../../src/panels/statsFormat";
import { cellText, MEASURES, type MeasureContext } from "../../../src/panels/tableMeasures";
import { nameRanks, TableData } from "../../../src/panels/tableRows";
import { deriveView } from "../../../src/view/derive";
import { DEFAULT_VIEW_SETTINGS, type ViewSettings } from "../../../src/view/types";
import { graphOf, paper } from "../../support/papers";

// Ann and Bo wrote p1 (2020) and, with Cy, p2 (2022); Dee alone wrote p3, with no year.
const papers = [paper("p1", ["Ann", "Bo"], { year: 2020 }), paper("p2", ["Ann", "Bo", "Cy"], { year: 2022 }), paper("p3", ["Dee"])];
const byId = new Map(papers.map((p) => [p.id, p]));
const graph = graphOf(papers);

function tableOf(settings: ViewSettings = DEFAULT_VIEW_SETTINGS): TableData {
  return TableData.of(graph, deriveView(graph, byId, settings));
}

function columnsOf(data: TableData, context: MeasureContext): Record<string, string[]> {
  const byLabel: Record<string, string[]> = {};
  data.rows.labels.forEach((label, row) => (byLabel[label] = MEASURES.map((m) => cellText(m, data.column(m, context)[row]!, context).text)));
  return byLabel;
}

describe("the table's rows and measures", () => {
  it("has every visible author with each measure, formatted", () => {
    const view = deriveView(graph, byId, DEFAULT_VIEW_SETTINGS);
    const data = TableData.of(graph, view);
    // Columns: papers, fractional papers, co-authors, link strength, degree centrality, betweenness, first year, last year.
    // Ann: 2 papers; 1/2 + 1/3 = 0.83; co-authors Bo and Cy; strength Ann–Bo 2 + Ann–Cy 1 = 3;
    // degree 2 of the 3 others = 0.667; betweenness not computed yet; 2020–2022. Bo the same.
    // Cy: 1 paper of 3 authors, 1/3; Ann and Bo, 1 each; 2022. Dee: 1 paper alone, no link, no year.
    expect(columnsOf(data, { visibleAuthors: view.authors.size, betweenness: null })).toEqual({
      Ann: ["2", "0.83", "2", "3.00", "0.667", "…", "2020", "2022"],
      Bo: ["2", "0.83", "2", "3.00", "0.667", "…", "2020", "2022"],
      Cy: ["1", "0.33", "2", "2.00", "0.667", "…", "2022", "2022"],
      Dee: ["1", "1.00", "0", "0.00", "0", "…", "—", "—"],
    });
  });

  it("weighs links in fractional counting when asked", () => {
    const view = deriveView(graph, byId, { ...DEFAULT_VIEW_SETTINGS, counting: "fractional" });
    const data = TableData.of(graph, view);
    const strength = MEASURES.find((m) => m.id === "strength")!;
    // Ann–Bo: 1/(2−1) from p1 + 1/(3−1) from p2 = 1.5; Ann–Cy 0.5: Ann 2, Bo 2, Cy 0.5 + 0.5 = 1.
    const values = data.column(strength, { visibleAuthors: 4, betweenness: null });
    expect(Object.fromEntries(data.rows.labels.map((label, row) => [label, values[row]]))).toEqual({ Ann: 2, Bo: 2, Cy: 1, Dee: 0 });
  });

  it("shows betweenness once it is known, made again for the same view", () => {
    const data = tableOf();
    const betweenness = MEASURES.find((m) => m.id === "betweenness")!;
    const before = { visibleAuthors: 4, betweenness: null };
    const after = { visibleAuthors: 4, betweenness: new Map([["ann", 0.5], ["bo", 0.25], ["cy", 0]]) };
    expect([...data.column(betweenness, before)]).toEqual([NaN, NaN, NaN, NaN]);
    expect(cellText(betweenness, NaN, before)).toEqual({ text: "…", spoken: "not computed yet" });
    // Once computed, an author it has no value for has none, rather than one still to come.
    expect([...data.column(betweenness, after)]).toEqual([0.5, 0.25, 0, NaN]);
    expect(cellText(betweenness, 0.5, after)).toEqual({ text: "0.5" });
    expect(cellText(betweenness, NaN, after)).toEqual({ text: "—", spoken: "none" });
  });

  it("sorts by papers (ties by name), by name, and puts authors without a year last", () => {
    const data = tableOf();
    const context = { visibleAuthors: 4, betweenness: null };
    const labels = (column: string, descending: boolean) => {
      const table = sortWith(data, { column, descending }, context);
      return [...table.order].map((row) => data.rows.labels[row]);
    };
    expect(labels("papers", true)).toEqual(["Ann", "Bo", "Cy", "Dee"]);
    expect(labels("papers", false)).toEqual(["Cy", "Dee", "Ann", "Bo"]);
    expect(labels("name", true)).toEqual(["Dee", "Cy", "Bo", "Ann"]);
    expect(labels("firstYear", true)).toEqual(["Cy", "Ann", "Bo", "Dee"]);
    expect(labels("firstYear", false)).toEqual(["Ann", "Bo", "Cy", "Dee"]);
    const byName = sortWith(data, { column: "name", descending: true }, context);
    expect(["ann", "dee", "nobody"].map((key) => byName.positionOf(key))).toEqual([3, 0, -1]);
    expect(byName.keyAt(1)).toBe("cy");
    expect(byName.sortText).toBe("by name, Z to A");
    expect(sortWith(data, { column: "papers", descending: true }, context).sortText).toBe("by papers, highest first");
  });

  it("ranks the visible authors only, 0 to n − 1, when filters hide some", () => {
    // 2020–2022 leaves out p3, the only paper of Dee: Ann, Bo, Cy.
    const data = tableOf({ ...DEFAULT_VIEW_SETTINGS, years: [2020, 2022] });
    expect(data.rows.labels).toEqual(["Ann", "Bo", "Cy"]);
    expect([...data.rows.nameRank]).toEqual([0, 1, 2]);
    const byName = sortWith(data, { column: "name", descending: true }, { visibleAuthors: 3, betweenness: null });
    expect([...byName.order].map((row) => data.rows.labels[row])).toEqual(["Cy", "Bo", "Ann"]);
    // Zed, the first author in the network's order, is hidden by 2020: Amy and Bea are places 0 and 1, not 1 and 2.
    const others = [paper("q1", ["Zed"]), paper("q2", ["Amy", "Bea"], { year: 2020 })];
    const othersGraph = graphOf(others);
    const shown = TableData.of(othersGraph, deriveView(othersGraph, new Map(others.map((p) => [p.id, p])), { ...DEFAULT_VIEW_SETTINGS, years: [2020, 2020] }));
    expect(shown.rows.labels).toEqual(["Amy", "Bea"]);
    expect([...shown.rows.nameRank]).toEqual([0, 1]);
  });

  it("orders names as people read them: case and accents do not put one at the end", () => {
    const labels = ["émile", "Zoë", "Adam", "bob"];
    // Adam 0, bob 1, émile 2, Zoë 3; a code-point order would put "bob" and "émile" after "Zoë".
    expect([...nameRanks(labels, ["e", "z", "a", "b"])]).toEqual([2, 3, 0, 1]);
  });
});

describe("numbers of the statistics panel", () => {
  it("gives density to three significant digits, shares as percentages, means to two decimals", () => {
    // The sample: 2·25 / (16·15) = 0.2083…
    expect(formatDensity(50 / 240)).toBe("0.208");
    expect(formatDensity(0.000412345)).toBe("0.000412");
    expect(formatDensity(1)).toBe("1");
    expect(formatShare(1)).toBe("100 %");
    expect(formatShare(7 / 8)).toBe("87.5 %");
    expect(formatShare(2 / 3)).toBe("66.7 %");
    // 9,999 of 10,000 is not everyone.
    expect(formatShare(0.9999)).toBe("99.9 %");
    expect(formatShare(0)).toBe("0 %");
    expect(formatMean(39 / 13)).toBe("3");
    expect(formatMean(8 / 3)).toBe("2.67");
    expect(formatCount(10_000)).toBe("10,000");
  });

  it("say when betweenness is a sampled estimate, and how far off it may be", () => {
    expect(sampledSentence(null, 10_000)).toBe(null);
    expect(sampledSentence({ exact: true, sources: 16, error: 0 }, 16)).toBe(null);
    expect(sampledSentence({ exact: false, sources: 1_500, error: 0.00123456 }, 10_000)).toBe(
      "Betweenness is estimated from the shortest paths out of 1,500 of the 10,000 authors: each value is within ±0.00123 of the exact one (95 % confidence).",
    );
    expect(sampledSentence({ exact: false, sources: 1, error: null }, 10_000)).toBe(
      "Betweenness is estimated from the shortest paths out of 1 of the 10,000 authors: too few to say how far off it may be.",
    );
  });
});
