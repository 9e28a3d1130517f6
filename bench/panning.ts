/**
 * What moving the map costs: main-thread work per frame while the reader pans and zooms the
 * generated network in the explorer, against the same network (positions, sizes, colours,
 * labels) in a bare sigma page with default settings; and the longest task a click on an
 * author causes. Two figures per frame: all main-thread task time over the gesture (Chrome's
 * TaskDuration), which with software WebGL includes waiting for the GPU process in sigma's
 * node picking (readPixels on every pointer event, on both pages); and sigma's render alone,
 * the JavaScript of a frame, which is what the explorer adds to sigma.
 */
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../test/browser/support/chromium";
import { serveProductionBuild } from "../test/browser/support/productionBuild";
import { serveBarePage } from "./barePage/serve";
import { generateListing } from "./generateListing";
import { row } from "./measure";

const REFERENCE_DATE = "2026-11-25";
const SIZES = [10_000, 50_000];
/** The layout runs this long before it is stopped: enough to look like a network, not to settle 50,000 authors. */
const LAYOUT_MS = 15_000;
const PAN_STEPS = 60;
const WHEEL_STEPS = 24;

/** Either page: the one sigma on it. */
type Which = "explorer" | "bare";

interface GestureCost {
  frames: number;
  /** Main-thread task time over the gesture, per frame drawn. */
  taskMsPerFrame: number;
  /** sigma's render alone (beforeRender to afterRender), per frame. */
  renderMsPerFrame: number;
}

