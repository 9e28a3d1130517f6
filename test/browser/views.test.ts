import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { accessibilityViolations } from "./support/accessibility";
import { openExplorer, pageErrors, panelContent } from "./support/explorerPage";
import { explorerSuite } from "./support/suite";

const suite = explorerSuite();
let page: Page;
beforeEach(() => {
  page = suite.page();
});

const DIMMED = "#e3e4ea";

async function openTool(name: string): Promise<void> {
  await page.locator("#panel nav").getByRole("button", { name, exact: true }).click();
  // Off the tab: the page's stylesheet gives a hovered current tab a pale background under its
  // white text, a contrast problem of the tabs, not of the panels tested here.
  await page.mouse.move(1, 790);
}

async function pick(picker: string, query: string): Promise<void> {
  const input = page.getByRole("combobox", { name: picker, exact: true });
  await input.fill(query);
  await input.press("Enter");
}

/** Waits until the map shows this many authors (and links, when given). */
async function visibleCount(authors: number, links?: number): Promise<void> {
  await page.waitForFunction(([a, l]) => window.explorer!.view().authors.size === a && (l === null || window.explorer!.view().links.size === l), [authors, links ?? null] as const);
}

/** Authors drawn with a forced label, and authors drawn faded, as sigma last drew them. */
async function emphasis(): Promise<{ labelled: string[]; dimmed: string[] }> {
  return page.evaluate((dimmed) => {
    const { sigma, graph, view } = window.explorer!;
    const shown = graph.filterNodes((key) => view().authors.has(key));
    return {
      labelled: shown.filter((key) => sigma.getNodeDisplayData(key)!.forceLabel === true && sigma.getNodeDisplayData(key)!.highlighted === true),
      dimmed: shown.filter((key) => sigma.getNodeDisplayData(key)!.color === dimmed),
    };
  }, DIMMED);
}

