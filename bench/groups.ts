/** What finding, colouring and naming the research groups cost on the 10,000-author network. */
import { buildCoauthorGraph } from "../src/graph/build";
import { assignCommunities, describeGroups } from "../src/graph/communities";
import { carryGroups, previousGroupsOf } from "../src/graph/keptGroups";
import { readPapers } from "../src/load/readPapers";
import { deriveView } from "../src/view/derive";
import { DEFAULT_VIEW_SETTINGS } from "../src/view/types";
import { groupColors } from "../src/visual/groupColors";
import { generateListing } from "./generateListing";
import { median, row, timed } from "./measure";

/** Median of 15 runs, after 5 that are not counted: the first calls run before the code is optimised. */
function warmMedian(run: () => unknown): number {
  for (let i = 0; i < 5; i++) run();
  return median(Array.from({ length: 15 }, () => timed(run)[1]));
}

export function benchGroups(): void {
  const { text } = generateListing(10_000);
  const { papers } = readPapers([{ name: "10k.txt", text }], { referenceDate: "2026-11-25" });
  const graph = buildCoauthorGraph(papers);
  const size = `${graph.order.toLocaleString("en")} authors, ${graph.size.toLocaleString("en")} links`;

  const louvain = [0, 1, 2].map(() => timed(() => assignCommunities(graph)));
  row(`research groups, Louvain (${size}: ${louvain[0]![0].toLocaleString("en")} groups), median of 3`, `${median(louvain.map((l) => l[1])).toFixed(0)} ms`);
  row("  group colours (DSatur on the network of groups), median of 15", `${warmMedian(() => groupColors(graph)).toFixed(1)} ms`);
  row("  group names, everyone, median of 15", `${warmMedian(() => describeGroups(graph)).toFixed(1)} ms`);
  const view = deriveView(graph, new Map(papers.map((p) => [p.id, p])), DEFAULT_VIEW_SETTINGS);
  row("  group names, the visible graph of the default view, median of 15", `${warmMedian(() => describeGroups(graph, view)).toFixed(1)} ms`);
  // A rebuild of the same network: every group carries on, the most work matching can have.
  const shown = describeGroups(graph, view);
  const colors = groupColors(graph);
  const previous = previousGroupsOf(graph, colors, shown);
  row("  groups through a rebuild: handed on by the page, median of 15", `${warmMedian(() => previousGroupsOf(graph, colors, shown)).toFixed(1)} ms`);
  row("  groups through a rebuild: matched in the load worker, median of 15", `${warmMedian(() => carryGroups(previous, graph)).toFixed(1)} ms`);
}