export async function benchPanning(options: { sizes?: number[]; progress?: (message: string) => void } = {}): Promise<void> {
  const { sizes = SIZES, progress = () => {} } = options;
  const listings = Object.fromEntries(sizes.map((n) => [`bench-${n}.txt`, generateListing(n).text]));
  const app = await serveProductionBuild(listings);
  const bare = await serveBarePage();
  const browser = await launchChromium();
  try {
    for (const n of sizes) {
      const started = Date.now();
      const step = (what: string) => progress(`${n}: ${what} after ${((Date.now() - started) / 1000).toFixed(0)} s`);
      const explorer = await openExplorer(browser, app.url, n);
      step("explorer open");
      const network = await drawnNetwork(explorer);
      const own = await gestureCost(explorer, "explorer");
      step("explorer measured");
      const click = await longestTaskOfClick(explorer);
      step("click measured");
      await explorer.close();

      const plain = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await plain.goto(bare.url);
      await plain.evaluate(({ data, size }) => window.showNetwork(data, size), network);
      await nextFrames(plain, 2);
      const base = await gestureCost(plain, "bare");
      step("bare page measured");
      await plain.close();

      const authors = n.toLocaleString("en");
      row(`panning and zooming, ${authors} authors: main thread per frame, explorer | bare sigma`, `${ms(own.taskMsPerFrame)} | ${ms(base.taskMsPerFrame)} = ${(own.taskMsPerFrame / base.taskMsPerFrame).toFixed(1)}×`);
      row(`  sigma's render alone, explorer | bare sigma (${own.frames} | ${base.frames} frames)`, `${ms(own.renderMsPerFrame)} | ${ms(base.renderMsPerFrame)} = ${(own.renderMsPerFrame / base.renderMsPerFrame).toFixed(1)}×`);
      row(`  click on an author: longest task`, click === 0 ? "none over 50 ms" : ms(click));
    }
  } finally {
    await browser.close();
    await bare.close();
    await app.close();
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** The explorer on a generated listing, its layout run for LAYOUT_MS at most, then stopped. */
export async function openExplorer(browser: Browser, base: string, authors: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${base}?reference-date=${REFERENCE_DATE}&listing=bench-${authors}.txt`);
  await page.waitForFunction(() => performance.getEntriesByName("first-frame").length > 0, null, { timeout: 300_000 });
  await page.waitForFunction(() => window.explorer?.layout !== "running", null, { timeout: LAYOUT_MS, polling: 200 }).catch(() => undefined);
  if ((await page.evaluate(() => window.explorer!.layout)) === "running") {
    // A click through the page's own event, not the pointer: the page is busy while the layout runs.
    await page.evaluate(() => document.getElementById("layout-toggle")!.click());
    await page.waitForFunction(() => window.explorer!.layout !== "running", null, { timeout: 60_000 });
  }
  await nextFrames(page, 3);
  return page;
}

/** The network as the explorer draws it: positions, sizes, colours and labels of the visible authors and links. */
function drawnNetwork(page: Page) {
  return page.evaluate(() => {
    const { graph, sigma } = window.explorer!;
    const nodes: { key: string; attributes: Record<string, unknown> }[] = [];
    graph.forEachNode((key, a) => {
      const d = sigma.getNodeDisplayData(key);
      if (d && !d.hidden) nodes.push({ key, attributes: { x: a.x, y: a.y, size: d.size, color: d.color, label: d.label } });
    });
    const edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[] = [];
    graph.forEachEdge((key, _a, source, target) => {
      const d = sigma.getEdgeDisplayData(key);
      if (d && !d.hidden) edges.push({ key, source, target, attributes: { size: d.size, color: d.color } });
    });
    return { data: { attributes: {}, options: { type: "undirected" as const, multi: false, allowSelfLoops: false }, nodes, edges }, size: sigma.getDimensions() };
  });
}

async function nextFrames(page: Page, count: number): Promise<void> {
  await page.evaluate(async (n) => {
    for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  }, count);
}

/**
 * A drag across the map, one mouse move per frame, then a burst of wheel zooms in and out, one
 * notch per frame, as a reader does; up to the frames after the map has come to rest (what is
 * done once at rest counts too).
 */
async function gestureCost(page: Page, which: Which): Promise<GestureCost> {
  await page.evaluate((w) => {
    const sigma = w === "explorer" ? window.explorer!.sigma : window.bare!.sigma;
    const counters = { frames: 0, renderMs: 0, start: 0 };
    (window as unknown as { counters: typeof counters }).counters = counters;
    sigma.on("beforeRender", () => (counters.start = performance.now()));
    sigma.on("afterRender", () => {
      counters.frames++;
      counters.renderMs += performance.now() - counters.start;
    });
  }, which);
  const box = await page.evaluate((w) => {
    const sigma = w === "explorer" ? window.explorer!.sigma : window.bare!.sigma;
    const r = sigma.getContainer().getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, which);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const taskSeconds = async () => (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "TaskDuration")!.value;
  const before = await taskSeconds();

  await page.mouse.move(box.x - 150, box.y - 100);
  await page.mouse.down();
  for (let i = 1; i <= PAN_STEPS; i++) {
    await page.mouse.move(box.x - 150 + i * 5, box.y - 100 + i * 3);
    await nextFrames(page, 1);
  }
  await page.mouse.up();
  for (let i = 0; i < WHEEL_STEPS; i++) {
    await page.mouse.wheel(0, i < WHEEL_STEPS / 2 ? -120 : 120);
    await nextFrames(page, 1);
  }
  await page.waitForTimeout(600); // the camera comes to rest and the map is drawn at rest
  await nextFrames(page, 2);

  const taskMs = ((await taskSeconds()) - before) * 1000;
  const counters = await page.evaluate(() => (window as unknown as { counters: { frames: number; renderMs: number } }).counters);
  await cdp.detach();
  return { frames: counters.frames, taskMsPerFrame: taskMs / counters.frames, renderMsPerFrame: counters.renderMs / counters.frames };
}

/** The biggest author drawn in the middle half of the map, where a click lands on her and on nobody else; null when none is. */
export async function biggestInTheMiddle(page: Page): Promise<{ key: string; x: number; y: number } | null> {
  return page.evaluate(() => {
    const { graph, sigma } = window.explorer!;
    const { width, height } = sigma.getDimensions();
    let best: { key: string; x: number; y: number; size: number } | null = null;
    graph.forEachNode((key) => {
      const d = sigma.getNodeDisplayData(key);
      if (!d || d.hidden) return;
      const p = sigma.framedGraphToViewport(d);
      if (p.x < width * 0.25 || p.x > width * 0.75 || p.y < height * 0.25 || p.y > height * 0.75) return;
      if (!best || d.size > best.size) best = { key, x: p.x, y: p.y, size: d.size };
    });
    const r = sigma.getContainer().getBoundingClientRect();
    const found = best as { key: string; x: number; y: number } | null;
    return found && { key: found.key, x: r.left + found.x, y: r.top + found.y };
  });
}

/** Clicks the biggest author drawn near the middle of the map; the longest task (over 50 ms) that follows, 0 if none. */
async function longestTaskOfClick(page: Page): Promise<number> {
  const target = await biggestInTheMiddle(page);
  await page.evaluate(() => {
    (window as unknown as { longTasks: number[] }).longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) (window as unknown as { longTasks: number[] }).longTasks.push(entry.duration);
    }).observe({ type: "longtask" });
  });
  if (!target) return 0;
  await page.waitForTimeout(400); // not the second half of a double click
  await page.mouse.click(target.x, target.y);
  await page.waitForTimeout(1500);
  await nextFrames(page, 2);
  const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  return tasks.reduce((a, b) => Math.max(a, b), 0);
}