describe("the collaboration path", () => {
  // In the sample, Zeyuan Liu's only co-authors are Jeonghye Kim and Xufang Luo, Nakyung Lee's
  // are Jeonghye Kim and Minhae Oh: the one shortest chain runs through Jeonghye Kim.
  it("lists the chain from Zeyuan Liu to Nakyung Lee with the paper behind each step, and picks it out on the map", async () => {
    await openTool("Path");
    await pick("From", "zeyuan");
    await pick("To", "nakyung");
    expect(await page.textContent("#panel .path-summary")).toBe("2 steps: Zeyuan Liu → Jeonghye Kim → Nakyung Lee");
    expect(await page.locator("#panel .path-author > button").allTextContents()).toEqual(["Zeyuan Liu", "Jeonghye Kim", "Nakyung Lee"]);
    expect(await page.locator("#panel .path-paper-title").allTextContents()).toEqual([
      "Exploratory Memory-Augmented LLM Agent via Hybrid On- and Off-Policy Optimization",
      "RAISE: Enhancing Scientific Reasoning in LLMs via Step-by-Step Retrieval",
    ]);
    // The pickers show the authors picked after the panel was rebuilt.
    expect([await page.inputValue("#path-from-input"), await page.inputValue("#path-to-input")]).toEqual(["Zeyuan Liu", "Nakyung Lee"]);

    await page.waitForFunction(() => window.explorer!.sigma.getNodeDisplayData("nakyung lee")!.forceLabel === true);
    const { labelled, dimmed } = await emphasis();
    expect(labelled.sort()).toEqual(["jeonghye kim", "nakyung lee", "zeyuan liu"]);
    expect(dimmed).toHaveLength(13);
    expect(dimmed).not.toContain("jeonghye kim");
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Swap" }).click();
    expect(await page.textContent("#panel .path-summary")).toBe("2 steps: Nakyung Lee → Jeonghye Kim → Zeyuan Liu");
    // Suggestions open over the panel.
    await page.getByRole("combobox", { name: "To", exact: true }).fill("kim");
    expect(await page.locator("#path-to-input-options [role=option]").allTextContents()).toEqual(["Jeonghye Kim13", "Minbeom Kim4", "Woojun Kim3", "Dohyung Kim1"]);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  it("says there is no path when the filters cut it, that the full network has one, and shows everything on demand", async () => {
    await openTool("Path");
    await pick("From", "zeyuan");
    await pick("To", "nakyung");
    // Both links of the chain come from one paper each: at two papers or more, both go, and
    // every author stays (authors leave by their paper count, not their links).
    await page.evaluate(() => window.explorer!.setSettings({ minWeight: 2 }));
    await page.waitForSelector("#panel .path-none");
    expect(await page.locator("#panel .path-none p").allTextContents()).toEqual([
      "No path in this view. No chain of co-authors links Zeyuan Liu and Nakyung Lee in this view.",
      "The full network has one, hidden here: 2 steps, through Jeonghye Kim.",
    ]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Show everything" }).click();
    expect(await page.textContent("#panel .path-summary")).toBe("2 steps: Zeyuan Liu → Jeonghye Kim → Nakyung Lee");

    // Without 2026, Zeyuan Liu (whose one paper is of 2026) is not in the view at all.
    await page.evaluate(() => window.explorer!.setSettings({ years: [2023, 2025] }));
    await page.waitForSelector("#panel .path-none");
    expect(await page.locator("#panel .path-none p").allTextContents()).toEqual([
      "No path in this view. Zeyuan Liu is hidden in this view.",
      "The full network has one, hidden here: 2 steps, through Jeonghye Kim.",
    ]);
    expect(await emphasis().then((e) => e.labelled)).toEqual([]);
  });
});

/** The address's query less the camera, which follows wherever the map was centred. */
function withoutCamera(url: string): string {
  const params = new URL(url).searchParams;
  params.delete("camera");
  return `?${params}`;
}

describe("an author's network", () => {
  // Nakyung Lee's co-authors: Jeonghye Kim and Minhae Oh (3 shown). Jeonghye Kim wrote with all
  // 15 others (16 shown). Woojun Kim's: Jeonghye Kim, Suyoung Lee, Youngchul Sung (4 shown).
  it("walks from author to author, and back and forward with the browser and with the banner", async () => {
    const banner = page.locator(".ego-banner");
    const egoOf = async (name: string) => {
      await page.locator("#panel").getByRole("button", { name: "Co-authors", exact: true }).click();
      expect(await page.textContent(".ego-banner p")).toMatch(new RegExp(`^Showing ${name}’s network`));
    };
    await page.getByRole("combobox", { name: "Search authors" }).fill("nakyung");
    await page.getByRole("combobox", { name: "Search authors" }).press("Enter");
    await egoOf("Nakyung Lee");
    await visibleCount(3);
    // The search centred the map on her: the camera is in the address too, beside her network,
    // once the glide to her has come to rest.
    await page.waitForFunction(() => new URLSearchParams(location.search).has("camera"));
    expect(withoutCamera(page.url())).toBe("?reference-date=2026-11-25&ego=nakyung+lee&depth=1");
    expect(await page.textContent(".ego-banner p")).toBe("Showing Nakyung Lee’s network · 3 authors");

    await page.locator("#panel .coauthor-list").getByRole("button", { name: "Jeonghye Kim" }).click();
    await egoOf("Jeonghye Kim");
    await visibleCount(16);
    await page.locator("#panel .coauthor-list").getByRole("button", { name: "Woojun Kim" }).click();
    await egoOf("Woojun Kim");
    await visibleCount(4);
    expect(await banner.getByRole("button", { name: "Forward" }).getAttribute("aria-disabled")).toBe("true");
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goBack();
    await visibleCount(16);
    expect(new URL(page.url()).searchParams.get("ego")).toBe("jeonghye kim");
    // Woojun Kim, still in view, stays selected.
    expect((await panelContent(page)).heading).toBe("Woojun Kim");
    await page.goBack();
    await visibleCount(3);
    expect(await page.textContent(".ego-banner p")).toBe("Showing Nakyung Lee’s network · 3 authors");
    await page.goForward();
    await visibleCount(16);

    await banner.getByRole("button", { name: "Forward" }).click();
    await visibleCount(4);
    expect(new URL(page.url()).searchParams.get("ego")).toBe("woojun kim");
    await banner.getByRole("button", { name: "Back" }).click();
    await visibleCount(16);
    await banner.getByRole("button", { name: "Back" }).click();
    await visibleCount(3);
    // Two steps from Nakyung Lee reach everyone through Jeonghye Kim; Show everyone ends the view.
    await banner.getByRole("button", { name: "Two steps" }).click();
    await visibleCount(16);
    // Woojun Kim, picked in his own network, is still selected: the address says so beside the network shown.
    expect(withoutCamera(page.url())).toBe("?reference-date=2026-11-25&ego=nakyung+lee&depth=2&author=woojun+kim");
    await banner.getByRole("button", { name: "Show everyone" }).click();
    await page.waitForSelector(".ego-banner", { state: "hidden" });
    expect(withoutCamera(page.url())).toBe("?reference-date=2026-11-25&author=woojun+kim");
    expect(pageErrors(page)).toEqual([]);
  });

  it("opens in an author's network from the address, and says so when the author is not there", async () => {
    const other = await openExplorer(suite.browser(), suite.baseUrl, "?reference-date=2026-11-25&ego=woojun+kim&depth=1");
    await other.waitForFunction(() => window.explorer!.view().authors.size === 4);
    expect(await other.textContent(".ego-banner p")).toBe("Showing Woojun Kim’s network · 4 authors");
    await other.close();

    const missing = await openExplorer(suite.browser(), suite.baseUrl, "?reference-date=2026-11-25&ego=nobody&depth=2");
    await missing.waitForSelector(".ego-banner:not([hidden])");
    expect(await missing.textContent(".ego-banner p")).toBe("No author “nobody” in the data loaded, by that id or name: showing everyone.");
    expect(await missing.evaluate(() => window.explorer!.view().authors.size)).toBe(16);
    expect(new URL(missing.url()).search).toBe("?reference-date=2026-11-25");
    expect(await accessibilityViolations(missing)).toEqual([]);
    await missing.getByRole("button", { name: "Dismiss" }).click();
    await missing.waitForSelector(".ego-banner", { state: "hidden" });
    await missing.close();
  });
});

describe("the roster", () => {
  it("matches pasted names, shows the network among them, then with their outside collaborators, and highlights them in the full view", async () => {
    await openTool("Roster");
    const names = page.getByRole("textbox", { name: "Names" });
    await names.fill("Z. Liu\nWoojun Kin\nLee");
    // A change of the store rebuilds the panel: what was typed stays.
    await page.getByRole("checkbox", { name: "Highlight the roster in every view" }).check();
    expect(await names.inputValue()).toBe("Z. Liu\nWoojun Kin\nLee");
    await page.getByRole("button", { name: "Show the roster" }).click();
    // Z. Liu: Zeyuan Liu is the only Liu, so probably him; Woojun Kin: nobody; Lee: two people.
    await visibleCount(1, 0);
    expect(await page.locator("#panel .roster-member").allTextContents()).toEqual(["Zeyuan Liu · 1 paper in viewprobable match for “Z. Liu”"]);
    expect(await page.locator("#panel .roster-question p").allTextContents()).toEqual(["“Lee” could be:", "“Woojun Kin” is not in this network. Closest:"]);
    expect(await page.locator("#panel .roster-question").first().getByRole("button").allTextContents()).toEqual(["Suyoung Lee (2 papers)", "Nakyung Lee (1 paper)"]);

    await page.getByRole("button", { name: "Woojun Kim (3 papers)" }).click();
    await page.getByRole("button", { name: "Nakyung Lee (1 paper)" }).click();
    // The three wrote nothing together: three authors, no link.
    await visibleCount(3, 0);
    expect(await page.getByRole("button", { name: "Nakyung Lee (1 paper)" }).getAttribute("aria-pressed")).toBe("true");
    expect(await page.locator("#panel .roster-member > button").allTextContents()).toEqual(["Zeyuan Liu", "Woojun Kim", "Nakyung Lee"]);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Outside: Zeyuan Liu's Jeonghye Kim and Xufang Luo; Woojun Kim's Jeonghye Kim, Suyoung Lee,
    // Youngchul Sung; Nakyung Lee's Jeonghye Kim and Minhae Oh: 5 more, 8 in all. Links touching
    // a roster member: 2 + 3 + 2 = 7 (links among the outsiders are left out).
    await page.getByRole("checkbox", { name: "Include their outside collaborators" }).check();
    await visibleCount(8, 7);
    expect(await page.textContent("#panel .roster-report > p.muted")).toBe("With 5 outside collaborators in view.");

    await page.getByRole("button", { name: "Show everyone again" }).click();
    await visibleCount(16, 25);
    await page.waitForFunction(() => window.explorer!.sigma.getNodeDisplayData("woojun kim")!.forceLabel === true);
    const { labelled, dimmed } = await emphasis();
    expect(labelled.sort()).toEqual(["nakyung lee", "woojun kim", "zeyuan liu"]);
    expect(dimmed).toHaveLength(13);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });
});
