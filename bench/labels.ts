/**
 * What placing the labels costs: the labels are placed (and drawn) once in each frame at rest,
 * which the label layer measures (PLACEMENT_MEASURE). On the generated networks, laid out for
 * a while as in the panning section: the fitted view, the view two zoom steps in, and the
 * fitted view with the biggest author near the middle selected. Frames are drawn in a row,
 * the median of a few; the frame's WebGL work, which waits for the GPU process with software
 * WebGL, is not in the figure.
 */
import type { Page } from "playwright-core";
import { launchChromium } from "../test/browser/support/chromium";
import { serveProductionBuild } from "../test/browser/support/productionBuild";
import { PLACEMENT_MEASURE } from "../src/render/labels";
import { generateListing } from "./generateListing";
import { median, row } from "./measure";
import { biggestInTheMiddle, openExplorer } from "./panning";

const SIZES = [10_000, 50_000];
const FRAMES = 5;

export async function benchLabels(): Promise<void> {
  const app = await serveProductionBuild(Object.fromEntries(SIZES.map((n) => [`bench-${n}.txt`, generateListing(n).text])));
  const browser = await launchChromium();
  try {
    for (const n of SIZES) {
      const page = await openExplorer(browser, app.url, n);
      await page.mouse.move(1, 1); // off the map: nobody hovered
      const authors = n.toLocaleString("en");
      const fitted = await placementCost(page, 1);
      row(`labels placed at rest, ${authors} authors, fitted view (${fitted.names} names, ${fitted.groups} groups), median of ${FRAMES}`, `${fitted.ms.toFixed(1)} ms`);
      const zoomed = await placementCost(page, 1 / 1.5 ** 2);
      row(`  two zoom steps in (${zoomed.names} names, ${zoomed.groups} groups)`, `${zoomed.ms.toFixed(1)} ms`);
      await selectBiggestInTheMiddle(page);
      const selected = await placementCost(page, 1);
      row(`  fitted, the biggest author in the middle selected (${selected.names} names, ${selected.groups} groups)`, `${selected.ms.toFixed(1)} ms`);
      await page.close();
    }
  } finally {
    await browser.close();
    await app.close();
  }
}

async function placementCost(page: Page, ratio: number): Promise<{ ms: number; names: number; groups: number }> {
  const movedAt = await page.evaluate((r) => {
    const { sigma } = window.explorer!;
    const at = performance.now();
    sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: r, angle: 0 });
    sigma.scheduleRender(); // a frame at rest, if the camera was there already
    return at;
  }, ratio);
  // The camera comes to rest (a few frames without a move): the labels are placed again.
  await page.waitForFunction(({ at, name }) => (performance.getEntriesByName(name).at(-1)?.startTime ?? 0) > at, { at: movedAt, name: PLACEMENT_MEASURE }, { timeout: 60_000 });
  const times = await page.evaluate(
    ({ count, name }) => {
      const sigma = window.explorer!.sigma as unknown as { render(): void }; // private in sigma's types
      const ms: number[] = [];
      for (let i = 0; i < count; i++) {
        sigma.render();
        ms.push(performance.getEntriesByName(name).at(-1)?.duration ?? NaN);
      }
      return ms;
    },
    { count: FRAMES, name: PLACEMENT_MEASURE },
  );
  const labels = await page.evaluate(() => window.explorer!.labels());
  return { ms: median(times), names: labels.authors.length, groups: labels.groups.length };
}

async function selectBiggestInTheMiddle(page: Page): Promise<void> {
  const target = await biggestInTheMiddle(page);
  if (!target) return;
  await page.mouse.click(target.x, target.y);
  await page.mouse.move(1, 1);
  // The selection is handed to sigma a batch per task, then drawn at rest.
  await page.waitForFunction((key) => window.explorer!.labels().authors.some((label) => label.key === key), target.key, { timeout: 60_000 });
  await page.waitForTimeout(500);
}
