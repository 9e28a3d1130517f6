import { describe, expect, it } from "vitest";
import { graphOf, grouped, paper, samplePapers, times } from "../../support/papers";
import { assignCommunities, describeGroups } from "../../../src/graph/communities";
import { deriveView } from "../../../src/view/derive";
import { DEFAULT_VIEW_SETTINGS } from "../../../src/view/types";
import type { CoauthorGraph } from "../../../src/graph/types";

const communities = (g: CoauthorGraph) => Object.fromEntries(g.mapNodes((key, a) => [key, a.community]));

/** Two cliques joined by the single link between their last and first authors. */
const cliques = (first: string[], second: string[]) =>
  graphOf([paper("1", first), paper("2", second), paper("3", [first[first.length - 1]!, second[0]!])]);

describe("communities", () => {
  it("finds the two 4-cliques joined by one link, numbering the one met first 0", () => {
    const g = cliques(["A", "B", "C", "D"], ["E", "F", "G", "H"]);
    expect(assignCommunities(g)).toBe(2);
    expect(communities(g)).toEqual({ a: 0, b: 0, c: 0, d: 0, e: 1, f: 1, g: 1, h: 1 });
  });

  it("numbers the larger group 0 even when its authors come later", () => {
    const g = cliques(["A", "B", "C"], ["E", "F", "G", "H", "I"]);
    expect(assignCommunities(g)).toBe(2);
    expect(communities(g)).toEqual({ a: 1, b: 1, c: 1, e: 0, f: 0, g: 0, h: 0, i: 0 });
  });

  it("gives the same groups every time", () => {
    const build = () => graphOf([paper("1", ["A", "B", "C"]), paper("2", ["C", "D", "E"]), paper("3", ["E", "F", "A"]), paper("4", ["G", "B", "D"]), paper("5", ["G", "H"])]);
    const first = build();
    const second = build();
    expect(assignCommunities(second)).toBe(assignCommunities(first));
    expect(communities(second)).toEqual(communities(first));
  });

  it("returns 0 for an empty graph", () => {
    expect(assignCommunities(graphOf([]))).toBe(0);
  });
});



