import { PNG } from "pngjs";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { accessibilityViolations } from "./support/accessibility";
import { explorerSuite } from "./support/suite";
import { clickGraph, nodePosition, openExplorer, pageErrors, panelContent } from "./support/explorerPage";
import { MINBEOM_KIM_PAPERS, WOOJUN_KIM_PAPERS } from "./support/samplePapers";

const suite = explorerSuite();
let page: Page;
beforeEach(() => {
  page = suite.page();
});

// Jeonghye Kim is on every paper: her link with Minbeom Kim has all of Minbeom Kim’s papers.
const JEONGHYE_AND_MINBEOM_PAPERS = MINBEOM_KIM_PAPERS;

describe("the explorer with the sample listing", () => {
  it("draws the sample's network with WebGL and shows the overview", async () => {
    const facts = await page.evaluate(() => {
      const { graph, sigma } = window.explorer!;
      const canvas = sigma.getCanvases().nodes!;
      return {
        order: graph.order,
        size: graph.size,
        webgl: canvas.getContext("webgl2") !== null || canvas.getContext("webgl") !== null,
        status: document.getElementById("status")!.textContent,
        facts: document.querySelector("#panel .panel-facts")!.textContent,
        topAuthors: [...document.querySelectorAll("#panel .top-authors li")].map((li) => li.textContent),
      };
    });
    expect(facts).toEqual({
      order: 16,
      size: 25,
      webgl: true,
      status: "13 papers · 16 authors · 25 links — Layout settled",
      facts: "13 papers · 16 authors · 25 links · 2023–2026",
      // Most papers first, ties by name: Jeonghye Kim is on all 13 papers (see table.test.ts).
      topAuthors: ["Jeonghye Kim 13", "Minbeom Kim 4", "Woojun Kim 3", "Xufang Luo 3", "Suyoung Lee 2", "Whiyoung Jung 2", "Yongjae Shin 2", "Youngchul Sung 2", "Dohyung Kim 1", "Dongsheng Li 1"],
    });
    expect((await panelContent(page)).heading).toBe("sample-listing.txt");
    expect(pageErrors(page)).toEqual([]);
  });

  it("opens an author's panel with exactly her papers when her node is clicked", async () => {
    const { x, y } = await nodePosition(page, "woojun kim");
    await clickGraph(page, { x, y });
    expect(await panelContent(page)).toEqual({ heading: "Woojun Kim", titles: WOOJUN_KIM_PAPERS });
    const details = await page.evaluate(() => ({
      facts: document.querySelector("#panel .panel-facts")!.textContent,
      etAlBadges: document.querySelectorAll("#panel .badge-etal").length,
      note: document.querySelector("#panel .note-etal")?.textContent,
      coauthors: [...document.querySelectorAll("#panel .coauthor-list li")].map((li) => li.textContent),
      sources: [...document.querySelectorAll("#panel .paper-source")].map((p) => p.textContent),
    }));
    expect(details).toEqual({
      facts: "3 papers · 3 co-authors · 2023–2024",
      etAlBadges: 2,
      note: "2 of 3 papers list only their first authors (et al.): co-authors beyond them are not in the network.",
      coauthors: ["Jeonghye Kim 3 shared papers", "Suyoung Lee 2 shared papers", "Youngchul Sung 1 shared paper"],
      sources: ["From sample-listing.txt, line 22", "From sample-listing.txt, line 13", "From sample-listing.txt, line 10"],
    });
  });

  it("shows an abstract on demand", async () => {
    const { x, y } = await nodePosition(page, "woojun kim");
    await clickGraph(page, { x, y });
    const abstract = page.locator("#panel .paper-abstract").first();
    expect(await abstract.locator("p").isVisible()).toBe(false);
    await abstract.locator("summary").click();
    expect(await abstract.locator("p").textContent()).toMatch(/^Offline reinforcement learning \(RL\) has progressed with return-conditioned supervised learning/);
  });

  it("goes back to the overview when the background is clicked", async () => {
    await clickGraph(page, await nodePosition(page, "woojun kim"));
    expect((await panelContent(page)).heading).toBe("Woojun Kim");
    await clickGraph(page, { x: 5, y: 400 });
    expect((await panelContent(page)).heading).toBe("sample-listing.txt");
  });

  it("highlights a hovered author and her co-authors, dims the rest, and names her group in a tooltip", async () => {
    const { x, y } = await nodePosition(page, "suyoung lee");
    await page.mouse.move(x, y);
    await page.waitForFunction(() => window.explorer!.sigma.getNodeDisplayData("minhae oh")!.color === "#e3e4ea");
    const colors = await page.evaluate(() => {
      const { sigma } = window.explorer!;
      const color = (k: string) => sigma.getNodeDisplayData(k)!.color;
      return { self: color("suyoung lee"), coauthors: [color("jeonghye kim"), color("woojun kim")], other: color("xufang luo") };
    });
    expect(colors.self).not.toBe("#e3e4ea");
    expect(colors.coauthors).not.toContain("#e3e4ea");
    expect(colors.other).toBe("#e3e4ea");
    // A tooltip names her group, so its colour is never the only clue: Suyoung Lee is in the
    // group of Woojun Kim, Youngchul Sung and Seohui Bae, named after Woojun Kim (3 co-authors in it).
    expect(await page.$$eval("#node-tooltip > *", (parts) => parts.map((p) => p.textContent))).toEqual(["Suyoung Lee", "2 papers · 2 co-authors", "Woojun Kim’s group · 4 authors"]);
    expect(await page.isVisible("#node-tooltip")).toBe(true);
    // A filter that hides her takes the tooltip away; shown again, she is still under the pointer.
    await page.evaluate(() => window.explorer!.setSettings({ minPapers: 3 }));
    expect(await page.isVisible("#node-tooltip")).toBe(false);
    await page.evaluate(() => window.explorer!.setSettings({ minPapers: 1 }));
    expect(await page.$$eval("#node-tooltip > *", (parts) => parts.map((p) => p.textContent))).toEqual(["Suyoung Lee", "2 papers · 2 co-authors", "Woojun Kim’s group · 4 authors"]);
    await page.mouse.move(5, 400);
    await page.waitForFunction(() => window.explorer!.sigma.getNodeDisplayData("minhae oh")!.color !== "#e3e4ea");
    expect(await page.isVisible("#node-tooltip")).toBe(false);
  });

  it("draws a selection's focus above the rest without sigma's indexing pass", async () => {
    await page.evaluate(() => {
      const w = window as unknown as { processed: number };
      w.processed = 0;
      window.explorer!.sigma.on("afterProcess", () => w.processed++);
    });
    // Woojun Kim is drawn on top, his 3 co-authors under him, the 12 others below; of the 25
    // links, his 3 are on top. Then Suyoung Lee: her 2 co-authors, one of them Woojun Kim.
    await clickGraph(page, await nodePosition(page, "woojun kim"));
    expect(await drawingLayers()).toEqual({ processed: 0, authors: [[15], [12, 13, 14], range(0, 12)], links: [[22, 23, 24], range(0, 22)] });
    await clickGraph(page, await nodePosition(page, "suyoung lee"));
    expect(await drawingLayers()).toEqual({ processed: 0, authors: [[15], [13, 14], range(0, 13)], links: [[23, 24], range(0, 23)] });
    // Let go, then a filter that hides authors.
    await clickGraph(page, { x: 5, y: 400 });
    await page.evaluate(() => window.explorer!.setSettings({ minPapers: 2 }));
    expect(await drawingLayers()).toEqual({ processed: 0, authors: [range(0, 16)], links: [range(0, 25)] });
  });

  it("shows the papers two authors share when their link is clicked", async () => {
    const a = await nodePosition(page, "jeonghye kim");
    const b = await nodePosition(page, "minbeom kim");
    // A point on the link, clear of both discs.
    await clickGraph(page, { x: a.x + (b.x - a.x) * 0.55, y: a.y + (b.y - a.y) * 0.55 });
    expect(await panelContent(page)).toEqual({ heading: "Jeonghye Kim & Minbeom Kim", titles: JEONGHYE_AND_MINBEOM_PAPERS });
    expect(await page.textContent("#panel .panel-facts")).toBe("4 shared papers");
  });

  it("finds authors ignoring case and accents, and centres the camera on the one picked with Enter", async () => {
    const search = page.getByRole("combobox", { name: "Search authors" });
    await search.fill("MÍNBEOM");
    expect(await page.locator("#search-results [role=option]").allTextContents()).toEqual(["Minbeom Kim4"]);
    await search.fill("kim");
    expect(await page.locator("#search-results [role=option]").allTextContents()).toEqual(["Jeonghye Kim13", "Minbeom Kim4", "Woojun Kim3", "Dohyung Kim1"]);
    await search.press("ArrowDown");
    await search.press("ArrowDown");
    await search.press("Enter");
    expect((await panelContent(page)).heading).toBe("Minbeom Kim");
    await page.waitForFunction(() => {
      const { sigma } = window.explorer!;
      const camera = sigma.getCamera().getState();
      const node = sigma.getNodeDisplayData("minbeom kim")!;
      return Math.abs(camera.x - node.x) < 1e-6 && Math.abs(camera.y - node.y) < 1e-6;
    });
  });

  it("exports the view as an opaque PNG at twice the map's pixels, labels included, with the legends under it", async () => {
    await page.getByRole("button", { name: "Export…" }).click();
    // PNG is the dialog's first choice.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("dialog", { name: "Export" }).getByRole("button", { name: "Export", exact: true }).click()]);
    expect(download.suggestedFilename()).toBe("coauthor-network.png");
    const png = PNG.sync.read(readFileSync((await download.path())!));
    const screen = await page.evaluate(() => window.explorer!.sigma.getDimensions());
    // The map at 2×, then the legends and the caption below it.
    expect(png.width).toBe(screen.width * 2);
    expect(png.height).toBeGreaterThan(screen.height * 2);
    let transparent = 0;
    let ink = 0; // label text is the only near-black in the picture
    for (let i = 0; i < png.data.length; i += 4) {
      if (png.data[i + 3]! < 255) transparent++;
      if (png.data[i]! < 70 && png.data[i + 1]! < 70 && png.data[i + 2]! < 80) ink++;
    }
    expect(transparent).toBe(0);
    expect(ink).toBeGreaterThan(500);
  });

  it("re-runs the layout on demand (the status passes through running) and lays out the same input the same way every time", async () => {
    const before = await page.evaluate(() => window.explorer!.graph.mapNodes((k, a) => [k, a.x, a.y]));
    const other = await openExplorer(suite.browser(), suite.baseUrl);
    const again = await other.evaluate(() => window.explorer!.graph.mapNodes((k, a) => [k, a.x, a.y]));
    expect(again).toEqual(before);
    // Every status line shown from the click on, to prove the layout really ran: a button that
    // did nothing would leave "Layout settled" on screen and pass a test that only waits for it.
    await other.evaluate(() => {
      const seen: string[] = [];
      (window as { statusesSeen?: string[] }).statusesSeen = seen;
      const status = document.getElementById("status")!;
      new MutationObserver(() => seen.push(status.textContent ?? "")).observe(status, { childList: true, characterData: true, subtree: true });
    });
    await other.getByRole("button", { name: "Run layout again", exact: true }).click();
    await other.waitForFunction(() => window.explorer!.layout === "settled" && ((window as { statusesSeen?: string[] }).statusesSeen ?? []).length >= 2);
    const seen = await other.evaluate(() => (window as { statusesSeen?: string[] }).statusesSeen!);
    expect(seen.map((line) => line.split(" — ")[1])).toEqual(["Laying out…", "Layout settled"]);
    expect(await other.getByRole("button", { name: "Run layout again", exact: true }).isVisible()).toBe(true);
    await other.close();
  });

  it("re-reads dates without a year when the reference date setting changes, keeping the view", async () => {
    await page.getByRole("combobox", { name: "Search authors" }).fill("minbeom");
    await page.getByRole("combobox", { name: "Search authors" }).press("Enter");
    await page.evaluate(() => ((window as { graphBefore?: unknown }).graphBefore = window.explorer!.graph));
    await page.getByText("Settings").click();
    await page.locator("#reference-date").fill("2026-03-20");
    await page.waitForFunction(() => window.explorer!.graph !== (window as { graphBefore?: unknown }).graphBefore && window.explorer!.layout === "settled");
    // The author selected before (Minbeom Kim) is still selected; her co-author Xufang Luo is one click away.
    expect((await panelContent(page)).heading).toBe("Minbeom Kim");
    await page.locator("#panel .coauthor-list").getByRole("button", { name: "Xufang Luo" }).click();
    // "Mar 25" read on 2026-03-20 is 2025-03-25, now the oldest of her three papers.
    expect(await page.locator("#panel .paper-meta").allTextContents()).toEqual(["16 Mar 2026 · AI · score 100", "26 Feb 2026 · LG", "25 Mar 2025 · CL · score 99.1"]);
  });
});

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

