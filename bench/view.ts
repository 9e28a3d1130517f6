/** What a filter change costs on the page: deriving the visible graph and its visuals again. */
import { buildCoauthorGraph } from "../src/graph/build";
import { assignCommunities } from "../src/graph/communities";
import { readPapers } from "../src/load/readPapers";
import { deriveView } from "../src/view/derive";
import { graphIndexOf } from "../src/view/graphIndex";
import { networkStats } from "../src/view/stats";
import { DEFAULT_VIEW_SETTINGS, type ViewSettings } from "../src/view/types";
import { computeVisuals } from "../src/visual/compute";
import { generateListing } from "./generateListing";
import { median, row, timed } from "./measure";

export function benchView(): void {
  for (const n of [10_000, 50_000]) {
    const { text } = generateListing(n);
    const { papers } = readPapers([{ name: "bench.txt", text }], { referenceDate: "2026-11-25" });
    const graph = buildCoauthorGraph(papers);
    assignCommunities(graph);
    const byId = new Map(papers.map((p) => [p.id, p]));
    const size = `${n.toLocaleString("en")} authors`;
    const [, indexing] = timed(() => graphIndexOf(graph, byId));
    row(`index of the network for filtering, once per load, ${size}`, `${indexing.toFixed(0)} ms`);
    const cases: [string, Partial<ViewSettings>][] = [
      ["everyone", {}],
      ["a year range", { years: [2024, 2025] }],
      ["fractional counting, links of 0.5 or more", { counting: "fractional", minWeight: 0.5 }],
      ["largest component", { largestComponent: true }],
    ];
    for (const [what, patch] of cases) {
      const settings = { ...DEFAULT_VIEW_SETTINGS, ...patch };
      const times = [0, 1, 2, 3, 4].map(() => {
        const [view, derive] = timed(() => deriveView(graph, byId, settings));
        // Every visual read once, as sigma's reducers do at the refresh that follows.
        const [, visuals] = timed(() => {
          const { nodes, edges } = computeVisuals(graph, view);
          let read = 0;
          for (const visual of nodes.values()) read += visual.size;
          for (const visual of edges.values()) read += visual.size;
          return read;
        });
        return derive + visuals;
      });
      row(`filter change to ${what}, ${size}: visible graph + every visual, median of 5`, `${median(times).toFixed(0)} ms`);
    }
    const view = deriveView(graph, byId, DEFAULT_VIEW_SETTINGS);
    const stats = [0, 1, 2].map(() => timed(() => networkStats(graph, view, byId))[1]);
    row(`statistics of the visible graph, ${size}, median of 3`, `${median(stats).toFixed(0)} ms`);
  }
}
