import { describe, expect, it } from "vitest";
import type { CoauthorGraph } from "../../../src/graph/types";
import type { Paper } from "../../../src/parse/types";
import { deriveView } from "../../../src/view/derive";
import { DEFAULT_VIEW_SETTINGS } from "../../../src/view/types";
import { graphOf, paper, times } from "../../support/papers";
import { interpolateViridis } from "d3-scale-chromatic";
import { computeVisuals, DEFAULT_ENCODINGS, networkLinkColors, sizeFactor } from "../../../src/visual/compute";
import { OTHER_COMMUNITY_COLOR } from "../../../src/visual/palette";

/** Visuals of everyone, as the explorer shows a network before any filter. */
const everyone = (g: CoauthorGraph, papers: Paper[] = allPapers) => deriveView(g, new Map(papers.map((p) => [p.id, p])), DEFAULT_VIEW_SETTINGS);
const visualsOf = (g: CoauthorGraph, papers: Paper[] = allPapers) => computeVisuals(g, everyone(g, papers));

// Papers: Ann 3 + 1 + 7 + 2 = 13, Bo 4, Cy 1, Dee 2. Links: Ann–Bo 4, Ann–Cy 1, Bo–Cy 1, Ann–Dee 2.
const allPapers = [...times(3, ["Ann", "Bo"]), ...times(1, ["Ann", "Bo", "Cy"]), ...times(7, ["Ann"]), ...times(2, ["Ann", "Dee"])];
const graph = graphOf(allPapers);
// Sizes are 5 + 17 · (√papers − 1) / (√13 − 1): a square-root scale from [1, 13] onto [5, 22].
// Bo: 5 + 17 · 1 / 2.605551 = 11.524531; Dee: 5 + 17 · 0.414214 / 2.605551 = 7.702549.

