import type { Page } from "playwright-core";
import { PNG } from "pngjs";
import { beforeEach, describe, expect, it } from "vitest";
import { writeGexf } from "../../src/export/gexf";
import { handMadeNetwork, writtenText } from "../support/network";
import { accessibilityViolations } from "./support/accessibility";
import { clickGraph, nodePosition, pageErrors, waitForSettledLayout } from "./support/explorerPage";
import { explorerSuite } from "./support/suite";

const suite = explorerSuite();
let page: Page;
beforeEach(() => {
  page = suite.page();
});

/** The hand-made network (see test/support/network.ts) as the explorer's GEXF, opened with Open files…'s input. */
async function openExportedGexf(target: Page): Promise<void> {
  const { graph, visuals } = handMadeNetwork();
  const text = await writtenText((out) => writeGexf(graph, visuals, out, "A hand-made network."));
  await target.setInputFiles("#file-input", { name: "hand-made.gexf", mimeType: "application/xml", buffer: Buffer.from(text) });
  await target.waitForFunction(() => window.explorer?.graph.getAttribute("network")?.file === "hand-made.gexf");
  await waitForSettledLayout(target);
}

/** The colour of one pixel of the page, as red, green and blue bytes. */
async function pixelAt(target: Page, point: { x: number; y: number }): Promise<[number, number, number]> {
  const shot = PNG.sync.read(await target.screenshot({ clip: { x: Math.round(point.x), y: Math.round(point.y), width: 1, height: 1 } }));
  return [shot.data[0]!, shot.data[1]!, shot.data[2]!];
}

const hex = ([r, g, b]: [number, number, number]) => `#${[r, g, b].map((n) => n.toString(16).padStart(2, "0")).join("")}`;

describe("a network file the explorer wrote, opened again", () => {
  it("draws its authors at the file's places in the file's colours, and an author's panel says there are no papers", async () => {
    await openExportedGexf(page);
    // The places are the file's, to the digit: no layout ran over them.
    const placed = await page.evaluate(() => window.explorer!.graph.mapNodes((key, a) => [key, a.x, a.y]));
    expect(placed).toEqual([
      ["ann lee", 1.5, -2.25],
      ["bo chen", -3, 4.125],
      ["cy diaz", 0, 0],
      ["dee evans", 10, -10.5],
    ]);
    expect(await page.evaluate(() => window.explorer!.layout)).toBe("settled");
    // On screen they keep the file's arrangement: Bo left and highest, Dee right and lowest.
    const at = Object.fromEntries(await Promise.all(["ann lee", "bo chen", "cy diaz", "dee evans"].map(async (key) => [key, await nodePosition(page, key)] as const)));
    expect(at["bo chen"]!.x).toBeLessThan(at["cy diaz"]!.x);
    expect(at["cy diaz"]!.x).toBeLessThan(at["ann lee"]!.x);
    expect(at["ann lee"]!.x).toBeLessThan(at["dee evans"]!.x);
    expect(at["bo chen"]!.y).toBeLessThan(at["cy diaz"]!.y);
    expect(at["cy diaz"]!.y).toBeLessThan(at["ann lee"]!.y);
    expect(at["ann lee"]!.y).toBeLessThan(at["dee evans"]!.y);
    // The middle of each disc is drawn in the file's colour: Ann and Bo orange, Cy and Dee sky blue.
    expect(hex(await pixelAt(page, at["ann lee"]!))).toBe("#e69f00");
    expect(hex(await pixelAt(page, at["bo chen"]!))).toBe("#e69f00");
    expect(hex(await pixelAt(page, at["dee evans"]!))).toBe("#56b4e9");
    expect(await page.textContent("#panel .legend-groups")).toContain("2 authors, such as Ann Lee");

    await clickGraph(page, at["ann lee"]!);
    await page.waitForSelector("#panel .panel-author");
    expect(await page.textContent("#panel h2")).toBe("Ann Lee");
    expect(await page.textContent("#panel .panel-facts")).toBe("3 papers as the file counts them · 2 co-authors · 2019–2022");
    expect(await page.textContent("#panel .note-no-papers")).toBe(
      "No papers in this file: hand-made.gexf is a GEXF network, with authors and links only, so this author’s papers are not known here.",
    );
    expect(await page.$$eval("#panel .coauthor-list li", (items) => items.map((li) => li.textContent))).toEqual(["Bo Chen link weight 2", "Cy Díaz & <Co> link weight 1"]);
    expect(await accessibilityViolations(page)).toEqual([]);

    // A link's panel: its weight, and the same plain note.
    await page.click("#panel .coauthor-list li:first-child .shared-count");
    await page.waitForSelector("#panel .panel-link");
    expect(await page.textContent("#panel .panel-facts")).toBe("Link weight 2 in the file");
    expect(await page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent}`)).toBe("H2 Ann Lee & Bo Chen");
    expect(await page.textContent("#panel .note-no-papers")).toContain("so the papers these two share are not known here.");
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  it("shows the statistics, the table and the filters of a network without papers, and says what does not apply", async () => {
    await openExportedGexf(page);
    await page.getByRole("button", { name: "Filters", exact: true }).click();
    await page.waitForSelector("#panel .panel-filters");
    expect(await page.textContent("#panel .panel-filters .note")).toBe(
      "hand-made.gexf is a network file: it has no papers, so filters by year, counting, categories, venues and files do not apply.",
    );
    expect(await page.inputValue("#color-by")).toBe("file");
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.fill("#min-weight", "2");
    await page.press("#min-weight", "Enter");
    await page.waitForFunction(() => window.explorer!.view().links.size === 1);
    await page.getByRole("button", { name: "Statistics", exact: true }).click();
    await page.waitForSelector("#panel .panel-statistics");
    expect(await page.textContent("#panel .stats-list")).toContain("Papersnone: hand-made.gexf is a network file");
    await page.getByRole("button", { name: "Table", exact: true }).click();
    await page.waitForSelector("#panel table");
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });
});
