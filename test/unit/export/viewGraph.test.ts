import { describe, expect, it } from "vitest";
import { viewGraph } from "../../../src/export/viewGraph";
import { deriveView } from "../../../src/view/derive";
import { DEFAULT_VIEW_SETTINGS } from "../../../src/view/types";
import { graphOf, identified, paper } from "../../support/papers";

// Ann and Bo in 2020 and 2022, Ann and Cy in 2020, Dee alone in 2019.
const papers = identified([
  paper("p1", ["Ann Lee", "Bo Chen", "Cy Diaz"], { year: 2020 }),
  paper("p2", ["Ann Lee", "Bo Chen"], { year: 2022 }),
  paper("p3", ["Dee Evans"], { year: 2019 }),
]);
const graph = graphOf(papers);
graph.forEachNode((key, a) => graph.mergeNodeAttributes(key, { x: a.label.length, y: -a.papers }));
const byId = new Map(papers.map((p) => [p.id, p]));

describe("the network of what the map shows", () => {
  it("holds the visible authors and links, counted over the papers the filters keep, at the full network's places", () => {
    const shown = viewGraph(graph, deriveView(graph, byId, { ...DEFAULT_VIEW_SETTINGS, years: [2021, 2022] }));
    // Only p2 is kept: Ann and Bo, one paper each, one link of weight 1.
    expect(shown.nodes().sort()).toEqual(["ann lee", "bo chen"]);
    expect(shown.getNodeAttributes("ann lee")).toMatchObject({ label: "Ann Lee", papers: 1, paperIds: ["p2"], firstYear: 2022, lastYear: 2022, x: 7, y: -2 });
    expect(shown.size).toBe(1);
    expect(shown.getEdgeAttributes(shown.edge("ann lee", "bo chen")!)).toEqual({ weight: 1, papers: ["p2"] });
    expect(shown.getAttribute("papers")).toBe(1);
    // The full network is left as it was.
    expect(graph.getNodeAttribute("ann lee", "papers")).toBe(2);
  });

  it("is the whole network when nothing is filtered", () => {
    const shown = viewGraph(graph, deriveView(graph, byId, DEFAULT_VIEW_SETTINGS));
    expect([shown.order, shown.size]).toEqual([4, 3]);
    expect(shown.getEdgeAttributes(shown.edge("ann lee", "bo chen")!)).toEqual({ weight: 2, papers: ["p1", "p2"] });
  });
});
