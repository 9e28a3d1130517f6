import { describe, expect, it } from "vitest";
import type { CoauthorGraph } from "../../../src/graph/types";
import type { Paper } from "../../../src/parse/types";
import { deriveView } from "../../../src/view/derive";
import { DEFAULT_VIEW_SETTINGS } from "../../../src/view/types";
import { graphOf, paper } from "../../support/papers";
import { computeVisuals, sizeFactor } from "../../../src/visual/compute";
import { COMMUNITY_COLORS, communityColor, EDGE_COLOR, OTHER_COMMUNITY_COLOR } from "../../../src/visual/palette";

/** Visuals of everyone, as the explorer shows a network before any filter. */
const visualsOf = (g: CoauthorGraph, papers: Paper[] = allPapers) => computeVisuals(g, deriveView(g, new Map(papers.map((p) => [p.id, p])), DEFAULT_VIEW_SETTINGS));
const times = (n: number, authors: string[]) => Array.from({ length: n }, (_, i) => paper(`${authors.join("+")}-${i}`, authors));

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
    expect(edges.get("ann|bo")).toEqual({ size: 6, color: EDGE_COLOR });
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

  it("colours nodes by community, grey beyond the palette or without one, and lists one legend colour per community", () => {
    const g = graph.copy();
    g.setNodeAttribute("ann", "community", 0);
    g.setNodeAttribute("bo", "community", 1);
    g.setNodeAttribute("dee", "community", 1);
    const { nodes, communityColors } = visualsOf(g);
    expect(Object.fromEntries([...nodes].map(([key, v]) => [key, v.color]))).toEqual({ ann: "#4e79a7", bo: "#f28e2c", cy: "#a9a9b3", dee: "#f28e2c" });
    expect(communityColors).toEqual(["#4e79a7", "#f28e2c"]);
    expect(visualsOf(graph).communityColors).toEqual([]);
  });

  it("colours a community past the palette grey, and caps the legend at the palette", () => {
    const g = graph.copy();
    g.setNodeAttribute("ann", "community", 40);
    const { nodes, communityColors } = visualsOf(g);
    expect(nodes.get("ann")!.color).toBe(OTHER_COMMUNITY_COLOR);
    expect(communityColors).toEqual([...COMMUNITY_COLORS]);
  });
});

describe("palette", () => {
  it("starts with Tableau 10's blue, orange and red, and gives grey to unknown communities", () => {
    expect(COMMUNITY_COLORS.slice(0, 3)).toEqual(["#4e79a7", "#f28e2c", "#e15759"]);
    expect(communityColor(2)).toBe("#e15759");
    expect(communityColor(undefined)).toBe("#a9a9b3");
    expect(communityColor(COMMUNITY_COLORS.length)).toBe("#a9a9b3");
  });

  it("gives groups the nine colours of Tableau 10 before its grey", () => {
    expect(COMMUNITY_COLORS).toEqual(["#4e79a7", "#f28e2c", "#e15759", "#76b7b2", "#59a14f", "#edc949", "#af7aa1", "#ff9da7", "#9c755f"]);
  });

  it("shrinks discs for big networks: full size to 300 authors, √(300/n) beyond, never below 35%", () => {
    expect(sizeFactor(16)).toBe(1);
    expect(sizeFactor(300)).toBe(1);
    expect(sizeFactor(1200)).toBe(0.5);
    expect(sizeFactor(10_000)).toBe(0.35);
  });
});
