import { describe, expect, it } from "vitest";
import { analysisInputOf, betweennessByKey, runAnalysis } from "../../../src/measures/analysis";
import { deriveView } from "../../../src/view/derive";
import { DEFAULT_VIEW_SETTINGS } from "../../../src/view/types";
import { graphOf, paper } from "../../support/papers";

// Ann–Bo, Bo–Cy, Cy–Dee: a path, so Bo and Cy each carry 2 of the 3 pairs they are not in.
// Eve wrote alone: an author without links, who still counts in the pairs once visible.
const papers = [paper("p1", ["Ann", "Bo"]), paper("p2", ["Bo", "Cy"]), paper("p3", ["Cy", "Dee"]), paper("p4", ["Eve"])];
const graph = graphOf(papers);
const byId = new Map(papers.map((p) => [p.id, p]));

describe("analysis input", () => {
  it("lists the visible authors once and each visible link as two indices into them", () => {
    const input = analysisInputOf(graph, deriveView(graph, byId, DEFAULT_VIEW_SETTINGS));
    expect(input.keys).toEqual(["ann", "bo", "cy", "dee", "eve"]);
    const pairs = [];
    for (let i = 0; i < input.edges.length; i += 2) pairs.push([input.keys[input.edges[i]!], input.keys[input.edges[i + 1]!]].sort().join("–"));
    expect(pairs.sort()).toEqual(["ann–bo", "bo–cy", "cy–dee"]);
  });

  it("leaves out what the view hides", () => {
    // Papers dated 2018 to 2021: 2020 alone keeps p3, Cy–Dee.
    const dated = papers.map((p, i) => ({ ...p, year: 2018 + i }));
    const settings = { ...DEFAULT_VIEW_SETTINGS, years: [2020, 2020] as const };
    const input = analysisInputOf(graph, deriveView(graph, new Map(dated.map((p) => [p.id, p])), settings));
    expect(input.keys).toEqual(["cy", "dee"]);
    expect([...input.edges]).toEqual([0, 1]);
  });
});

describe("analysis", () => {
  it("computes betweenness by index, as the worker answers it", () => {
    const input = analysisInputOf(graph, deriveView(graph, byId, DEFAULT_VIEW_SETTINGS));
    // Five authors: 6 pairs leave Bo out; Bo is on Ann–Cy and Ann–Dee: 2/6.
    const result = runAnalysis(input);
    expect(result.exact).toBe(true);
    expect(result.sources).toBe(5);
    expect(result.error).toBe(0);
    expect([...result.values].map((v) => Number(v.toFixed(12)))).toEqual([0, 1 / 3, 1 / 3, 0, 0].map((v) => Number(v.toFixed(12))));
    expect(betweennessByKey(input.keys, result).get("cy")).toBeCloseTo(1 / 3, 12);
  });

  it("passes the sampling options through", () => {
    const input = { keys: ["a", "b", "c"], edges: Uint32Array.of(0, 1, 1, 2), options: { sources: 1, seed: 3 } };
    const result = runAnalysis(input);
    expect({ exact: result.exact, sources: result.sources, error: result.error }).toEqual({ exact: false, sources: 1, error: null });
  });

  it("answers for an empty view", () => {
    expect(runAnalysis({ keys: [], edges: new Uint32Array(0) })).toEqual({ values: new Float64Array(0), exact: true, sources: 0, error: 0 });
  });
});
