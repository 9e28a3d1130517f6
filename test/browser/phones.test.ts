import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { accessibilityViolations } from "./support/accessibility";
import { clickGraph, nodePosition, panelContent, waitForMapSize } from "./support/explorerPage";
import { explorerSuite } from "./support/suite";

const suite = explorerSuite();
let page: Page;
beforeEach(() => {
  page = suite.page();
});

interface Screen {
  name: string;
  width: number;
  height: number;
  scale: number;
}

// 200 % zoom: Chromium zooming a 1,280 × 800 window to 200 % gives the page a window of 640 × 400
// CSS pixels at 2 device pixels each (window.innerWidth, devicePixelRatio and media queries alike),
// which is what emulating those metrics gives it; CSS `zoom` would leave the window as it was.
const PHONE: Screen = { name: "375 × 700", width: 375, height: 700, scale: 1 };
const SMALL_PHONE: Screen = { name: "320 × 640", width: 320, height: 640, scale: 1 };
const ZOOMED: Screen = { name: "1,280 × 800 at 200 %", width: 640, height: 400, scale: 2 };

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Gives the page the screen's size and pixel density, then waits for the map's frame at rest at that size. */
async function useScreen(screen: Screen): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setDeviceMetricsOverride", { width: screen.width, height: screen.height, deviceScaleFactor: screen.scale, mobile: false });
  expect(await page.evaluate(() => [innerWidth, innerHeight, devicePixelRatio])).toEqual([screen.width, screen.height, screen.scale]);
  await waitForMapSize(page);
  await labelsAtRest();
}

/** The author labels of the last frame at rest, once two frames in a row drew the same ones. */
async function labelsAtRest(): Promise<{ key: string; box: Box }[]> {
  let last = "";
  for (;;) {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))));
    const now = await page.evaluate(() => JSON.stringify(window.explorer!.labels().authors));
    if (now === last) return JSON.parse(now) as { key: string; box: Box }[];
    last = now;
  }
}

/** The map's size, the status line and every author's disc drawn, in pixels of the map. */
async function mapContent(): Promise<{ width: number; height: number; status: Box; discs: { key: string; box: Box }[] }> {
  return page.evaluate(() => {
    const { sigma, graph } = window.explorer!;
    const map = sigma.getContainer().getBoundingClientRect();
    const s = document.getElementById("status")!.getBoundingClientRect();
    const discs = graph.nodes().flatMap((key) => {
      const d = sigma.getNodeDisplayData(key)!;
      if (d.hidden) return [];
      const { x, y } = sigma.framedGraphToViewport(d);
      const r = sigma.scaleSize(d.size);
      return [{ key, box: { left: x - r, top: y - r, right: x + r, bottom: y + r } }];
    });
    return { ...sigma.getDimensions(), status: { left: s.left - map.left, top: s.top - map.top, right: s.right - map.left, bottom: s.bottom - map.top }, discs };
  });
}

const meet = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const outside = (box: Box, width: number, height: number) => box.left < 0 || box.top < 0 || box.right > width || box.bottom > height;

async function tooltip(): Promise<{ visible: boolean; name: string; box: Box }> {
  const box = (await page.locator("#node-tooltip").boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 };
  return {
    visible: await page.isVisible("#node-tooltip"),
    name: (await page.textContent("#node-tooltip strong")) ?? "",
    box: { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height },
  };
}

/** The visible authors farthest left, right, up and down on the map. */
async function outermostAuthors(): Promise<{ left: string; right: string; top: string; bottom: string }> {
  const { discs } = await mapContent();
  const by = (f: (b: Box) => number) => discs.reduce((best, d) => (f(d.box) > f(best.box) ? d : best)).key;
  return { left: by((b) => -b.left), right: by((b) => b.right), top: by((b) => -b.top), bottom: by((b) => b.bottom) };
}

/**
 * Moves the mouse onto an author's disc, as the first half of a tap does, and waits for her
 * tooltip. From the map's corner: sigma, when the mouse left the map over an author, enters her
 * again only once it has left her on the map.
 */
async function hover(key: string): Promise<void> {
  const map = (await page.locator("#graph").boundingBox())!;
  await page.mouse.move(map.x + 2, map.y + 2);
  const { x, y } = await nodePosition(page, key);
  await page.mouse.move(x, y);
  const name = await page.evaluate((k) => window.explorer!.graph.getNodeAttribute(k, "label"), key);
  await page.waitForFunction((n) => document.querySelector("#node-tooltip strong")?.textContent === n && !document.getElementById("node-tooltip")!.hidden, name);
}

