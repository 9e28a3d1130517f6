/**
 * How long the page is blocked by each interaction on the generated 10,000-author network:
 * the longest main-thread task (Long Tasks API) from the interaction until the page is idle,
 * the median of three rounds (with software WebGL the GPU process shares the cores, and one
 * round's figures move by half). The target is 100 ms for every one.
 */
import type { Page } from "playwright-core";
import { launchChromium } from "../test/browser/support/chromium";
import { nodePosition } from "../test/browser/support/explorerPage";
import { serveProductionBuild } from "../test/browser/support/productionBuild";
import { generateListing } from "./generateListing";
import { median, row } from "./measure";

const REFERENCE_DATE = "2026-11-25";
const ROUNDS = 3;

/** Runs `act` and returns the longest task, in ms, seen until two quiet frames after it. */
async function longestTask(page: Page, act: () => Promise<unknown>): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { longest: number; observer?: PerformanceObserver };
    w.longest = 0;
    w.observer?.disconnect();
    w.observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
    });
    w.observer.observe({ type: "longtask" });
  });
  await act();
  await page.evaluate(() => new Promise((resolve) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(resolve)), 300)));
  return page.evaluate(() => (window as unknown as { longest: number }).longest);
}

/** Changes the settings from a task of the page's own, as a control's event would: the Long Tasks API sees it. */
const settings = (page: Page, patch: object) => page.evaluate((p) => new Promise<void>((resolve) => setTimeout(() => (window.explorer!.setSettings(p), resolve()))), patch);

export async function benchInteractions(): Promise<void> {
  const served = await serveProductionBuild({ "bench-10k.txt": generateListing(10_000).text });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${served.url}?reference-date=${REFERENCE_DATE}&listing=bench-10k.txt`);
    await page.waitForFunction(() => window.explorer?.layout === "running", null, { timeout: 120_000 });
    await page.getByRole("button", { name: "Stop layout" }).click();
    // The last positions are drawn (sigma indexes every author once) before the first interaction.
    // As a string: functions named in code given to page.evaluate would need tsx's naming helper.
    await page.evaluate("new Promise((resolve) => requestIdleCallback(function idle(deadline) { deadline.timeRemaining() > 40 ? resolve(null) : requestIdleCallback(idle); }))");
    const years = await page.evaluate(() => {
      let first = Infinity;
      let last = -Infinity;
      window.explorer!.graph.forEachNode((_key, a) => {
        if (a.firstYear !== null) first = Math.min(first, a.firstYear);
        if (a.lastYear !== null) last = Math.max(last, a.lastYear);
      });
      return [first, last] as const;
    });
    // The author with the most co-authors among those drawn inside the map, and an empty spot.
    const hub = await page.evaluate(() => {
      const { graph, sigma } = window.explorer!;
      const { width, height } = sigma.getDimensions();
      let best: string | null = null;
      graph.forEachNode((key, a) => {
        const p = sigma.graphToViewport(a as { x: number; y: number });
        if (p.x > 20 && p.y > 20 && p.x < width - 20 && p.y < height - 20 && (best === null || graph.degree(key) > graph.degree(best))) best = key;
      });
      return best!;
    });
    const map = (await page.locator("#graph").boundingBox())!;
    const cases: [string, () => Promise<unknown>][] = [
      ["a year range", () => settings(page, { years: [years[1] - 1, years[1]] })],
      ["back to every year", () => settings(page, { years: null })],
      ["fractional counting", () => settings(page, { counting: "fractional" })],
      ["largest component only", () => settings(page, { largestComponent: true })],
      ["every filter off", () => settings(page, { counting: "full", largestComponent: false })],
      [
        "one play step per year, first to last",
        async () => {
          for (let end = years[0]; end <= years[1]; end++) {
            await settings(page, { years: [years[0], end] });
            await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
          }
        },
      ],
      ["opening the statistics", () => page.locator(".panel-nav").getByRole("button", { name: "Statistics" }).click()],
      ["opening the table", () => page.locator(".panel-nav").getByRole("button", { name: "Table" }).click()],
      ["clicking an author", async () => {
        const { x, y } = await nodePosition(page, hub);
        await page.mouse.click(x, y);
      }],
      ["clicking the background", () => page.mouse.click(map.x + 3, map.y + 3)],
      ["typing a search", () => page.getByRole("combobox", { name: "Search authors" }).pressSequentially("kim", { delay: 50 })],
    ];
    const times = cases.map((): number[] => []);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, [, act]] of cases.entries()) times[i]!.push(await longestTask(page, act));
      // Back to where the first round started: the overview, an empty search box.
      await page.getByRole("combobox", { name: "Search authors" }).fill("");
      await page.locator(".panel-nav").getByRole("button", { name: "Overview" }).click();
    }
    // The Long Tasks API sees tasks of 50 ms or more only.
    const ms = (t: number) => (t === 0 ? "< 50 ms" : `${t.toFixed(0)} ms`);
    for (const [i, [what]] of cases.entries()) row(`longest task: ${what}, 10,000 authors (target 100 ms), median of ${ROUNDS} (worst)`, `${ms(median(times[i]!))} (${ms(Math.max(...times[i]!))})`);
  } finally {
    await browser.close();
    await served.close();
  }
}
