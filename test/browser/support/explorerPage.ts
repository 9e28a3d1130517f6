import type { Browser, Page } from "playwright-core";

export const REFERENCE_DATE = "2026-11-25";

/** Opens the explorer and waits until the layout has settled, failing on any page error. */
export async function openExplorer(browser: Browser, baseUrl: string, query = `?reference-date=${REFERENCE_DATE}`): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  errorsOf.set(page, errors);
  await page.goto(new URL(query, baseUrl).toString());
  await waitForSettledLayout(page);
  return page;
}

const errorsOf = new WeakMap<Page, string[]>();

/** Uncaught errors the page has thrown since it was opened. */
export function pageErrors(page: Page): string[] {
  return errorsOf.get(page) ?? [];
}

export async function waitForSettledLayout(page: Page): Promise<void> {
  await page.waitForFunction(() => window.explorer?.layout === "settled", null, { timeout: 30_000 });
  // Positions are applied; let sigma draw the frame.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Runs `change` and waits until the explorer shows the network built again, laid out. */
export async function rebuilt(page: Page, change: () => Promise<unknown>): Promise<void> {
  await page.evaluate(() => ((window as { graphBefore?: unknown }).graphBefore = window.explorer!.graph));
  await change();
  await page.waitForFunction(() => window.explorer!.graph !== (window as { graphBefore?: unknown }).graphBefore);
  await waitForSettledLayout(page);
}

/**
 * Waits until sigma draws at the size of its container: a panel that widens (the table, on
 * screens of 1,200 px or more) resizes the map, and a node's position read before sigma has
 * followed points at the wrong pixel.
 */
export async function waitForMapSize(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const { sigma } = window.explorer!;
    const { width, height } = sigma.getDimensions();
    const container = sigma.getContainer();
    return width === container.offsetWidth && height === container.offsetHeight;
  });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Where a node is drawn, in page pixels. */
export async function nodePosition(page: Page, key: string): Promise<{ x: number; y: number }> {
  return page.evaluate((k) => {
    const { sigma, graph } = window.explorer!;
    const point = sigma.graphToViewport(graph.getNodeAttributes(k) as { x: number; y: number });
    const box = sigma.getContainer().getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  }, key);
}

/** The text of the panel's heading and of its paper titles, in order. */
export async function panelContent(page: Page): Promise<{ heading: string; titles: string[] }> {
  return page.evaluate(() => ({
    heading: document.querySelector("#panel h2")?.textContent ?? "",
    titles: [...document.querySelectorAll("#panel .paper-title")].map((e) => e.textContent ?? ""),
  }));
}

// sigma reads two clicks within 300 ms as a double click (zoom in), not as two clicks.
const DOUBLE_CLICK_WINDOW_MS = 350;
const lastGraphClick = new WeakMap<Page, number>();

/** Clicks a point of the graph as a user would: a separate click, never half of a double click. */
export async function clickGraph(page: Page, point: { x: number; y: number }): Promise<void> {
  const wait = (lastGraphClick.get(page) ?? 0) + DOUBLE_CLICK_WINDOW_MS - Date.now();
  if (wait > 0) await page.waitForTimeout(wait);
  // sigma forgets the last click in a timer of its own, which a loaded machine runs late: until
  // it has, the next click would still be read as the second of a double click (a zoom, no click).
  if (await page.evaluate(() => window.explorer !== undefined)) {
    await page.waitForFunction(() => (window.explorer!.sigma.getMouseCaptor() as unknown as { clicks: number }).clicks === 0);
  }
  await page.mouse.click(point.x, point.y);
  lastGraphClick.set(page, Date.now());
}
