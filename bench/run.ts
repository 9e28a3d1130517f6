/**
 * `npm run bench`: prints how fast the hot paths are. Figures only, no thresholds:
 * compare them before and after a change on the same machine.
 */
import { buildCoauthorGraph } from "../src/graph/build";
import { layoutInputFromGraph } from "../src/layout/input";
import { runLayout } from "../src/layout/run";
import { seedPositions } from "../src/layout/seed";
import { parseSources } from "../src/parse/index";
import { launchChromium } from "../test/browser/support/chromium";
import { serveProductionBuild } from "../test/browser/support/productionBuild";
import { generateListing } from "./generateListing";

const REFERENCE_DATE = "2026-11-25";
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const timed = <T>(run: () => T): [T, number] => {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
};
const row = (what: string, figure: string) => console.log(`${what.padEnd(58)} ${figure}`);

function benchParse(): void {
  const { text, papers } = generateListing(40_000);
  const mb = Buffer.byteLength(text) / 1e6;
  const times = [0, 1, 2, 3, 4].map(() => timed(() => parseSources([{ name: "big.txt", text }], { referenceDate: REFERENCE_DATE }))[1]);
  row(`listing parse (${mb.toFixed(1)} MB, ${papers.toLocaleString("en")} papers), median of 5`, `${(mb / (median(times) / 1000)).toFixed(1)} MB/s`);
}

function benchBuildAndLayout(): void {
  const { text } = generateListing(10_000);
  const { papers } = parseSources([{ name: "10k.txt", text }], { referenceDate: REFERENCE_DATE });
  const builds = [0, 1, 2, 3, 4].map(() => timed(() => buildCoauthorGraph(papers)));
  const graph = builds[0]![0];
  row(`graph build (${graph.order.toLocaleString("en")} authors, ${graph.size.toLocaleString("en")} links), median of 5`, `${median(builds.map((b) => b[1])).toFixed(0)} ms`);
  seedPositions(graph);
  const input = layoutInputFromGraph(graph, () => 6);
  const [{ iterations }, ms] = timed(() => runLayout(input));
  row(`layout in Node, same graph (${iterations} iterations + overlaps)`, `${(ms / 1000).toFixed(1)} s (${(ms / iterations).toFixed(0)} ms/iteration)`);
}

async function benchFirstFrame(): Promise<void> {
  const served = await serveProductionBuild({ "bench-10k.txt": generateListing(10_000).text });
  const base = served.url;
  const browser = await launchChromium();
  try {
    for (const [what, query] of [
      ["sample (16 authors)", ""],
      ["generated network (10,000 authors)", "&listing=bench-10k.txt"],
    ] as const) {
      const firstFrames: number[] = [];
      let settledAt = 0; // measured on the first, cold, run only: waiting for 10,000 authors takes a while
      for (let run = 0; run < 3; run++) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        await page.goto(`${base}?reference-date=${REFERENCE_DATE}${query}`);
        await page.waitForFunction(() => performance.getEntriesByName("first-frame").length > 0, null, { timeout: 120_000 });
        firstFrames.push(await page.evaluate(() => performance.getEntriesByName("first-frame")[0]!.startTime));
        if (run === 0) {
          await page.waitForFunction(() => window.explorer?.layout === "settled", null, { timeout: 300_000, polling: 100 });
          settledAt = await page.evaluate(() => performance.now());
        }
        await page.close();
      }
      row(`page load → first drawn frame, ${what}, median of 3`, `${median(firstFrames).toFixed(0)} ms`);
      row(`page load → layout settled, ${what}`, `${(settledAt / 1000).toFixed(1)} s`);
    }
  } finally {
    await browser.close();
    await served.close();
  }
}

console.log(`Coauthor Explorer benchmark (Node ${process.version})\n`);
benchParse();
benchBuildAndLayout();
await benchFirstFrame();
