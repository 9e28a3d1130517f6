import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { accessibilityViolations } from "./support/accessibility";
import { clickGraph, nodePosition, openExplorer, panelContent } from "./support/explorerPage";
import { dropFiles } from "./support/loading";
import { explorerSuite } from "./support/suite";

const suite = explorerSuite();
let page: Page;
beforeEach(() => {
  page = suite.page();
});

// axe-core's WCAG 2.2 A and AA rules, in every state of every panel and dialog.
describe("accessibility", () => {
  it("is clean in the overview, with its load report and warnings", async () => {
    await dropFiles(page, [
      { name: "broken.txt", text: "LGOct 4, 2023\nA TitleAnn Lee, Bo Chen\nstray\nmore stray\nLGOct 5, 2023\nall lower case title\n" },
      { name: "empty.txt", text: "" },
    ]);
    await page.waitForFunction(() => document.querySelector("#panel h2")?.textContent === "broken.txt");
    expect(await page.locator("#panel .warning-list li").count()).toBeGreaterThan(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("is clean in an author's panel, with an abstract open, and in a link's panel", async () => {
    await clickGraph(page, await nodePosition(page, "woojun kim"));
    await page.locator("#panel .paper-abstract summary").first().click();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.locator("#panel .coauthor-list .shared-count").first().click();
    expect((await panelContent(page)).heading).toBe("Jeonghye Kim & Woojun Kim");
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("is clean with the search suggestions, the settings and the paste dialog open", async () => {
    await page.getByRole("combobox", { name: "Search authors" }).fill("kim");
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await page.getByText("Settings").click();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Paste…" }).click();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Cancel" }).click();
    // Closing the dialog gives focus back to the button that opened it.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("paste-open");
  });

  it("is clean with a message and its dismiss button showing", async () => {
    await dropFiles(page, [{ name: "notes.txt", text: "shopping list\n" }]);
    await page.waitForSelector("#toast:not([hidden])");
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("announces a short summary of a selection, not the whole panel", async () => {
    await clickGraph(page, await nodePosition(page, "woojun kim"));
    expect(await page.textContent("#announcer")).toBe("Woojun Kim: 3 papers, 3 co-authors.");
    expect(await page.getAttribute("#panel", "aria-live")).toBe(null);
  });

  it("keeps the map, the panel and every button reachable at 320 and 375 px wide: the panel a sheet over the map, the toolbar a menu", async () => {
    const narrow = await openExplorer(suite.browser(), suite.baseUrl);
    try {
      for (const width of [320, 375]) {
        await narrow.setViewportSize({ width, height: 640 });
        // sigma fits its canvases to the new size at the next frame.
        await narrow.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const box = async (selector: string) => (await narrow.locator(selector).boundingBox())!;
        expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
        const graph = await box("#graph");
        const sheet = await box("#sheet");
        expect(graph.width).toBe(width);
        expect(graph.height).toBeGreaterThanOrEqual(240);
        // The sheet spans the width, from the bottom of the map area to the bottom of the screen.
        expect({ x: sheet.x, width: sheet.width, bottom: Math.round(sheet.y + sheet.height) }).toEqual({ x: 0, width, bottom: 640 });
        await narrow.getByRole("button", { name: "Show more" }).click();
        const raised = await box("#sheet");
        expect(raised.y).toBeLessThan(sheet.y);
        expect(raised.y).toBeLessThan(graph.y + graph.height / 2);
        await narrow.getByRole("button", { name: "Show less" }).click();
        expect((await box("#sheet")).y).toBe(sheet.y);

        expect(await narrow.locator("#open-files").isVisible()).toBe(false);
        await narrow.getByRole("button", { name: "Menu" }).click();
        for (const name of ["Open files…", "Add files…", "Paste…", "Run layout", "Export…"]) {
          const button = (await narrow.locator("#actions").getByRole("button", { name }).boundingBox())!;
          expect(button.x).toBeGreaterThanOrEqual(0);
          expect(button.x + button.width).toBeLessThanOrEqual(width);
          expect(button.height).toBeGreaterThanOrEqual(24);
        }
        const settings = (await narrow.locator(".settings summary").boundingBox())!;
        expect(settings.x + settings.width).toBeLessThanOrEqual(width);
        expect(await accessibilityViolations(narrow)).toEqual([]);
        await narrow.keyboard.press("Escape");
        expect(await narrow.locator("#open-files").isVisible()).toBe(false);
      }
    } finally {
      await narrow.close();
    }
  });
});
