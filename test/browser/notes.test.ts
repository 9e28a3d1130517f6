import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { accessibilityViolations } from "./support/accessibility";
import { openExplorer, pageErrors, waitForSettledLayout } from "./support/explorerPage";
import { dropFiles } from "./support/loading";
import { explorerSuite } from "./support/suite";

const suite = explorerSuite();
let page: Page;
beforeEach(() => {
  page = suite.page();
});

async function openTool(name: string): Promise<void> {
  await page.locator("#panel nav").getByRole("button", { name, exact: true }).click();
  await page.mouse.move(1, 790);
}

/** Moves the year range's start two years on, with the keyboard, in the Filters panel. */
async function startTwoYearsLater(): Promise<void> {
  await openTool("Filters");
  const start = page.getByRole("slider", { name: "First year" });
  await start.focus();
  await start.press("ArrowRight");
  await start.press("ArrowRight");
}

const status = () => page.textContent("#status");
const notes = () => page.locator("#panel .note-scope, #panel .note-hidden").allTextContents();

/*
 * Five records, one a line: two without authors (line 2, proceedings without editors; line 4,
 * a misc entry), three papers of 2021, 2022 and 2023 among Ann Lee, Bo Chen and Cy Díaz, one
 * link for each pair. The BibTeX reader warns once for each record without authors.
 */
const REFS = [
  "@article{lee2021, author = {Ann Lee and Bo Chen}, title = {Graph Sketching at Scale}, year = 2021}",
  "@proceedings{conf2022, title = {Proceedings of the Workshop on Graphs}, year = 2022}",
  "@inproceedings{chen2022, author = {Bo Chen and Cy D{\\'\\i}az}, title = {Fast Counting}, year = 2022}",
  "@misc{notes2020, title = {Lecture Notes on Networks}, year = 2020}",
  "@article{diaz2023, author = {Cy D{\\'\\i}az and Ann Lee}, title = {Counting Triangles}, year = 2023}",
].join("\n");

async function openRefs(): Promise<void> {
  await page.evaluate(() => ((window as { graphBefore?: unknown }).graphBefore = window.explorer!.graph));
  await dropFiles(page, [{ name: "refs.bib", text: REFS }]);
  await page.waitForFunction(() => window.explorer!.graph !== (window as { graphBefore?: unknown }).graphBefore);
  await waitForSettledLayout(page);
}

