import { describe, expect, it } from "vitest";
import { buildCoauthorGraph } from "../../../src/graph/build";
import { graphOf, paper, samplePapers, withDetails } from "../../support/papers";

const graph = buildCoauthorGraph(samplePapers());

describe("the sample's co-authorship graph", () => {
  it("has 16 authors and 25 links whose weights sum to 39 (13 papers × 3 pairs)", () => {
    expect(graph.order).toBe(16);
    expect(graph.size).toBe(25);
    expect(graph.reduceEdges((sum, _e, a) => sum + a.weight, 0)).toBe(39);
  });

  it("links Jeonghye Kim and Minbeom Kim through their 4 shared papers", () => {
    const edge = graph.edge("jeonghye kim", "minbeom kim")!;
    expect(graph.getEdgeAttributes(edge)).toEqual({
      weight: 4,
      papers: [
        "why-does-self-distillation-sometimes-degrade-the-reasoning",
        "understanding-reasoning-in-llms-through-strategic",
        "beyond-normalization-rethinking-the-partition-function-as-a",
        "reflact-world-grounded-decision-making-in-llm-agents-via",
      ],
    });
  });

  it("counts papers, truncated lists and years per author", () => {
    expect(graph.getNodeAttributes("jeonghye kim")).toMatchObject({ label: "Jeonghye Kim", papers: 13, etAlPapers: 12, firstYear: 2023, lastYear: 2026 });
    expect(graph.getNodeAttributes("woojun kim")).toMatchObject({
      label: "Woojun Kim",
      papers: 3,
      etAlPapers: 2,
      paperIds: ["decision-convformer-local-filtering-in-metaformer-is", "lesson-learning-to-integrate-exploration-strategies-for", "adaptive-q-aid-for-conditional-supervised-learning-in"],
    });
    expect(graph.degree("jeonghye kim")).toBe(15);
    expect(graph.getAttributes()).toEqual({ papers: 13, etAlPapers: 12, largePapers: 0, maxAuthors: 100 });
  });

  it("gives every link weight as listed by hand", () => {
    const weights = Object.fromEntries(graph.mapEdges((edge, a) => [edge, a.weight]));
    expect(weights).toEqual({
      "jeonghye kim|xufang luo": 3, "jeonghye kim|minbeom kim": 4, "minbeom kim|xufang luo": 2,
      "jeonghye kim|zeyuan liu": 1, "xufang luo|zeyuan liu": 1,
      "jeonghye kim|suyoung lee": 2, "jeonghye kim|woojun kim": 3, "suyoung lee|woojun kim": 2,
      "woojun kim|youngchul sung": 1, "jeonghye kim|youngchul sung": 2,
      "dohyung kim|minbeom kim": 1, "dohyung kim|jeonghye kim": 1,
      "jeonghye kim|jiwon jeon": 1, "dongsheng li|jeonghye kim": 1, "dongsheng li|jiwon jeon": 1,
      "jeonghye kim|sojeong rhee": 1, "minbeom kim|sojeong rhee": 1,
      "jeonghye kim|seohui bae": 1, "seohui bae|youngchul sung": 1,
      "jeonghye kim|yongjae shin": 2, "jeonghye kim|whiyoung jung": 2, "whiyoung jung|yongjae shin": 2,
      "jeonghye kim|minhae oh": 1, "minhae oh|nakyung lee": 1, "jeonghye kim|nakyung lee": 1,
    });
  });
});

describe("author identity", () => {
  it("merges spellings that differ only in accents, case, dots and hyphens, labelled by the most frequent", () => {
    const g = graphOf([paper("a", ["José Núñez", "Ann Lee"]), paper("b", ["Jose Nunez", "Ann Lee"]), paper("c", ["José Núñez"])]);
    expect(g.order).toBe(2);
    expect(g.getNodeAttributes("jose nunez")).toMatchObject({ label: "José Núñez", papers: 3, aliases: ["Jose Nunez"] });
    expect(g.getEdgeAttributes(g.edge("jose nunez", "ann lee")!).weight).toBe(2);
  });

  it("counts an author listed twice on one paper once, and keeps single-author papers as lone nodes", () => {
    const g = graphOf([paper("a", ["Ann Lee", "Ann Lee", "Bo Chen"]), paper("b", ["Cy Diaz"])]);
    expect(g.order).toBe(3);
    expect(g.size).toBe(1);
    expect(g.getNodeAttributes("ann lee").papers).toBe(1);
    expect(g.degree("cy diaz")).toBe(0);
  });

  it("keys people a source identifies by their id, and keeps their ids on the node", () => {
    const g = graphOf([
      withDetails(paper("a", ["Wei Wang", "Ann Lee"]), [{ orcid: "0000-0001-0000-0001" }, {}]),
      withDetails(paper("b", ["Wei Wang", "Bo Chen"]), [{ orcid: "0000-0002-0000-0002", openalex: "A2" }, {}]),
    ]);
    expect(g.nodes().sort()).toEqual(["ann lee", "bo chen", "orcid:0000-0001-0000-0001", "orcid:0000-0002-0000-0002"]);
    expect(g.getNodeAttributes("orcid:0000-0002-0000-0002")).toMatchObject({ label: "Wei Wang", papers: 1, sourceIds: ["openalex:A2", "orcid:0000-0002-0000-0002"] });
    expect(g.hasNode("ann lee") && g.getNodeAttributes("ann lee").sourceIds).toBe(undefined);
  });

  it("refuses papers that have not been through the identity stage", () => {
    expect(() => buildCoauthorGraph([paper("a", ["Ann Lee"])])).toThrow('buildCoauthorGraph: paper "a" has no authorIds; run the identity stage (assignPeople) first');
  });
});

describe("papers with more authors than the threshold", () => {
  const big = (n: number) => paper(`big${n}`, Array.from({ length: n }, (_, i) => `Person ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)} Test`));

  it("keep their authors as nodes, with the paper, but add no links", () => {
    const g = graphOf([big(5), paper("small", ["Person A0 Test", "Person B0 Test"])], [], { maxAuthors: 4 });
    expect(g.order).toBe(5);
    expect(g.size).toBe(1);
    expect(g.getNodeAttributes("person a0 test")).toMatchObject({ papers: 2, paperIds: ["big5", "small"] });
    expect(g.getAttributes()).toEqual({ papers: 2, etAlPapers: 0, largePapers: 1, maxAuthors: 4 });
  });

  it("add links at the threshold itself, and always with 0 (no limit)", () => {
    expect(graphOf([big(4)], [], { maxAuthors: 4 }).size).toBe(6);
    expect(graphOf([big(5)], [], { maxAuthors: 0 }).size).toBe(10);
  });

  it("load in time and memory that grow with the input: 4,000 authors on one paper, default threshold", () => {
    const g = graphOf([big(4000)]);
    expect([g.order, g.size, g.getAttribute("largePapers")]).toEqual([4000, 0, 1]);
  });
});
