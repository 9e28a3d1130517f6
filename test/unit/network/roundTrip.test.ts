import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { writeGexf } from "../../../src/export/gexf";
import { writeGraphJson } from "../../../src/export/graphJson";
import { writeGraphml } from "../../../src/export/graphml";
import { writeVosviewerJson } from "../../../src/export/vosviewer";
import type { CoauthorGraph } from "../../../src/graph/types";
import { loadSources } from "../../../src/load/loadSources";
import { groupColors } from "../../../src/visual/groupColors";
import { handMadeNetwork, writtenText } from "../../support/network";

/** A file opened as the explorer opens it: the whole load, as the worker runs it. */
function opened(name: string, text: string) {
  const result = loadSources({ sources: [{ name, text }], referenceDate: "2026-11-25", maxAuthors: 100, decisions: [] });
  return { result, graph: Graph.from(result.graph) as CoauthorGraph };
}

const { graph: original, visuals, papers } = handMadeNetwork();

/** What each author of the hand-made network is, read back from a file that carries all of it. */
const AUTHORS = {
  "ann lee": { label: "Ann Lee", papers: 3, paperIds: [], etAlPapers: 1, aliases: ["A. Lee", "Lee, A."], sourceIds: ["orcid:0000-0002-1825-0097"], firstYear: 2019, lastYear: 2022, community: 0, x: 1.5, y: -2.25 },
  "bo chen": { label: "Bo Chen", papers: 2, paperIds: [], etAlPapers: 0, aliases: [], firstYear: 2019, lastYear: 2020, community: 0, x: -3, y: 4.125 },
  "cy diaz": { label: "Cy Díaz & <Co>", papers: 2, paperIds: [], etAlPapers: 1, aliases: [], firstYear: 2022, lastYear: 2022, community: 1, x: 0, y: 0 },
  "dee evans": { label: 'Dee "D" Evans', papers: 1, paperIds: [], etAlPapers: 0, aliases: [], firstYear: null, lastYear: null, community: 1, x: 10, y: -10.5 },
};
const DRAWN = { "ann lee": { fileColor: "#e69f00", fileSize: 12 }, "bo chen": { fileColor: "#e69f00", fileSize: 8.5 }, "cy diaz": { fileColor: "#56b4e9", fileSize: 6.25 }, "dee evans": { fileColor: "#56b4e9", fileSize: 4 } };
const LINKS = [
  ["ann lee|bo chen", "ann lee", "bo chen", { weight: 2, papers: [] }],
  ["ann lee|cy diaz", "ann lee", "cy diaz", { weight: 1, papers: [] }],
  ["cy diaz|dee evans", "cy diaz", "dee evans", { weight: 1, papers: [] }],
];

const nodesOf = (graph: CoauthorGraph) => Object.fromEntries(graph.mapNodes((key, a) => [key, a]));
const linksOf = (graph: CoauthorGraph) => graph.mapEdges((key, a, source, target) => [key, source, target, a]);