describe("papers without authors", () => {
  it("are said to be out of the network with their lines, not hidden by a filter, and Show everything comes only with a filter", async () => {
    await openRefs();
    expect(await status()).toBe("3 papers · 3 authors · 3 links · 2 papers without authors · 2 warnings — Layout settled");
    expect(await page.textContent("#panel .note-without-authors")).toBe(
      "Not in the network: 2 papers without authors that could be read (refs.bib lines 2 and 4), listed under How the data was read.",
    );
    expect(await notes()).toEqual([]);
    expect(await page.getByRole("button", { name: "Show everything" }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The years run 2020–2023 (the misc record has one): from 2022, Graph Sketching (2021) and
    // the link of Ann Lee and Bo Chen are hidden; everyone still has a paper.
    await startTwoYearsLater();
    expect(await status()).toBe("2 of 3 papers · 3 authors · 2 of 3 links · 2 papers without authors · 2 warnings — Layout settled");
    await openTool("Overview");
    expect(await notes()).toEqual(["Hidden by the filters: 1 paper, 1 link. Show everything"]);
    await page.getByRole("button", { name: "Show everything" }).click();
    expect(await page.evaluate(() => window.explorer!.view().settings.years)).toBeNull();
    expect(await status()).toBe("3 papers · 3 authors · 3 links · 2 papers without authors · 2 warnings — Layout settled");
    expect(await notes()).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });
});

describe("what an author's network leaves out", () => {
  // Nakyung Lee's network: her, Jeonghye Kim and Minhae Oh, and the 3 links among them; the 13
  // other authors and 22 links are outside it. Jeonghye Kim is on every paper: none is outside.
  it("is named after the network, apart from what the filters hide, each with its own way back", async () => {
    await page.getByRole("combobox", { name: "Search authors" }).fill("nakyung");
    await page.getByRole("combobox", { name: "Search authors" }).press("Enter");
    await page.locator("#panel").getByRole("button", { name: "Co-authors", exact: true }).click();
    await page.waitForFunction(() => window.explorer!.view().authors.size === 3);
    await page.keyboard.press("Escape");
    await page.waitForSelector("#panel .panel-overview");
    expect(await notes()).toEqual(["Outside Nakyung Lee’s network: 13 authors, 22 links. Show everyone"]);
    expect(await accessibilityViolations(page)).toEqual([]);

    // From 2025 the filters hide Suyoung Lee and Woojun Kim, the 3 papers of 2023–2024 and 4
    // links; of the 14 authors and 21 links left, 11 and 18 are outside her network.
    await startTwoYearsLater();
    await openTool("Overview");
    expect(await notes()).toEqual(["Outside Nakyung Lee’s network: 11 authors, 18 links. Show everyone", "Hidden by the filters: 2 authors, 3 papers, 4 links. Clear the filters"]);
    await page.getByRole("button", { name: "Clear the filters" }).click();
    expect(await notes()).toEqual(["Outside Nakyung Lee’s network: 13 authors, 22 links. Show everyone"]);
    await page.locator("#panel").getByRole("button", { name: "Show everyone" }).click();
    await page.waitForFunction(() => window.explorer!.view().authors.size === 16);
    expect(await notes()).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });
});

describe("the size legend", () => {
  // Degree centrality on the sample: Jeonghye Kim wrote with all 15 others (1); the fewest
  // co-authors anyone has is 2, 2/15 = 0.1333. The middle disc: ((√0.1333 + 1) / 2)² = 0.4659 → 0.47.
  it("shows the true smallest and largest values", async () => {
    await openTool("Filters");
    await page.getByRole("combobox", { name: "Size by" }).selectOption("degree");
    await openTool("Overview");
    expect(await page.locator("#panel .legend-sizes li").allTextContents()).toEqual(["0.133", "0.47", "1"]);
  });
});

describe("ranking by first year", () => {
  // First papers: 2023 for Jeonghye Kim, Suyoung Lee, Woojun Kim and Youngchul Sung (Decision
  // ConvFormer, LESSON); 2025 for Minbeom Kim, Minhae Oh, Nakyung Lee, Seohui Bae, Sojeong Rhee,
  // Whiyoung Jung and Yongjae Shin; 2026 for the five others. Ties by name.
  it("puts the earliest first in the statistics and in the table", async () => {
    await openTool("Statistics");
    const top = await page.$$eval("#panel h3", (headings) => {
      const heading = headings.find((e) => e.textContent?.startsWith("Top by first year"))!;
      return [heading.textContent, ...[...heading.nextElementSibling!.querySelectorAll("li")].map((li) => li.textContent)];
    });
    expect(top).toEqual(["Top by first year (earliest first)", "Jeonghye Kim2023", "Suyoung Lee2023", "Woojun Kim2023", "Youngchul Sung2023", "Minbeom Kim2025"]);

    await openTool("Table");
    await page.getByRole("button", { name: "First year", exact: true }).click();
    expect(await page.locator("#panel .author-table tbody .row-name").allTextContents()).toEqual([
      "Jeonghye Kim", "Suyoung Lee", "Woojun Kim", "Youngchul Sung",
      "Minbeom Kim", "Minhae Oh", "Nakyung Lee", "Seohui Bae", "Sojeong Rhee", "Whiyoung Jung", "Yongjae Shin",
      "Dohyung Kim", "Dongsheng Li", "Jiwon Jeon", "Xufang Luo", "Zeyuan Liu",
    ]);
    expect(await page.textContent("#panel #table-caption")).toBe("16 visible authors, by first year, earliest first");
    expect(await page.getAttribute("#panel .author-table th[aria-sort]", "aria-sort")).toBe("ascending");
  });
});

describe("the layout button", () => {
  it("says the layout has settled and what running it again does, and runs it", async () => {
    const button = page.locator("#layout-toggle");
    expect(await page.textContent("#status")).toBe("13 papers · 16 authors · 25 links — Layout settled");
    expect(await button.textContent()).toBe("Run layout again");
    expect(await button.getAttribute("title")).toBe(
      "The layout has settled. Running it again goes on from where the authors shown are now (ForceAtlas2, then overlap removal) until they settle again.",
    );
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as { labelsSeen?: string[] }).labelsSeen = seen;
      const toggle = document.getElementById("layout-toggle")!;
      new MutationObserver(() => seen.push(toggle.textContent ?? "")).observe(toggle, { childList: true, characterData: true, subtree: true });
    });
    await page.getByRole("button", { name: "Run layout again", exact: true }).click();
    await page.waitForFunction(() => window.explorer!.layout === "settled" && ((window as { labelsSeen?: string[] }).labelsSeen ?? []).length >= 2);
    expect(await page.evaluate(() => (window as { labelsSeen?: string[] }).labelsSeen)).toEqual(["Stop layout", "Run layout again"]);
  });
});

