/** What betweenness costs, exact and sampled, and how close the sample comes to the exact values. */
import { buildCoauthorGraph } from "../src/graph/build";
import { readPapers } from "../src/load/readPapers";
import { analysisInputOf, runAnalysis, type AnalysisInput, type AnalysisResult } from "../src/measures/analysis";
import { deriveView } from "../src/view/derive";
import { DEFAULT_VIEW_SETTINGS } from "../src/view/types";
import { generateListing } from "./generateListing";
import { median, row, timed } from "./measure";

/** The generated network of n authors as the page would send it to the worker, everyone visible. */
function networkOf(n: number): { input: () => AnalysisInput; links: number; inputMs: number } {
  const { papers } = readPapers([{ name: "bench.txt", text: generateListing(n).text }], { referenceDate: "2026-11-25" });
  const graph = buildCoauthorGraph(papers);
  const view = deriveView(graph, new Map(papers.map((p) => [p.id, p])), DEFAULT_VIEW_SETTINGS);
  const [, inputMs] = timed(() => analysisInputOf(graph, view));
  // A fresh input each time: sending one to a worker empties its edges.
  return { input: () => analysisInputOf(graph, view), links: graph.size, inputMs };
}

const errorText = (result: AnalysisResult) => (result.error === null ? "no error stated" : `±${result.error.toPrecision(2)} (95 %)`);

/** Distances of a sampled estimate from the exact values, over every author. */
function misses(exact: Float64Array, sampled: AnalysisResult): { worst: number; p95: number; within: number } {
  const distances = Array.from(exact, (value, i) => Math.abs(value - sampled.values[i]!)).sort((a, b) => a - b);
  const stated = sampled.error ?? 0;
  return { worst: distances.at(-1) ?? 0, p95: distances[Math.floor(distances.length * 0.95)] ?? 0, within: distances.filter((d) => d <= stated).length / distances.length };
}

export function benchAnalysis(): void {
  const big = networkOf(10_000);
  const size = `10,000 authors, ${big.links.toLocaleString("en")} links`;
  row(`betweenness input (keys + index pairs) from the view, ${size}`, `${big.inputMs.toFixed(0)} ms`);
  const sampledRuns = [0, 1, 2].map(() => timed(() => runAnalysis(big.input())));
  const sampled = sampledRuns[0]![0];
  const sampledMs = median(sampledRuns.map((r) => r[1]));
  row(`betweenness, sampled as chosen (${sampled.sources} sources), ${size}, median of 3`, `${sampledMs.toFixed(0)} ms`);
  row("  its stated error", errorText(sampled));
  // The exact computation is every source's search: timed on 500, scaled to 10,000.
  const [, fiveHundred] = timed(() => runAnalysis({ ...big.input(), options: { sources: 500 } }));
  row(`betweenness, exact, ${size} (500 sources timed, × 20)`, `${((fiveHundred * 20) / 1000).toFixed(0)} s`);
  const visits = 500 * (10_000 + big.links);
  row("  time per node or link visit (the work budget's unit)", `${((fiveHundred * 1000) / visits).toFixed(3)} µs`);

  const huge = networkOf(50_000);
  const [result, hugeMs] = timed(() => runAnalysis(huge.input()));
  row(`betweenness, sampled as chosen (${result.sources} sources), 50,000 authors, ${huge.links.toLocaleString("en")} links`, `${hugeMs.toFixed(0)} ms, ${errorText(result)}`);

  const small = networkOf(2_000);
  const [exact, exactMs] = timed(() => runAnalysis(small.input()));
  row(`betweenness, exact${exact.exact ? "" : " (not chosen?)"}, 2,000 authors, ${small.links.toLocaleString("en")} links`, `${exactMs.toFixed(0)} ms`);
  for (const sources of [100, 200, 500]) {
    const [estimate, ms] = timed(() => runAnalysis({ ...small.input(), options: { sources } }));
    const { worst, p95, within } = misses(exact.values, estimate);
    row(`  sampled from ${sources} sources: ${ms.toFixed(0)} ms, stated ${errorText(estimate)}`, `${(within * 100).toFixed(1)} % within`);
    row(`    measured distance from exact: 95 % of authors within / worst`, `${p95.toPrecision(2)} / ${worst.toPrecision(2)}`);
  }
}