describe("the explorer's own network files open again as the same network", () => {
  it("GEXF: the same authors, fields, links, weights, positions, colours and sizes", async () => {
    const text = await writtenText((out) => writeGexf(original, visuals, out, "A hand-made network."));
    const { result, graph } = opened("net.gexf", text);
    expect(nodesOf(graph)).toEqual(Object.fromEntries(Object.entries(AUTHORS).map(([key, a]) => [key, { ...a, ...DRAWN[key as keyof typeof DRAWN] }])));
    expect(linksOf(graph)).toEqual(LINKS);
    expect(graph.getAttribute("network")).toEqual({ file: "net.gexf", format: "GEXF", positions: true, colors: true, sizes: true, paperCounts: true });
    // The file's places are kept: no layout ran over them.
    expect(result.laidOut).toBe(true);
    expect(result.papers).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.files).toEqual([{ file: "net.gexf", format: "gexf", papers: 0, network: { authors: 4, links: 3 } }]);
  });

  it("GraphML: the same", async () => {
    const text = await writtenText((out) => writeGraphml(original, visuals, out));
    const { result, graph } = opened("net.graphml", text);
    expect(nodesOf(graph)).toEqual(Object.fromEntries(Object.entries(AUTHORS).map(([key, a]) => [key, { ...a, ...DRAWN[key as keyof typeof DRAWN] }])));
    expect(linksOf(graph)).toEqual(LINKS);
    expect(graph.getAttribute("network")).toMatchObject({ format: "GraphML", positions: true, colors: true, sizes: true, paperCounts: true });
    expect(result.warnings).toEqual([]);
  });

  it("graphology JSON: the same authors and links; its colours are the groups', which come back", async () => {
    const text = await writtenText((out) => writeGraphJson(original, out));
    const { result, graph } = opened("net.json", text);
    expect(nodesOf(graph)).toEqual(AUTHORS);
    expect(linksOf(graph)).toEqual(LINKS);
    expect(graph.getAttribute("network")).toMatchObject({ format: "graphology JSON", positions: true, colors: false, sizes: false, paperCounts: true });
    expect(groupColors(graph)).toEqual(groupColors(original));
    expect(result.warnings).toEqual([]);
  });

  it("VOSviewer JSON: the authors numbered 1 to 4 as VOSviewer numbers items, with names, places, papers, groups and link strengths", async () => {
    const text = await writtenText((out) => writeVosviewerJson(original, visuals, papers, out));
    const { graph } = opened("net-vosviewer.json", text);
    expect(graph.nodes()).toEqual(["1", "2", "3", "4"]);
    expect(graph.mapNodes((_key, a) => [a.label, a.papers, a.community, a.x, a.y])).toEqual([
      ["Ann Lee", 3, 0, 1.5, -2.25],
      ["Bo Chen", 2, 0, -3, 4.125],
      ["Cy Díaz & <Co>", 2, 1, 0, 0],
      ['Dee "D" Evans', 1, 1, 10, -10.5],
    ]);
    // VOSviewer's own weights and scores stay as the file's attributes: Ann's papers are from 2019, 2020 and 2022.
    expect(graph.getNodeAttribute("1", "fileAttributes")).toEqual({ Links: 2, "Total link strength": 3, "Avg. pub. year": 2020.333333 });
    expect(graph.getNodeAttribute("4", "fileAttributes")).toEqual({ Links: 1, "Total link strength": 1 });
    expect(linksOf(graph)).toEqual([
      ["1|2", "1", "2", { weight: 2, papers: [] }],
      ["1|3", "1", "3", { weight: 1, papers: [] }],
      ["3|4", "3", "4", { weight: 1, papers: [] }],
    ]);
    expect(groupColors(graph)).toEqual(groupColors(original));
  });

  it("graphology's own readers read the explorer's GEXF and GraphML as the explorer does", async () => {
    for (const [name, write, parse] of [
      ["net.gexf", (out: (t: string) => void) => writeGexf(original, visuals, out, ""), (text: string) => parseGexf(Graph, text)],
      ["net.graphml", (out: (t: string) => void) => writeGraphml(original, visuals, out), (text: string) => parseGraphml(Graph, text)],
    ] as const) {
      const text = await writtenText(write);
      const theirs = parse(text);
      const { graph: ours } = opened(name, text);
      expect(theirs.nodes()).toEqual(ours.nodes());
      for (const key of ours.nodes()) {
        const a = ours.getNodeAttributes(key);
        const b = theirs.getNodeAttributes(key);
        expect([b.label, b.x, b.y, b.size, b.papers]).toEqual([a.label, a.x, a.y, a.fileSize, a.papers]);
        // graphology-gexf gives viz colours as "rgb(r,g,b)", graphology-graphml the color key as written.
        expect(String(b.color).replace(/^rgb\((\d+),(\d+),(\d+)\)$/, (_m, r, g, bl) => `#${[r, g, bl].map((n) => Number(n).toString(16).padStart(2, "0")).join("")}`)).toBe(a.fileColor);
      }
      expect(theirs.mapEdges((_e, a, s, t) => [s, t, a.weight])).toEqual(ours.mapEdges((_e, a, s, t) => [s, t, a.weight]));
    }
  });
});