describe("an author named in the address", () => {
  it("opens her network and her panel, by name as well as by person id", async () => {
    const named = await openExplorer(suite.browser(), suite.baseUrl, "?reference-date=2026-11-25&ego=Woojun%20Kim");
    try {
      await named.waitForFunction(() => window.explorer!.view().authors.size === 4);
      expect(await named.textContent(".ego-banner p")).toBe("Showing Woojun Kim’s network · 4 authors");
      expect(await named.textContent("#panel h2")).toBe("Woojun Kim");
      expect(new URL(named.url()).search).toBe("?reference-date=2026-11-25&ego=woojun+kim&depth=1");
      expect(await accessibilityViolations(named)).toEqual([]);
    } finally {
      await named.close();
    }
  });

  it("says when nobody has that name, and shows everyone, without the controls of a network", async () => {
    const missing = await openExplorer(suite.browser(), suite.baseUrl, "?reference-date=2026-11-25&ego=Nobody%20Here");
    try {
      await missing.waitForSelector(".ego-banner:not([hidden])");
      expect(await missing.textContent(".ego-banner p")).toBe("No author “Nobody Here” in the data loaded, by that id or name: showing everyone.");
      expect(await missing.getAttribute(".ego-banner p", "role")).toBe("status");
      expect(await missing.locator(".ego-banner button:visible").allTextContents()).toEqual(["Dismiss"]);
      expect(await missing.evaluate(() => window.explorer!.view().authors.size)).toBe(16);
      expect(await accessibilityViolations(missing)).toEqual([]);
    } finally {
      await missing.close();
    }
  });
});

describe("titles with TeX", () => {
  // The sample's line 23 reads "Adaptive $Q$-Aid for Conditional Supervised Learning in Offline Reinforcement Learning".
  const TITLE = "Adaptive Q-Aid for Conditional Supervised Learning in Offline Reinforcement Learning";

  it("are shown as text in an author's panel and a link's", async () => {
    await page.getByRole("combobox", { name: "Search authors" }).fill("suyoung");
    await page.getByRole("combobox", { name: "Search authors" }).press("Enter");
    expect(await page.locator("#panel .paper-title").allTextContents()).toEqual([TITLE, "Decision ConvFormer: Local Filtering in MetaFormer is Sufficient for Decision Making"]);
    await page.locator("#panel .coauthor-list li", { hasText: "Woojun Kim" }).getByRole("button", { name: "2 shared papers" }).click();
    await page.waitForSelector("#panel .panel-link");
    expect(await page.locator("#panel .paper-title").allTextContents()).toContain(TITLE);
    expect(await page.locator("#panel").textContent()).not.toContain("$");
  });
});

describe("the sample's overview", () => {
  it("says the explorer is for your own files, which it opens, and opens them", async () => {
    expect(await page.textContent("#panel .sample-hint")).toBe(
      "This is a sample. Open files… to see your own: BibTeX, RIS, Web of Science, Scopus, Zotero CSL-JSON, OpenAlex, dblp XML or a pasted listing; or a network: GEXF, GraphML, VOSviewer or graphology JSON.",
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.locator("#panel .sample-hint").getByRole("button", { name: "Open files…" }).click()]);
    expect(chooser.isMultiple()).toBe(true);
    await page.evaluate(() => ((window as { graphBefore?: unknown }).graphBefore = window.explorer!.graph));
    await chooser.setFiles({ name: "refs.bib", mimeType: "text/plain", buffer: Buffer.from(REFS) });
    await page.waitForFunction(() => window.explorer!.graph !== (window as { graphBefore?: unknown }).graphBefore);
    await waitForSettledLayout(page);
    expect(await page.textContent("#panel h2")).toBe("refs.bib");
    expect(await page.locator("#panel .sample-hint").count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe("BODY");
  });
});
