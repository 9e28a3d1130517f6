import { describe, expect, it } from "vitest";
import { buildCoauthorGraph } from "../../../src/graph/build";
import type { Paper } from "../../../src/parse/types";
import { deriveView } from "../../../src/view/derive";
import { collaborationPath } from "../../../src/view/path";
import { DEFAULT_VIEW_SETTINGS, type ViewSettings } from "../../../src/view/types";
import { graphOf, paper, samplePapers } from "../../support/papers";

function setUp(papers: Paper[]) {
  const graph = graphOf(papers);
  const byId = new Map(papers.map((p) => [p.id, p]));
  return (from: string, to: string, settings: Partial<ViewSettings> = {}) => {
    const view = deriveView(graph, byId, { ...DEFAULT_VIEW_SETTINGS, ...settings });
    const path = collaborationPath(graph, view, byId, from, to);
    return path && { authors: path.authors, papers: path.steps.map((s) => s.paper) };
  };
}

describe("the collaboration path", () => {
  // Ann–Bo (p1 2020, p2 2021), Ann–Cy and Bo–Cy (p2), Ann–Dee (p3 2022); Eve–Fay (p4) apart.
  const path = setUp([
    paper("p1", ["Ann", "Bo"], { year: 2020 }),
    paper("p2", ["Ann", "Bo", "Cy"], { year: 2021, etAl: true }),
    paper("p3", ["Ann", "Dee"], { year: 2022 }),
    paper("p4", ["Eve", "Fay"], { year: 2019 }),
  ]);

  it("lists the shortest chain of co-authors with their most recent shared paper per step", () => {
    expect(path("dee", "cy")).toEqual({ authors: ["dee", "ann", "cy"], papers: ["p3", "p2"] });
    // Ann and Bo share p1 (2020) and p2 (2021): the step shows p2.
    expect(path("bo", "dee")).toEqual({ authors: ["bo", "ann", "dee"], papers: ["p2", "p3"] });
    expect(path("ann", "ann")).toEqual({ authors: ["ann"], papers: [] });
  });

  it("is null when the authors are not connected, or when the filters hide the chain or an author", () => {
    expect(path("eve", "ann")).toBeNull();
    expect(path("bo", "dee", { years: [2020, 2021] })).toBeNull();
    // Without 2021 (p2) Bo and Cy are only linked through nobody: Cy is hidden.
    expect(path("bo", "cy", { years: [2020, 2020] })).toBeNull();
    // A step shows the latest paper the view keeps: p1 when the truncated p2 is left out.
    expect(path("bo", "dee", { excludeTruncated: true })).toEqual({ authors: ["bo", "ann", "dee"], papers: ["p1", "p3"] });
    expect(path("bo", "dee", { scope: { kind: "ego", center: "ann", depth: 1 } })).toEqual({ authors: ["bo", "ann", "dee"], papers: ["p2", "p3"] });
    expect(path("bo", "dee", { scope: { kind: "roster", people: ["bo", "dee"], outside: false } })).toBeNull();
  });

  it("takes, of two chains as short, the one through stronger collaborations", () => {
    // A to D in two steps either through Cy (one paper each) or through Bo (three papers each);
    // Cy comes first in the graph, so only the weights can prefer Bo.
    const diamond = setUp([
      paper("c1", ["A", "Cy"]),
      paper("c2", ["Cy", "D"]),
      ...[1, 2, 3].flatMap((i) => [paper(`b${i}`, ["A", "Bo"]), paper(`d${i}`, ["Bo", "D"])]),
    ]);
    expect(diamond("a", "d")!.authors).toEqual(["a", "bo", "d"]);
    // Without Bo in the view, through Cy; with links of one paper hidden, through Bo only.
    expect(diamond("a", "d", { scope: { kind: "roster", people: ["a", "cy", "d"], outside: false } })!.authors).toEqual(["a", "cy", "d"]);
    expect(diamond("a", "d", { minWeight: 2 })!.authors).toEqual(["a", "bo", "d"]);
  });

  it("goes from Zeyuan Liu to Nakyung Lee through Jeonghye Kim in the sample", () => {
    const papers = samplePapers();
    const graph = buildCoauthorGraph(papers);
    const byId = new Map(papers.map((p) => [p.id, p]));
    const key = (label: string) => graph.findNode((_k, a) => a.label === label)!;
    const found = collaborationPath(graph, deriveView(graph, byId, DEFAULT_VIEW_SETTINGS), byId, key("Zeyuan Liu"), key("Nakyung Lee"))!;
    expect(found.authors.map((k) => graph.getNodeAttribute(k, "label"))).toEqual(["Zeyuan Liu", "Jeonghye Kim", "Nakyung Lee"]);
    expect(found.steps.map((s) => byId.get(s.paper!)!.title)).toEqual([
      "Exploratory Memory-Augmented LLM Agent via Hybrid On- and Off-Policy Optimization",
      "RAISE: Enhancing Scientific Reasoning in LLMs via Step-by-Step Retrieval",
    ]);
  });
});