/**
 * Once the drawing is handed over: how many of sigma's own indexing passes ran, and the slots
 * of sigma's buffers that each zIndex takes (highest first).
 */
async function drawingLayers() {
  await page.evaluate(() => new Promise((resolve) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(resolve)), 200)));
  return page.evaluate(() => {
    type Internals = {
      nodeDataCache: Record<string, { zIndex: number }>;
      edgeDataCache: Record<string, { zIndex: number }>;
      nodeProgramIndex: Record<string, number>;
      edgeProgramIndex: Record<string, number>;
    };
    const { sigma } = window.explorer!;
    const internals = sigma as unknown as Internals;
    const layers = (data: Record<string, { zIndex: number }>, slots: Record<string, number>) => {
      const byZ = new Map<number, number[]>();
      for (const key of Object.keys(data)) byZ.set(data[key]!.zIndex, [...(byZ.get(data[key]!.zIndex) ?? []), slots[key]!]);
      return [...byZ.keys()].sort((a, b) => b - a).map((z) => byZ.get(z)!.sort((a, b) => a - b));
    };
    const processed = (window as unknown as { processed: number }).processed;
    return { processed, authors: layers(internals.nodeDataCache, internals.nodeProgramIndex), links: layers(internals.edgeDataCache, internals.edgeProgramIndex) };
  });
}
