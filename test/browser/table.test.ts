import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { accessibilityViolations } from "./support/accessibility";
import { clickGraph, nodePosition, panelContent, waitForSettledLayout } from "./support/explorerPage";
import { dropFiles } from "./support/loading";
import { explorerSuite } from "./support/suite";

const suite = explorerSuite();
let page: Page;
beforeEach(() => {
  page = suite.page();
});

/*
 * The sample's 13 papers have 3 listed authors each (39 places: 3 authors per paper). Jeonghye
 * Kim is on all 13 and wrote with all 15 others. Papers: Minbeom Kim 4 (papers 1, 3, 6, 9);
 * Woojun Kim 3 (4, 5, 8), Xufang Luo 3 (1, 2, 3); Suyoung Lee 2 (4, 8), Whiyoung Jung and
 * Yongjae Shin 2 (11, 12), Youngchul Sung 2 (5, 10); the 8 others 1. Co-authors: Minbeom Kim 4
 * (Jeonghye, Xufang, Dohyung, Sojeong); Woojun Kim 3 (Jeonghye, Suyoung, Youngchul), Xufang Luo
 * 3 (Jeonghye, Minbeom, Zeyuan), Youngchul Sung 3 (Woojun, Jeonghye, Seohui); everyone else 2:
 * Jeonghye and the third author of their paper(s). Links: (15 + 4 + 3·3 + 11·2) / 2 = 25.
 */
const ONE_PAPER = ["Dohyung Kim", "Dongsheng Li", "Jiwon Jeon", "Minhae Oh", "Nakyung Lee", "Seohui Bae", "Sojeong Rhee", "Zeyuan Liu"];
const BY_PAPERS = ["Jeonghye Kim", "Minbeom Kim", "Woojun Kim", "Xufang Luo", "Suyoung Lee", "Whiyoung Jung", "Yongjae Shin", "Youngchul Sung", ...ONE_PAPER];
const PAPERS = [13, 4, 3, 3, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1].map(String);
const BY_NAME = [
  "Dohyung Kim", "Dongsheng Li", "Jeonghye Kim", "Jiwon Jeon", "Minbeom Kim", "Minhae Oh", "Nakyung Lee", "Seohui Bae",
  "Sojeong Rhee", "Suyoung Lee", "Whiyoung Jung", "Woojun Kim", "Xufang Luo", "Yongjae Shin", "Youngchul Sung", "Zeyuan Liu",
];
const BY_COAUTHORS = [
  "Jeonghye Kim", "Minbeom Kim", "Woojun Kim", "Xufang Luo", "Youngchul Sung",
  "Dohyung Kim", "Dongsheng Li", "Jiwon Jeon", "Minhae Oh", "Nakyung Lee", "Seohui Bae", "Sojeong Rhee", "Suyoung Lee", "Whiyoung Jung", "Yongjae Shin", "Zeyuan Liu",
];
const COAUTHORS = [15, 4, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2].map(String);

const names = () => page.locator("#panel .author-table tbody .row-name").allTextContents();
/** The text of one column (0: name) of every row on the page. */
const column = (index: number) => page.$$eval("#panel .author-table tbody tr", (rows, i) => rows.map((row) => row.children[i]!.textContent ?? ""), index);
const sortedColumn = () => page.$$eval("#panel .author-table th[aria-sort]", (cells) => cells.map((cell) => [cell.textContent, cell.getAttribute("aria-sort")]));
const markedRows = () => page.$$eval("#panel .author-table tr[aria-selected=true]", (rows) => rows.map((row) => row.querySelector(".row-name")!.textContent));
const focused = () => page.evaluate(() => document.activeElement?.textContent ?? "");
const rowsLabel = () => page.textContent("#panel .table-pager span");
/** True once the map draws the author as selected: highlighted, with an author they never wrote with faded. */
const selectedOnMap = (key: string, stranger: string) =>
  page.waitForFunction(
    ([k, s]) => {
      const { sigma } = window.explorer!;
      return sigma.getNodeDisplayData(k!)?.highlighted === true && sigma.getNodeDisplayData(s!)?.color === "#e3e4ea";
    },
    [key, stranger],
  );

