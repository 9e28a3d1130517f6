/**
 * `npm run bench`: prints how fast the hot paths are. Figures only, no thresholds:
 * compare them before and after a change on the same machine. Each section runs in a process
 * of its own: one that follows a big one would otherwise pay for its garbage (the BibTeX reader
 * measured 14 MB/s after the listing sections, 24 MB/s on its own).
 */
import { execFileSync } from "node:child_process";
import { buildCoauthorGraph } from "../src/graph/build";
import { layoutInputFromGraph } from "../src/layout/input";
import { runLayout } from "../src/layout/run";
import { seedPositions } from "../src/layout/seed";
import { readPapers } from "../src/load/readPapers";
import { readSources } from "../src/parse/index";
import { benchAnalysis } from "./analysis";
import { benchBibtex } from "./bibtex";
import { benchDblpXml } from "./dblpXml";
import { generateBibliography, type GeneratedPaper } from "./generate/bibliography";
import { writeCslJson } from "./generate/cslJson";
import { writeOpenalex } from "./generate/openalex";
import { writeRis } from "./generate/ris";
import { writeScopusCsv } from "./generate/scopusCsv";
import { writeWos } from "./generate/wos";
import { generateListing } from "./generateListing";
import { benchGroups } from "./groups";
import { benchInteractions } from "./interactions";
import { benchLabels } from "./labels";
import { benchPanning } from "./panning";
import { benchSearch } from "./search";
import { median, row, timed } from "./measure";
import { benchView } from "./view";

const REFERENCE_DATE = "2026-11-25";

function benchListing(): void {
  const { text, papers } = generateListing(40_000);
  const mb = Buffer.byteLength(text) / 1e6;
  const sources = [{ name: "big.txt", text }];
  const parse = [0, 1, 2, 3, 4].map(() => timed(() => readSources(sources, { referenceDate: REFERENCE_DATE }))[1]);
  row(`listing parse (${mb.toFixed(1)} MB, ${papers.toLocaleString("en")} papers), median of 5`, `${(mb / (median(parse) / 1000)).toFixed(1)} MB/s`);
  const whole = [0, 1, 2].map(() => timed(() => readPapers(sources, { referenceDate: REFERENCE_DATE }))[1]);
  row("  the same, read with identity, duplicates and candidates, median of 3", `${(mb / (median(whole) / 1000)).toFixed(1)} MB/s`);
}

/** Every other format's reader on one generated bibliography. */
function benchFormats(): void {
  const papers = generateBibliography(20_000);
  const writers: [string, (list: GeneratedPaper[]) => string][] = [
    ["RIS", writeRis],
    ["Web of Science", writeWos],
    ["Scopus CSV", writeScopusCsv],
    ["CSL-JSON", writeCslJson],
    ["OpenAlex", writeOpenalex],
  ];
  for (const [label, write] of writers) {
    const text = write(papers);
    const mb = Buffer.byteLength(text) / 1e6;
    const times = [0, 1, 2].map(() => timed(() => readSources([{ name: "bench", text }], { referenceDate: REFERENCE_DATE }))[1]);
    row(`${label} parse (${mb.toFixed(1)} MB, 20,000 papers), median of 3`, `${(mb / (median(times) / 1000)).toFixed(1)} MB/s`);
  }
}

function benchBuildAndLayout(): void {
  const { text } = generateListing(10_000);
  const { papers } = readPapers([{ name: "10k.txt", text }], { referenceDate: REFERENCE_DATE });
  const builds = [0, 1, 2, 3, 4].map(() => timed(() => buildCoauthorGraph(papers)));
  const graph = builds[0]![0];
  row(`graph build (${graph.order.toLocaleString("en")} authors, ${graph.size.toLocaleString("en")} links), median of 5`, `${median(builds.map((b) => b[1])).toFixed(0)} ms`);
  seedPositions(graph);
  const input = layoutInputFromGraph(graph, () => 6);
  const [{ iterations }, ms] = timed(() => runLayout(input));
  row(`layout in Node, same graph (${iterations} iterations + overlaps)`, `${(ms / 1000).toFixed(1)} s (${(ms / iterations).toFixed(0)} ms/iteration)`);
}

async function benchFirstFrame(): Promise<void> {
  // Loaded here only: Vite and Playwright would weigh on the memory figures of the other sections.
  const { launchChromium } = await import("../test/browser/support/chromium");
  const { serveProductionBuild } = await import("../test/browser/support/productionBuild");
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

const SECTIONS: Record<string, () => void | Promise<void>> = {
  listing: benchListing,
  bibtex: benchBibtex,
  dblp: benchDblpXml,
  formats: benchFormats,
  graph: benchBuildAndLayout,
  groups: benchGroups,
  analysis: benchAnalysis,
  view: benchView,
  search: benchSearch,
  browser: benchFirstFrame,
  interactions: benchInteractions,
  panning: benchPanning,
  labels: benchLabels,
};

const section = process.argv[2];
if (section) {
  await SECTIONS[section]!();
} else {
  console.log(`Coauthor Explorer benchmark (Node ${process.version})\n`);
  for (const name of Object.keys(SECTIONS)) {
    execFileSync(process.execPath, [...process.execArgv, new URL(import.meta.url).pathname, name], { stdio: "inherit" });
  }
}
