import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { accessibilityViolations } from "./support/accessibility";
import { clickGraph, nodePosition, panelContent, waitForMapSize, waitForSettledLayout } from "./support/explorerPage";
import { dropFiles } from "./support/loading";
import { MINBEOM_KIM_PAPERS, WOOJUN_KIM_PAPERS } from "./support/samplePapers";
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
const focusedElement = () => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent}`);
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
    expect(await sortedColumn()).toEqual([["▼Papers", "descending"]]);
    expect(await page.textContent("#panel .table-caption")).toBe("16 visible authors, by papers, highest first");
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
    expect(await sortedColumn()).toEqual([["▼Co-authors", "descending"]]);
  });

  it("is used with the keyboard alone: Tab in, arrows between rows, Enter opens the author's panel, back to her row, Escape out", async () => {
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
    // Her panel, with focus on its heading; the back button comes back to her row.
    expect(await panelContent(page)).toEqual({ heading: "Woojun Kim", titles: WOOJUN_KIM_PAPERS });
    expect(await focusedElement()).toBe("H2 Woojun Kim");
    await selectedOnMap("woojun kim", "minhae oh");
    await page.keyboard.press("Shift+Tab");
    expect(await focused()).toBe("← Table");
    await page.keyboard.press("Enter");
    expect(await markedRows()).toEqual(["Woojun Kim"]);
    expect(await page.getAttribute("#panel .row-name[aria-current=true]", "data-focus-key")).toBe("row:woojun kim");
    expect(await focusedElement()).toBe("BUTTON Woojun Kim");

    await page.keyboard.press("Escape");
    expect(await focusedElement()).toBe("H2 Table of authors");
    // Escape leaves the table; the selection stays, and Escape again lets it go.
    expect(await markedRows()).toEqual(["Woojun Kim"]);
    await selectedOnMap("woojun kim", "minhae oh");
    // A redraw of the panel meanwhile (an analysis answer coming back) leaves focus on the heading, not on her row.
    await page.$eval("#panel h2", (heading) => heading.setAttribute("data-old", ""));
    await page.evaluate(() => window.explorer!.setSettings({}));
    await page.waitForFunction(() => !document.querySelector("#panel h2")!.hasAttribute("data-old"));
    expect(await focusedElement()).toBe("H2 Table of authors");
    await page.keyboard.press("Escape");
    expect(await markedRows()).toEqual([]);
    expect(await page.locator("#panel .panel-selection").count()).toBe(0);
    expect(await focusedElement()).toBe("H2 Table of authors");
    await page.waitForFunction(() => window.explorer!.sigma.getNodeDisplayData("minhae oh")!.color !== "#e3e4ea");
  });

  it("opens the panel of an author clicked on the map, at the table's width, and marks her row back in the table", async () => {
    await openTool("Table");
    // 1,280 px: the table widens the panel, and the map follows.
    await waitForMapSize(page);
    const sheetWidth = await page.evaluate(() => document.getElementById("sheet")!.offsetWidth);
    await clickGraph(page, await nodePosition(page, "minbeom kim"));
    expect(await panelContent(page)).toEqual({ heading: "Minbeom Kim", titles: MINBEOM_KIM_PAPERS });
    expect(await page.textContent("#announcer")).toBe("Minbeom Kim: 4 papers, 4 co-authors.");
    // Her panel keeps the width: the map is not resized under the pointer.
    expect(await page.evaluate(() => document.getElementById("sheet")!.offsetWidth)).toBe(sheetWidth);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "← Table" }).click();
    expect(await markedRows()).toEqual(["Minbeom Kim"]);
    expect(await page.textContent("#panel tr[aria-selected=true] .row-mark")).toBe("▶");
    expect(await page.textContent("#announcer")).toBe("Table of authors. Still selected: Minbeom Kim.");
    await page.mouse.move(1, 790);
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

describe("an author picked in the table", () => {
  const selectionLine = () => page.locator("#panel .panel-selection").allTextContents();

  it("opens her panel with her papers, and ← Table comes back at the same sort with her row marked", async () => {
    await openTool("Table");
    await page.getByRole("button", { name: "Co-authors" }).click();
    await page.locator("#panel .row-name", { hasText: "Minbeom Kim" }).click();
    expect(await panelContent(page)).toEqual({ heading: "Minbeom Kim", titles: MINBEOM_KIM_PAPERS });
    expect(await page.textContent("#announcer")).toBe("Minbeom Kim: 4 papers, 4 co-authors.");
    await selectedOnMap("minbeom kim", "minhae oh");
    // No tool is current while her panel shows.
    expect(await page.locator("#panel .panel-tab[aria-current]").count()).toBe(0);
    await page.mouse.move(1, 790);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "← Table" }).click();
    expect(await names()).toEqual(BY_COAUTHORS);
    expect(await sortedColumn()).toEqual([["▼Co-authors", "descending"]]);
    expect(await markedRows()).toEqual(["Minbeom Kim"]);
    expect(await selectionLine()).toEqual(["Selected: Minbeom KimShowLet go"]);
    await selectedOnMap("minbeom kim", "minhae oh");
    await page.mouse.move(1, 790);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("keeps her selected in another tool, with a way back to her panel, and lets her go", async () => {
    await openTool("Table");
    await page.locator("#panel .row-name", { hasText: "Minbeom Kim" }).focus();
    await page.keyboard.press("Enter");
    expect((await panelContent(page)).heading).toBe("Minbeom Kim");
    await page.locator(".panel-tab", { hasText: "Overview" }).focus();
    await page.keyboard.press("Enter");
    expect((await panelContent(page)).heading).toBe("sample-listing.txt");
    expect(await page.textContent("#announcer")).toBe("Overview: 16 authors. Still selected: Minbeom Kim.");
    expect(await selectionLine()).toEqual(["Selected: Minbeom KimShowLet go"]);
    expect(await page.getAttribute("#panel .panel-tab[aria-current=page]", "data-focus-key")).toBe("tool:overview");
    expect(await focusedElement()).toBe("BUTTON Overview");
    await selectedOnMap("minbeom kim", "minhae oh");
    expect(await accessibilityViolations(page)).toEqual([]);

    await openTool("Table");
    expect(await markedRows()).toEqual(["Minbeom Kim"]);
    await page.getByRole("button", { name: "Show Minbeom Kim" }).focus();
    await page.keyboard.press("Enter");
    expect(await panelContent(page)).toEqual({ heading: "Minbeom Kim", titles: MINBEOM_KIM_PAPERS });
    expect(await focusedElement()).toBe("H2 Minbeom Kim");

    await page.locator(".panel-tab", { hasText: "Overview" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Let go of Minbeom Kim" }).focus();
    await page.keyboard.press("Enter");
    expect(await selectionLine()).toEqual([]);
    expect(await focusedElement()).toBe("H2 sample-listing.txt");
    await page.waitForFunction(() => window.explorer!.sigma.getNodeDisplayData("minhae oh")!.color !== "#e3e4ea");
    await openTool("Table");
    expect(await markedRows()).toEqual([]);
  });

  it("keeps a link picked from her panel selected too, back in the table, until the map's background is clicked", async () => {
    await openTool("Table");
    await page.locator("#panel .row-name", { hasText: "Minbeom Kim" }).click();
    await page.locator("#panel .coauthor-list li", { hasText: "Jeonghye Kim" }).getByRole("button", { name: "4 shared papers" }).click();
    expect(await panelContent(page)).toEqual({ heading: "Jeonghye Kim & Minbeom Kim", titles: MINBEOM_KIM_PAPERS });
    expect(await page.textContent("#announcer")).toBe("Jeonghye Kim and Minbeom Kim: 4 shared papers.");
    // The button pressed is gone with her panel: focus goes to the link's heading, not back to the page.
    expect(await focusedElement()).toBe("H2 Jeonghye Kim & Minbeom Kim");
    await page.getByRole("button", { name: "← Table" }).click();
    expect(await selectionLine()).toEqual(["Selected: Jeonghye Kim & Minbeom KimShowLet go"]);
    // A link is no row of the table.
    expect(await markedRows()).toEqual([]);
    await page.mouse.move(1, 790);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Show Jeonghye Kim & Minbeom Kim" }).click();
    expect((await panelContent(page)).heading).toBe("Jeonghye Kim & Minbeom Kim");
    await page.getByRole("button", { name: "← Table" }).click();

    await waitForMapSize(page);
    await clickGraph(page, { x: 5, y: 400 });
    await page.waitForFunction(() => document.querySelector("#panel .panel-selection") === null);
    expect((await panelContent(page)).heading).toBe("Table of authors");
  });
});

/** Each header cell's box, its sort arrow's, and the scrolling box's, in page pixels. */
function headerBoxes(): Promise<{ box: Box; panel: Box; cells: (Box & { text: string })[]; marks: Box[]; scroll: { width: number; client: number; height: number; clientHeight: number } }> {
  return page.evaluate(() => {
    const rect = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const scroller = document.querySelector<HTMLElement>("#panel .table-scroll")!;
    const panel = document.getElementById("panel")!;
    const inner = (e: HTMLElement) => {
      const r = e.getBoundingClientRect();
      return { left: r.left + e.clientLeft, right: r.left + e.clientLeft + e.clientWidth, top: r.top + e.clientTop, bottom: r.top + e.clientTop + e.clientHeight };
    };
    return {
      box: inner(scroller),
      panel: inner(panel),
      cells: [...scroller.querySelectorAll("thead th")].map((th) => ({ ...rect(th), text: th.textContent ?? "" })),
      marks: [...scroller.querySelectorAll("thead .sort-mark")].filter((m) => m.textContent !== "").map(rect),
      scroll: { width: scroller.scrollWidth, client: scroller.clientWidth, height: scroller.offsetHeight, clientHeight: panel.clientHeight },
    };
  });
}
interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
const within = (inner: Box, outer: Box) => inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;

describe("the table's columns", () => {
  it("all fit the panel at 1,440 × 900, the sort arrows too", async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openTool("Table");
    // The last column sorted, so that its arrow shows.
    await page.getByRole("button", { name: "Last year" }).click();
    await page.waitForSelector("#panel th[aria-sort=descending]:last-child");
    const { box, panel, cells, marks, scroll } = await headerBoxes();
    // Nothing to scroll sideways: every header cell, and the arrow, within the box and the panel.
    expect(scroll.width).toBe(scroll.client);
    expect(cells.filter((cell) => !within(cell, box) || !within(cell, panel)).map((c) => c.text)).toEqual([]);
    expect(marks.length === 1 && within(marks[0]!, box)).toBe(true);
    expect(cells.map((c) => c.text)).toEqual(["Name", "Papers", "Papers (fractional)", "Co-authors", "Link strength", "Degree centrality", "Betweenness", "First year", "▼Last year"]);
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
    // Once betweenness has come back from its worker: its answer redraws the table, scrolled boxes and all.
    // Zed Hub, first by papers, is on the one path between any two of the others: betweenness 1.
    await page.waitForFunction(() => document.querySelector("#panel .author-table tbody tr:first-child > :nth-child(7)")?.textContent === "1");
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
    expect([await rowsLabel(), (await names())[0], await page.textContent("#panel .table-caption")]).toEqual(["Rows 51–62 of 62", "Gus Cox", "62 visible authors, by name, A to Z"]);
    // The table stays open while another file is read.
    await page.evaluate(() => ((window as unknown as { shown: unknown }).shown = window.explorer!.graph));
    await dropFiles(page, [{ name: "star again.bib", text: STAR }]);
    await page.waitForFunction(() => window.explorer!.graph !== (window as unknown as { shown: unknown }).shown);
    expect([await rowsLabel(), (await names())[0]]).toEqual(["Rows 1–50 of 62", "Ann Abe"]);
  });

  it("comes back from an author's panel at the sort, page and row she was picked at", async () => {
    // By name from A, page 2 (see above): Gus Cox, …, Gus Fox (54th), …, Zed Hub.
    await page.getByRole("button", { name: "Name" }).click();
    await page.getByRole("button", { name: "Next page" }).click();
    await page.locator("#panel .row-name", { hasText: "Gus Fox" }).click();
    // Gus Fox is number 6 · 8 + 5 = 53 (Gus the 7th given name, Fox the 6th family name): his one paper is Paper 53, with Zed Hub.
    expect(await panelContent(page)).toEqual({ heading: "Gus Fox", titles: ["Paper 53"] });
    expect(await page.locator("#panel .coauthor-list li").allTextContents()).toEqual(["Zed Hub 1 shared paper"]);
    await page.getByRole("button", { name: "← Table" }).click();
    expect([await rowsLabel(), (await names())[0], await page.textContent("#panel .table-caption")]).toEqual(["Rows 51–62 of 62", "Gus Cox", "62 visible authors, by name, A to Z"]);
    expect(await sortedColumn()).toEqual([["Name▲", "ascending"]]);
    expect(await markedRows()).toEqual(["Gus Fox"]);
    expect(await focusedElement()).toBe("BUTTON Gus Fox");
  });

  // 1,024 px: a 400 px panel; 375 and 320: a phone's sheet; 720 × 450: 1,440 × 900 at 200 % zoom.
  it.each([
    [1024, 768],
    [375, 700],
    [320, 640],
    [720, 450],
  ])("scrolls sideways at %i × %i px, names and header fixed, its scroll bar in the panel's view", async (width, height) => {
    await page.setViewportSize({ width, height });
    await page.getByRole("button", { name: "Last year" }).click();
    const before = await headerBoxes();
    expect(before.scroll.width).toBeGreaterThan(before.scroll.client);
    // Never taller than the panel: once the panel shows it, its bottom edge and scroll bar are in view.
    expect(before.scroll.height).toBeLessThanOrEqual(before.scroll.clientHeight);
    expect(before.cells[0]!.left).toBe(before.box.left);
    // Measured at the next frame, as a user sees it: the fixed cells follow a scroll by then.
    await page.$eval("#panel .table-scroll", (box) => new Promise((done) => {
      box.scrollTo(box.scrollWidth, box.scrollHeight);
      requestAnimationFrame(() => requestAnimationFrame(done));
    }));
    const after = await headerBoxes();
    const [name, ...measures] = after.cells;
    // The name column and the header stay put; the last column and its arrow come into the box, clear of the names.
    expect([name!.left, name!.top]).toEqual([before.cells[0]!.left, before.box.top]);
    expect(measures.map((cell) => cell.top)).toEqual(measures.map(() => after.box.top));
    expect(await page.$eval("#panel .table-scroll tbody tr:last-child .name-column", (cell) => cell.getBoundingClientRect().left)).toBe(after.box.left);
    const last = measures[measures.length - 1]!;
    expect(last.text).toBe("▼Last year");
    expect(within(last, after.box) && last.left >= name!.right).toBe(true);
    expect(within(after.marks[0]!, after.box) && after.marks[0]!.left >= name!.right).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
  });

  it("keeps the columns scrolled to through a page turn and a sort", async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    /** How far the box is scrolled sideways, and how far it can be: a page's columns may be a few pixels wider than another's. */
    const scrolled = () => page.$eval("#panel .table-scroll", (box) => ({ left: box.scrollLeft, most: box.scrollWidth - box.clientWidth }));
    await page.$eval("#panel .table-scroll", (box) => box.scrollTo(box.scrollWidth, 0));
    const start = await scrolled();
    expect(start.most).toBeGreaterThan(0);
    expect(start.left).toBe(start.most);
    await page.getByRole("button", { name: "Next page" }).click();
    expect(await rowsLabel()).toBe("Rows 51–62 of 62");
    const turned = await scrolled();
    expect(turned.left).toBe(Math.min(start.left, turned.most));
    await page.getByRole("button", { name: "Last year" }).click();
    expect(await sortedColumn()).toEqual([["▼Last year", "descending"]]);
    const sorted = await scrolled();
    expect(sorted.left).toBe(Math.min(turned.left, sorted.most));
  });

  it("keeps the rows scrolled to when the same rows are drawn again, and starts a new page at its first row", async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    const box = () => page.$eval("#panel .table-scroll", (element) => ({ top: element.scrollTop, most: element.scrollHeight - element.clientHeight, old: element.hasAttribute("data-old") }));
    await page.$eval("#panel .table-scroll", (element) => {
      element.scrollTo(0, 200);
      element.setAttribute("data-old", "");
    });
    expect((await box()).most).toBeGreaterThan(200);
    // The same settings again: a new view, so the panel is drawn anew (as when an analysis comes back), with the same rows.
    await page.evaluate(() => window.explorer!.setSettings({}));
    await page.waitForFunction(() => !document.querySelector("#panel .table-scroll")!.hasAttribute("data-old"));
    expect(await box()).toMatchObject({ top: 200, old: false });
    await page.getByRole("button", { name: "Next page" }).click();
    expect(await rowsLabel()).toBe("Rows 51–62 of 62");
    expect((await box()).top).toBe(0);
  });

  it("keeps what takes focus clear of the fixed names and header, going back by Shift+Tab or ArrowUp", async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    /** How far the focused control lies under the fixed names (left) and header (top), in pixels. */
    const hidden = () =>
      page.evaluate(() => {
        const place = document.activeElement!.getBoundingClientRect();
        const box = document.querySelector("#panel .table-scroll")!;
        // The header's name cell sticks both ways: the thead's own box scrolls away.
        const names = box.querySelector("thead .name-column")!.getBoundingClientRect();
        const header = names;
        const inHeader = document.activeElement!.closest("thead") !== null;
        const inNames = document.activeElement!.closest(".name-column") !== null;
        // Whole pixels: a box's scroll may leave a fraction of one under.
        return {
          text: document.activeElement!.textContent,
          left: inNames ? 0 : Math.round(Math.max(0, names.right - place.left)),
          top: inHeader ? 0 : Math.round(Math.max(0, header.bottom - place.top)),
        };
      });
    const settled = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.getByRole("button", { name: "Last year" }).focus();
    for (const label of ["First year", "Betweenness", "Degree centrality", "Link strength", "Co-authors", "Papers (fractional)", "▼Papers"]) {
      await page.keyboard.press("Shift+Tab");
      await settled();
      expect(await hidden()).toEqual({ text: label, left: 0, top: 0 });
    }
    // Row 31 (position 30) is number 29, Dan Fox; the box scrolled to have him first under the header.
    await page.locator("#panel .row-name").nth(30).focus();
    await page.evaluate(() => {
      const box = document.querySelector("#panel .table-scroll")!;
      box.scrollTop += document.activeElement!.getBoundingClientRect().top - box.querySelector("thead .name-column")!.getBoundingClientRect().bottom;
    });
    expect(await hidden()).toEqual({ text: "Dan Fox", left: 0, top: 0 });
    for (const name of ["Dan Eng", "Dan Dee"]) {
      await page.keyboard.press("ArrowUp");
      await settled();
      expect(await hidden()).toEqual({ text: name, left: 0, top: 0 });
    }
  });

  it("turns to the page of an author selected elsewhere, and marks the row", async () => {
    const search = page.getByRole("combobox", { name: "Search authors" });
    await search.fill("hal cox");
    await search.press("Enter");
    // Her panel shows, as from anywhere; the table is one step back, at her page.
    expect((await panelContent(page)).heading).toBe("Hal Cox");
    await page.getByRole("button", { name: "← Table" }).click();
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