describe("visuals", () => {
  it("sizes nodes on a square-root scale of papers, from 5 px for one paper to 22 px for the most", () => {
    const { nodes } = visualsOf(graph);
    expect(nodes.get("ann")!.size).toBeCloseTo(22, 9);
    expect(nodes.get("bo")!.size).toBeCloseTo(11.524531, 5);
    expect(nodes.get("dee")!.size).toBeCloseTo(7.702549, 5);
    expect(nodes.get("cy")!.size).toBeCloseTo(5, 9);
  });

  it("sizes links linearly by shared papers, from 1 px for one to 6 px for the most", () => {
    const { edges } = visualsOf(graph);
    expect(edges.get("ann|bo")!.size).toBe(6);
    expect(edges.get("ann|cy")!.size).toBeCloseTo(1, 9);
    expect(edges.get("bo|cy")!.size).toBeCloseTo(1, 9);
    expect(edges.get("ann|dee")!.size).toBeCloseTo(1 + 5 / 3, 9);
  });

  it("draws everything at the smallest size when every author has one paper and every link one", () => {
    const one = [paper("p", ["Ann", "Bo"])];
    const { nodes, edges } = visualsOf(graphOf(one), one);
    expect(nodes.get("ann")!.size).toBeCloseTo(5, 9);
    expect(nodes.get("bo")!.size).toBeCloseTo(5, 9);
    expect(edges.get("ann|bo")!.size).toBeCloseTo(1, 9);
  });

  it("colours authors by their group's colour, grey without one, and lists the visible groups named after their most central author", () => {
    const g = graph.copy();
    for (const [key, community] of Object.entries({ ann: 0, bo: 0, cy: 1, dee: 1 })) g.setNodeAttribute(key, "community", community);
    const colors = new Map([[0, "#0072b2"]]);
    const { nodes, groups, legend } = computeVisuals(g, everyone(g), DEFAULT_ENCODINGS, { betweenness: null, groupColors: colors });
    expect(Object.fromEntries([...nodes].map(([key, v]) => [key, v.color]))).toEqual({ ann: "#0072b2", bo: "#0072b2", cy: OTHER_COMMUNITY_COLOR, dee: OTHER_COMMUNITY_COLOR });
    // Group 0: Ann and Bo, one link each inside it, of 4 papers; Ann has more papers (13 to 4).
    // Group 1: Cy and Dee, no link between them; Dee has more papers (2 to 1).
    expect(groups).toEqual([
      { id: 0, size: 2, center: "ann", name: "Ann", color: "#0072b2" },
      { id: 1, size: 2, center: "dee", name: "Dee", color: OTHER_COMMUNITY_COLOR },
    ]);
    expect(legend.color).toBeNull();
  });

  it("sizes and colours by any measure, with legends that say what they show", () => {
    const { nodes, legend } = computeVisuals(graph, everyone(graph), { sizeBy: "coauthors", colorBy: "papers" });
    // Co-authors: Ann 3, Bo 2, Cy 2, Dee 1: a square-root scale from [1, 3] onto [5, 22];
    // Bo: 5 + 17 · (√2 − 1) / (√3 − 1) = 14.619.
    expect(nodes.get("ann")!.size).toBeCloseTo(22, 9);
    expect(nodes.get("bo")!.size).toBeCloseTo(14.6193, 3);
    expect(nodes.get("dee")!.size).toBeCloseTo(5, 9);
    // Colour by papers: the most (Ann, 13) darkest, the fewest (Cy, 1) the lightest viridis kept.
    expect(nodes.get("ann")!.color).toBe("#440154");
    expect(nodes.get("cy")!.color).toBe(interpolateViridis(0.75));
    expect(legend.size).toMatchObject({ role: "size", title: "Size: number of co-authors shown", noValue: null });
    expect(legend.size.role === "size" && legend.size.samples.map((s) => s.label)).toEqual(["1", "2", "3"]);
    expect(legend.color).toMatchObject({ role: "color", title: "Colour: number of papers" });
  });

  it("fades light links: the heaviest at 0.84, a link of one paper when the heavy ones have four at 0.59", () => {
    const { edges } = visualsOf(graph);
    // No positions yet, so every link is as short as the typical one; the heavy weight is the
    // 90th percentile of 1, 1, 2, 4: 4. Opacity 0.08 + 0.77 · (0.35 + 0.65 · √(w/4)), in 32 steps,
    // mixed from the background #fbfbfd to the link grey #c9ccd6: 27/32 and 19/32 of the way.
    expect(edges.get("ann|bo")!.color).toBe("#d1d3dc");
    expect(edges.get("ann|cy")!.color).toBe("#dddfe6");
  });

  it("keeps each link's shade through filters when given the network's link colours, and sizes it by its weight in view", () => {
    // Only the paper of Ann, Bo and Cy: every visible link weighs 1, so among themselves all are heavy (0.85, 27/32).
    const onlyThree = allPapers.filter((p) => p.authors.length === 3);
    const view = deriveView(graph, new Map(onlyThree.map((p) => [p.id, p])), DEFAULT_VIEW_SETTINGS);
    expect(computeVisuals(graph, view).edges.get("ann|cy")!.color).toBe("#d1d3dc");
    // Over the network Ann–Cy is light beside Ann–Bo's four papers (19/32, as above).
    const { edges } = computeVisuals(graph, view, DEFAULT_ENCODINGS, { betweenness: null, groupColors: new Map(), linkColors: networkLinkColors(graph) });
    expect([edges.get("ann|cy")!.color, edges.get("ann|bo")!.color, edges.get("ann|bo")!.size, edges.has("ann|dee")]).toEqual(["#dddfe6", "#d1d3dc", 1, false]);
  });
});

describe("palette", () => {
  it("shrinks discs for big networks: full size to 300 authors, √(300/n) beyond, never below 35%", () => {
    expect(sizeFactor(16)).toBe(1);
    expect(sizeFactor(300)).toBe(1);
    expect(sizeFactor(1200)).toBe(0.5);
    expect(sizeFactor(10_000)).toBe(0.35);
  });
});