/** Opens a tool from its tab by keyboard: a pointer left on the tab would test its hover colours instead. */
async function openTool(name: string): Promise<void> {
  await page.locator(".panel-tab", { hasText: name }).focus();
  await page.keyboard.press("Enter");
  await page.waitForSelector(name === "Table" ? "#panel .author-table" : "#panel .panel-statistics");
}

describe("the table of authors", () => {
  it("lists the 16 visible authors by papers, most first, ties by name", async () => {
    await openTool("Table");
    expect(await names()).toEqual(BY_PAPERS);
    expect(await column(1)).toEqual(PAPERS);
    // Jeonghye Kim: 13 papers, 13 × 1/3 fractional, 15 co-authors, 2 links per paper = 26, degree 15/15,
    // betweenness 92 of the 105 pairs of the 15 others (0.876, once the worker has answered), 2023–2026.
    await page.waitForFunction(() => document.querySelector("#panel .author-table tbody tr:first-child > :nth-child(7)")?.textContent === "0.876");
    expect(await page.$$eval("#panel .author-table tbody tr:first-child > *", (cells) => cells.map((c) => c.textContent))).toEqual([
      "Jeonghye Kim", "13", "4.33", "15", "26.00", "1", "0.876", "2023", "2026",
    ]);
    expect(await sortedColumn()).toEqual([["Papers▼", "descending"]]);
    expect(await page.textContent("#panel .author-table caption")).toBe("16 visible authors, by papers, highest first");
    expect(await rowsLabel()).toBe("Rows 1–16 of 16");
  });

  it("sorts by name from A, then from Z, and by co-authors, most first, by click or key", async () => {
    await openTool("Table");
    await page.getByRole("button", { name: "Name", exact: true }).click();
    expect(await names()).toEqual(BY_NAME);
    expect(await sortedColumn()).toEqual([["Name▲", "ascending"]]);
    // Focus stays on the header pressed: Enter again reverses.
    expect(await focused()).toBe("Name▲");
    await page.keyboard.press("Enter");
    expect(await names()).toEqual([...BY_NAME].reverse());
    expect(await sortedColumn()).toEqual([["Name▼", "descending"]]);
    await page.getByRole("button", { name: "Co-authors" }).focus();
    await page.keyboard.press(" ");
    expect(await names()).toEqual(BY_COAUTHORS);
    expect(await column(3)).toEqual(COAUTHORS);
    expect(await sortedColumn()).toEqual([["Co-authors▼", "descending"]]);
  });

  it("is used with the keyboard alone: Tab in, arrows between rows, Enter selects on the map, Escape out", async () => {
    for (let i = 0; i < 60 && (await page.evaluate(() => document.activeElement?.getAttribute("data-focus-key"))) !== "tool:table"; i++) await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#panel .author-table");
    for (let i = 0; i < 30 && !(await page.evaluate(() => document.activeElement?.classList.contains("row-name"))); i++) await page.keyboard.press("Tab");
    // The nine sort buttons, then one name: the rows are one stop of the Tab order, not sixteen.
    expect(await focused()).toBe("Jeonghye Kim");
    expect(await page.locator("#panel .row-name[tabindex='0']").count()).toBe(1);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    expect(await focused()).toBe("Woojun Kim");
    await page.keyboard.press("End");
    expect(await focused()).toBe("Zeyuan Liu");
    await page.keyboard.press("Home");
    expect(await focused()).toBe("Jeonghye Kim");
    await page.keyboard.press("PageDown");
    expect(await focused()).toBe("Zeyuan Liu");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    // Leaving and coming back lands on the same row.
    await page.keyboard.press("Shift+Tab");
    expect(await focused()).toBe("Last year");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("Woojun Kim");

    expect(await markedRows()).toEqual([]);
    await page.keyboard.press("Enter");
    await selectedOnMap("woojun kim", "minhae oh");
    expect(await markedRows()).toEqual(["Woojun Kim"]);
    expect(await page.getAttribute("#panel .row-name[aria-current=true]", "data-focus-key")).toBe("row:woojun kim");
    // The table stays, focus stays on the row picked.
    expect(await focused()).toBe("Woojun Kim");

    await page.keyboard.press("Escape");
    expect(await page.evaluate(() => document.activeElement?.tagName + " " + document.activeElement?.textContent)).toBe("H2 Table of authors");
    // Escape leaves the table; the selection stays.
    expect(await markedRows()).toEqual(["Woojun Kim"]);
    await selectedOnMap("woojun kim", "minhae oh");
  });

  it("marks the row of the author clicked on the map", async () => {
    // Below 1,200 px the panel keeps its width with the table open: the map is not resized under the pointer.
    await page.setViewportSize({ width: 1100, height: 800 });
    await openTool("Table");
    await clickGraph(page, await nodePosition(page, "minbeom kim"));
    await page.waitForSelector("#panel tr[aria-selected=true]");
    expect(await markedRows()).toEqual(["Minbeom Kim"]);
    expect(await page.textContent("#panel tr[aria-selected=true] .row-mark")).toBe("▶");
    expect((await panelContent(page)).heading).toBe("Table of authors");
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("widens the panel on a large screen, and the map is drawn at its new size", async () => {
    const mapWidth = () => page.evaluate(() => window.explorer!.sigma.getContainer().offsetWidth);
    const before = await mapWidth();
    await openTool("Table");
    // 1,280 px: the panel takes min(780, 55 % of 1,280 = 704) px instead of 400.
    expect(await page.evaluate(() => document.getElementById("sheet")!.offsetWidth)).toBe(704);
    expect(await mapWidth()).toBe(before - 304);
    // Else the first pointer move redraws the map at its size and the node moves from under the pointer.
    await expect.poll(() => page.evaluate(() => window.explorer!.sigma.getDimensions().width), { timeout: 2_000 }).toBe(576);
  });
});

/*
 * Zed Hub wrote one paper with each of 61 people named given × family from two lists in
 * alphabetical order (Ann Abe, Ann Bly, … Hal Eng): 62 authors. By papers: Zed Hub (61) first,
 * then the 61 with 1 paper by name, so rows 51–62 are the 50th to the 61st of them (numbers 49 to
 * 60 from 0): 49 = 6 · 8 + 1, Gus Bly, to 60 = 7 · 8 + 4, Hal Eng.
 */
const GIVEN = ["Ann", "Ben", "Cal", "Dan", "Eva", "Fay", "Gus", "Hal"];
const FAMILY = ["Abe", "Bly", "Cox", "Dee", "Eng", "Fox", "Gil", "Hay"];
const STAR = Array.from({ length: 61 }, (_, i) => `@article{p${i}, title={Paper ${i}}, author={Hub, Zed and ${FAMILY[i % 8]}, ${GIVEN[Math.floor(i / 8)]}}, year={2020}}`).join("\n");

describe("a table longer than a page", () => {
  beforeEach(async () => {
    await dropFiles(page, [{ name: "star.bib", text: STAR }]);
    await page.waitForFunction(() => document.querySelector("#panel h2")?.textContent === "star.bib");
    await waitForSettledLayout(page);
    await openTool("Table");
  });

  it("shows 50 rows a page, turned by buttons or by PageDown, End and Home from a row", async () => {
    expect(await rowsLabel()).toBe("Rows 1–50 of 62");
    expect((await names()).length).toBe(50);
    await page.locator("#panel .row-name").first().focus();
    expect(await focused()).toBe("Zed Hub");
    await page.keyboard.press("PageDown");
    expect(await focused()).toBe("Gus Bly");
    expect(await rowsLabel()).toBe("Rows 51–62 of 62");
    await page.keyboard.press("End");
    expect(await focused()).toBe("Hal Eng");
    await page.keyboard.press("Home");
    expect(await focused()).toBe("Zed Hub");
    expect(await rowsLabel()).toBe("Rows 1–50 of 62");

    await page.getByRole("button", { name: "Next page" }).click();
    expect(await rowsLabel()).toBe("Rows 51–62 of 62");
    expect(await names()).toEqual(["Gus Bly", "Gus Cox", "Gus Dee", "Gus Eng", "Gus Fox", "Gus Gil", "Gus Hay", "Hal Abe", "Hal Bly", "Hal Cox", "Hal Dee", "Hal Eng"]);
    // The last page has no next one: focus goes to the button that still turns.
    expect(await page.getByRole("button", { name: "Next page" }).isDisabled()).toBe(true);
    expect(await focused()).toBe("Previous page");
    await page.keyboard.press("Enter");
    expect(await rowsLabel()).toBe("Rows 1–50 of 62");
  });

  it("keeps its sort and page while another tool is open, and shows another network from its first page", async () => {
    await page.getByRole("button", { name: "Name" }).click();
    await page.getByRole("button", { name: "Next page" }).click();
    // By name from A: Ann, Ben, Cal, Dan, Eva, Fay with the 8 families each (rows 1–48), then
    // Gus Abe, Gus Bly and, 51st, Gus Cox.
    expect([await rowsLabel(), (await names())[0]]).toEqual(["Rows 51–62 of 62", "Gus Cox"]);
    await openTool("Statistics");
    await openTool("Table");
    expect([await rowsLabel(), (await names())[0], await page.textContent("#panel .author-table caption")]).toEqual(["Rows 51–62 of 62", "Gus Cox", "62 visible authors, by name, A to Z"]);
    // The table stays open while another file is read.
    await page.evaluate(() => ((window as unknown as { shown: unknown }).shown = window.explorer!.graph));
    await dropFiles(page, [{ name: "star again.bib", text: STAR }]);
    await page.waitForFunction(() => window.explorer!.graph !== (window as unknown as { shown: unknown }).shown);
    expect([await rowsLabel(), (await names())[0]]).toEqual(["Rows 1–50 of 62", "Ann Abe"]);
  });

  it("turns to the page of an author selected elsewhere, and marks the row", async () => {
    const search = page.getByRole("combobox", { name: "Search authors" });
    await search.fill("hal cox");
    await search.press("Enter");
    await page.waitForSelector("#panel tr[aria-selected=true]");
    expect(await rowsLabel()).toBe("Rows 51–62 of 62");
    expect(await markedRows()).toEqual(["Hal Cox"]);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

describe("the statistics panel", () => {
  it("gives the visible network's numbers and the top five by each measure", async () => {
    await openTool("Statistics");
    const facts = Object.fromEntries(await page.$$eval("#panel .stats-list div", (items) => items.map((item) => [item.querySelector("dt")!.textContent, item.querySelector("dd")!.textContent])));
    // Density 2 · 25 / (16 · 15) = 0.2083; 39 places on 13 papers.
    expect(facts).toMatchObject({
      Authors: "16",
      Papers: "13",
      Links: "25",
      "Connected components": "1",
      "Largest component": "100 % of the authors (16)",
      Density: "0.208",
      "Authors per paper": "3",
    });
    const top = (heading: string) =>
      page.$$eval(`#panel h3`, (headings, h) => [...headings.find((e) => e.textContent === h)!.nextElementSibling!.querySelectorAll("li")].map((li) => li.textContent), heading);
    expect(await top("Top by papers")).toEqual(["Jeonghye Kim13", "Minbeom Kim4", "Woojun Kim3", "Xufang Luo3", "Suyoung Lee2"]);
    expect(await top("Top by co-authors")).toEqual(["Jeonghye Kim15", "Minbeom Kim4", "Woojun Kim3", "Xufang Luo3", "Youngchul Sung3"]);
    await page.waitForFunction(() => [...document.querySelectorAll("#panel h3")].find((e) => e.textContent === "Top by betweenness")?.nextElementSibling?.tagName === "OL");
    expect(await top("Top by betweenness")).toEqual(["Jeonghye Kim0.876", "Minbeom Kim0.0143", "Woojun Kim0.00476", "Xufang Luo0.00476", "Youngchul Sung0.00476"]);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.locator("#panel .top-measure button", { hasText: "Minbeom Kim" }).first().click();
    expect((await panelContent(page)).heading).toBe("Minbeom Kim");
    await selectedOnMap("minbeom kim", "minhae oh");
  });
});