describe("group names", () => {
  it("names a group after the author with the most co-authors inside it, before heavier links or more papers", () => {
    // Group 0: Ann wrote with Bo and Cy, one paper each: 2 co-authors inside, weight 2. Dee wrote
    // 5 papers with Fin (1 co-author inside, weight 5), 5 with Eve of group 1 (outside: not
    // counted) and 3 alone: 13 papers. Fin: 1 co-author, weight 5. Bo and Cy: 1 co-author each.
    // Group 1: Eve alone.
    const papers = [paper("1", ["Ann", "Bo"]), paper("2", ["Ann", "Cy"]), ...times(5, ["Dee", "Fin"]), ...times(5, ["Dee", "Eve"]), ...times(3, ["Dee"])];
    const g = grouped(papers, { ann: 0, bo: 0, cy: 0, dee: 0, fin: 0, eve: 1 });
    expect(describeGroups(g)).toEqual([
      { id: 0, size: 5, center: "ann", name: "Ann" },
      { id: 1, size: 1, center: "eve", name: "Eve" },
    ]);
  });

  // Group 0: Zed (co-authors Cy and Ann, 3 + 2 = 5 papers with them) and Cy (Zed and Dee, 3 + 1 = 4)
  // tie on co-authors; Zed's links weigh more. Group 2: Eve and Yan, 1 co-author and 1 paper
  // each way; Yan has a paper of her own, 2 to 1. Group 1: Gus and Hal tie on everything: the
  // label, Gus. Group 3: Jo wrote with Ivy and Kim. Largest first; groups 1 and 2, both of 2, by number.
  const tied = () =>
    grouped([...times(3, ["Zed", "Cy"]), ...times(2, ["Zed", "Ann"]), paper("cd", ["Cy", "Dee"]), paper("ey", ["Eve", "Yan"]), paper("y", ["Yan"]), paper("gh", ["Gus", "Hal"]), paper("ij", ["Ivy", "Jo"]), paper("jk", ["Jo", "Kim"])], {
      zed: 0, cy: 0, ann: 0, dee: 0, gus: 1, hal: 1, eve: 2, yan: 2, ivy: 3, jo: 3, kim: 3,
    });

  it("breaks ties by the weight of the links inside the group, then papers, then label; largest group first, then by number", () => {
    expect(describeGroups(tied())).toEqual([
      { id: 0, size: 4, center: "zed", name: "Zed" },
      { id: 3, size: 3, center: "jo", name: "Jo" },
      { id: 1, size: 2, center: "gus", name: "Gus" },
      { id: 2, size: 2, center: "yan", name: "Yan" },
    ]);
  });

  it("counts only visible authors and links: with Zed and the Jo–Kim link hidden, Cy leads group 0 and Jo ties with Ivy", () => {
    const g = tied();
    const authors = new Map(g.filterNodes((key) => key !== "zed").map((key) => [key, {}]));
    const links = new Map(g.filterEdges((key, _a, source, target) => authors.has(source) && authors.has(target) && key !== "jo|kim").map((key) => [key, 1]));
    // Group 0 is Cy, Ann, Dee: Cy and Dee 1 co-author each, link weight 1; Cy has 4 papers, Dee 1.
    // Group 3: Ivy and Jo 1 co-author each, weight 1; Jo has 2 papers, Ivy 1. Kim still counts in the size.
    // Group 1 is still Gus's; group 2 Yan's.
    expect(describeGroups(g, { authors, links })).toEqual([
      { id: 0, size: 3, center: "cy", name: "Cy" },
      { id: 3, size: 3, center: "jo", name: "Jo" },
      { id: 1, size: 2, center: "gus", name: "Gus" },
      { id: 2, size: 2, center: "yan", name: "Yan" },
    ]);
  });

  it("weighs links as the view counts them, and leaves out groups with no visible author", () => {
    // One group of two pairs: Ann–Bo 3 papers, Cy–Dee 1. By shared papers Ann leads (3 > 1; Ann
    // and Bo tie on papers too, so the label). Weighed 0.2 and 0.9 by the view, Cy leads.
    const g = grouped([...times(3, ["Ann", "Bo"]), paper("cd", ["Cy", "Dee"]), paper("e", ["Eve"])], { ann: 0, bo: 0, cy: 0, dee: 0, eve: 1 });
    expect(describeGroups(g)[0]).toEqual({ id: 0, size: 4, center: "ann", name: "Ann" });
    const authors = new Map(["ann", "bo", "cy", "dee"].map((key) => [key, {}]));
    const links = new Map([["ann|bo", 0.2], ["cy|dee", 0.9]]);
    expect(describeGroups(g, { authors, links })).toEqual([{ id: 0, size: 4, center: "cy", name: "Cy" }]);
  });

  it("gives the same names when the view lists authors and links in another order than the graph", () => {
    // The graph of the test before, with both lists reversed: they cannot be walked beside the
    // graph's, and what a first try counted must not count twice. Ann–Bo weighs 0.9, Cy–Dee 0.5:
    // Ann leads (the label before Bo).
    const g = grouped([...times(3, ["Ann", "Bo"]), paper("cd", ["Cy", "Dee"]), paper("e", ["Eve"])], { ann: 0, bo: 0, cy: 0, dee: 0, eve: 1 });
    const authors = new Map(["dee", "cy", "bo", "ann"].map((key) => [key, {}]));
    expect(describeGroups(g, { authors, links: new Map([["cy|dee", 0.5], ["ann|bo", 0.9]]) })).toEqual([{ id: 0, size: 4, center: "ann", name: "Ann" }]);
    expect(describeGroups(g, { authors, links: new Map([["cy|dee", 0.9], ["ann|bo", 0.2]]) })).toEqual([{ id: 0, size: 4, center: "cy", name: "Cy" }]);
    // A link the graph lacks is not counted.
    expect(describeGroups(g, { authors, links: new Map([["ann|bo", 0.2], ["cy|dee", 0.9], ["ann|zed", 5]]) })).toEqual([{ id: 0, size: 4, center: "cy", name: "Cy" }]);
  });

  it("reads a derived view: with authors of fewer than 2 papers hidden, the sample keeps three named groups", () => {
    // Visible: Jeonghye Kim 13, Xufang Luo 3, Minbeom Kim 4 (group 0); Suyoung Lee 2, Woojun Kim 3,
    // Youngchul Sung 2 (group 1); Yongjae Shin 2, Whiyoung Jung 2 (group 3). Groups 2 and 4 have
    // only one-paper authors.
    // Group 0: each has the other two as co-authors; weights Jeonghye 3 + 4 = 7, Xufang 3 + 2 = 5,
    // Minbeom 4 + 2 = 6. Group 1: Woojun has Suyoung and Youngchul. Group 3: Shin and Jung tie
    // (1 co-author, 2 shared papers, 2 papers each): "Whiyoung Jung" comes first.
    const papers = samplePapers();
    const g = graphOf(papers);
    assignCommunities(g);
    const view = deriveView(g, new Map(papers.map((p) => [p.id, p])), { ...DEFAULT_VIEW_SETTINGS, minPapers: 2 });
    expect(describeGroups(g, view)).toEqual([
      { id: 0, size: 3, center: "jeonghye kim", name: "Jeonghye Kim" },
      { id: 1, size: 3, center: "woojun kim", name: "Woojun Kim" },
      { id: 3, size: 2, center: "whiyoung jung", name: "Whiyoung Jung" },
    ]);
  });

  it("names every group of the sample after its most central author", () => {
    // Group 0: Jeonghye Kim wrote with all five others of it. Group 1 (Suyoung Lee, Woojun Kim,
    // Youngchul Sung, Seohui Bae): Woojun (Suyoung 2 papers, Youngchul 1) and Youngchul (Woojun 1,
    // Seohui 1) have 2 co-authors each; Woojun's weigh 3, Youngchul's 2. Groups 2, 3 and 4 are
    // pairs alike in every count: the label first in order names them.
    const g = graphOf(samplePapers());
    assignCommunities(g);
    expect(describeGroups(g)).toEqual([
      { id: 0, size: 6, center: "jeonghye kim", name: "Jeonghye Kim" },
      { id: 1, size: 4, center: "woojun kim", name: "Woojun Kim" },
      { id: 2, size: 2, center: "dongsheng li", name: "Dongsheng Li" },
      { id: 3, size: 2, center: "whiyoung jung", name: "Whiyoung Jung" },
      { id: 4, size: 2, center: "minhae oh", name: "Minhae Oh" },
    ]);
  });

  it("names a group that carried on through a rebuild after its namesake while she is visible, though another is more central", () => {
    // Group 0 of the ties above: Zed leads it, Dee (1 co-author, Cy) is its namesake from before.
    const g = tied();
    g.setAttribute("keptGroups", [{ community: 0, color: null, center: "dee" }]);
    expect(describeGroups(g)[0]).toEqual({ id: 0, size: 4, center: "dee", name: "Dee" });
    // With Dee hidden, the most central visible author names it, Zed; once shown again, Dee.
    const authors = new Map(g.filterNodes((key) => key !== "dee").map((key) => [key, {}]));
    const links = new Map(g.filterEdges((_key, _a, source, target) => authors.has(source) && authors.has(target)).map((key) => [key, 1]));
    expect(describeGroups(g, { authors, links })[0]).toEqual({ id: 0, size: 3, center: "zed", name: "Zed" });
  });

  it("leaves out authors without a group, and has nothing to say of a graph without groups", () => {
    const g = graphOf([paper("1", ["Ann", "Bo"]), paper("2", ["Bo", "Cy"])]);
    expect(describeGroups(g)).toEqual([]);
    g.setNodeAttribute("ann", "community", 0);
    g.setNodeAttribute("bo", "community", 0);
    // Cy has no group. Ann and Bo: 1 co-author inside, weight 1 each; Bo has 2 papers, Ann 1.
    expect(describeGroups(g)).toEqual([{ id: 0, size: 2, center: "bo", name: "Bo" }]);
    expect(describeGroups(graphOf([]))).toEqual([]);
  });
});
