import { describe, expect, it } from "vitest";
import { buildCoauthorGraph } from "../../../src/graph/build";
import { deriveView } from "../../../src/view/derive";
import { facetsOf } from "../../../src/view/facets";
import { networkStats } from "../../../src/view/stats";
import { DEFAULT_VIEW_SETTINGS } from "../../../src/view/types";
import { graphOf, paper, samplePapers } from "../../support/papers";

const papers = [
  paper("p1", ["Ann", "Bo"], { year: 2020, categories: ["cs.AI"], venue: "V1", source: { file: "a.txt", line: 1 } }),
  paper("p2", ["Ann", "Bo", "Cy"], { year: 2021, categories: ["cs.LG", "cs.AI"], venue: "V2", source: { file: "a.txt", line: 2 } }),
  paper("p3", ["Ann", "Dee"], { year: 2023, source: { file: "b.txt", line: 1 } }),
  paper("p4", ["Eve", "Fay"], { year: 2020, venue: "V1", source: { file: "a.txt", line: 3 } }),
  paper("p5", ["Ann", "Ann"], { source: { file: "a.txt", line: 4 } }),
];
const byId = new Map(papers.map((p) => [p.id, p]));

describe("network statistics", () => {
  it("counts authors, papers, links, components, density, authors per paper and groups of the visible network", () => {
    const graph = graphOf(papers);
    // Groups: Ann, Bo, Cy in 0; Dee in 1; Eve and Fay in 2.
    for (const [key, community] of Object.entries({ ann: 0, bo: 0, cy: 0, dee: 1, eve: 2, fay: 2 })) graph.setNodeAttribute(key, "community", community);
    // Components {Ann, Bo, Cy, Dee} and {Eve, Fay}; density 2·5 / (6·5) = 1/3;
    // authors per paper (2 + 3 + 2 + 2 + 1) / 5 = 2: Ann listed twice on p5 counts once.
    expect(networkStats(graph, deriveView(graph, byId, DEFAULT_VIEW_SETTINGS), byId)).toEqual({
      authors: 6,
      papers: 5,
      links: 5,
      components: 2,
      largestComponent: 4,
      largestShare: 4 / 6,
      density: 1 / 3,
      meanAuthorsPerPaper: 2,
      communities: 3,
    });
    // 2020 only: Ann–Bo and Eve–Fay, two components of two; density 2·2 / (4·3) = 1/3; group 1 (Dee) gone.
    expect(networkStats(graph, deriveView(graph, byId, { ...DEFAULT_VIEW_SETTINGS, years: [2020, 2020] }), byId)).toEqual({
      authors: 4,
      papers: 2,
      links: 2,
      components: 2,
      largestComponent: 2,
      largestShare: 0.5,
      density: 1 / 3,
      meanAuthorsPerPaper: 2,
      communities: 2,
    });
  });

  it("says zero rather than dividing by zero for an empty view", () => {
    const graph = graphOf(papers);
    expect(networkStats(graph, deriveView(graph, byId, { ...DEFAULT_VIEW_SETTINGS, years: [1900, 1901] }), byId)).toEqual({
      authors: 0, papers: 0, links: 0, components: 0, largestComponent: 0, largestShare: 0, density: 0, meanAuthorsPerPaper: 0, communities: 0,
    });
  });

  it("finds the sample to be one component of 16 authors, 13 papers and 25 links", () => {
    const sample = samplePapers();
    const graph = buildCoauthorGraph(sample);
    const sampleById = new Map(sample.map((p) => [p.id, p]));
    // Every paper lists three authors; density 2·25 / (16·15) = 5/24.
    expect(networkStats(graph, deriveView(graph, sampleById, DEFAULT_VIEW_SETTINGS), sampleById)).toMatchObject({
      authors: 16, papers: 13, links: 25, components: 1, largestComponent: 16, largestShare: 1, density: 5 / 24, meanAuthorsPerPaper: 3,
    });
  });
});

describe("facets", () => {
  it("lists the years spanned with papers per year, and categories, venues and files with their papers", () => {
    expect(facetsOf(papers)).toEqual({
      years: [2020, 2023],
      papersPerYear: [2, 1, 0, 1],
      categories: [{ value: "cs.AI", papers: 2 }, { value: "cs.LG", papers: 1 }],
      venues: [{ value: "V1", papers: 2 }, { value: "V2", papers: 1 }],
      sources: [{ value: "a.txt", papers: 4 }, { value: "b.txt", papers: 1 }],
    });
    expect(facetsOf([paper("x", ["Ann"])])).toEqual({ years: null, papersPerYear: [], categories: [], venues: [], sources: [{ value: "t", papers: 1 }] });
  });
});