describe("on phones and at 200 % zoom", () => {
  it("keeps an author's tooltip whole on the map, flipped away from the edges, and clean for axe", async () => {
    for (const screen of [PHONE, SMALL_PHONE, ZOOMED]) {
      await useScreen(screen);
      const map = (await page.locator("#graph").boundingBox())!;
      for (const key of new Set(Object.values(await outermostAuthors()))) {
        await hover(key);
        const tip = await tooltip();
        // Inside the screen, and inside the map: never over the sheet below it.
        expect({ screen: screen.name, key, outside: outside(tip.box, screen.width, screen.height) }).toEqual({ screen: screen.name, key, outside: false });
        expect({ key, inMap: tip.box.left >= map.x && tip.box.top >= map.y && tip.box.right <= map.x + map.width && tip.box.bottom <= map.y + map.height }).toEqual({ key, inMap: true });
      }
      expect(await accessibilityViolations(page)).toEqual([]);
    }
  });

  it("takes the tooltip away when a tap opens an author, and when the sheet or a tool opens", async () => {
    for (const screen of [PHONE, SMALL_PHONE]) {
      await useScreen(screen);
      // A tap hovers the author, then clicks her: her panel shows in the sheet, and her tooltip goes.
      await clickGraph(page, await nodePosition(page, "woojun kim"));
      expect((await panelContent(page)).heading).toBe("Woojun Kim");
      expect(await page.isVisible("#node-tooltip")).toBe(false);
      expect(await accessibilityViolations(page)).toEqual([]);
      // Hovered again, another author's tooltip goes when a tool opens in the sheet, or the sheet rises.
      for (const [name, opened] of [
        ["Filters", '.panel-tab[aria-current="page"]:text-is("Filters")'],
        ["Table", '.panel-tab[aria-current="page"]:text-is("Table")'],
        ["Show more", '#sheet-toggle:text-is("Show less")'],
      ] as const) {
        await hover("suyoung lee");
        await page.locator("#sheet").getByRole("button", { name, exact: true }).click();
        await page.locator(opened).waitFor();
        expect({ name, visible: await page.isVisible("#node-tooltip") }).toEqual({ name, visible: false });
      }
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.locator("#sheet").getByRole("button", { name: "Show less", exact: true }).click();
      await clickGraph(page, { x: 3, y: (await page.locator("#graph").boundingBox())!.y + 3 });
    }
  });

  it("draws every author's label whole inside the map, and no disc or label under the status line", async () => {
    for (const screen of [PHONE, SMALL_PHONE, ZOOMED]) {
      await useScreen(screen);
      const labels = await labelsAtRest();
      const { width, height, status, discs } = await mapContent();
      expect(labels.length).toBeGreaterThanOrEqual(8);
      expect(discs.length).toBe(16);
      const cut = labels.filter((l) => outside(l.box, width, height)).map((l) => l.key);
      const covered = [...labels, ...discs].filter((item) => meet(item.box, status)).map((item) => item.key);
      expect({ screen: screen.name, cut, covered }).toEqual({ screen: screen.name, cut: [], covered: [] });
      // A tapped author's label, always drawn, is whole too: the rightmost, whose label goes left.
      const { right: rightmost } = await outermostAuthors();
      await clickGraph(page, await nodePosition(page, rightmost));
      await page.waitForFunction((k) => window.explorer!.labels().authors.some((l) => l.key === k), rightmost);
      const selected = await labelsAtRest();
      expect({ screen: screen.name, cut: selected.filter((l) => outside(l.box, width, height)).map((l) => l.key) }).toEqual({ screen: screen.name, cut: [] });
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.keyboard.press("Escape");
    }
  });
  it("opens the settings whole inside the screen, over the sheet, with Start afresh in reach", async () => {
    for (const screen of [SMALL_PHONE, ZOOMED]) {
      await useScreen(screen);
      const menu = page.locator("#menu-toggle");
      if ((await menu.getAttribute("aria-expanded")) !== "true") await menu.click();
      await page.locator(".settings summary").click();
      const body = (await page.locator(".settings-body").boundingBox())!;
      expect({ screen: screen.name, left: body.x >= 0, right: body.x + body.width <= screen.width }).toEqual({ screen: screen.name, left: true, right: true });
      // What is on top at the button's middle is the button itself, not the sheet over it.
      const button = page.getByRole("button", { name: "Start afresh…" });
      await button.scrollIntoViewIfNeeded();
      const box = (await button.boundingBox())!;
      expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.id, { x: box.x + box.width / 2, y: box.y + box.height / 2 })).toBe("start-afresh");
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.locator(".settings summary").click();
    }
  });
});
