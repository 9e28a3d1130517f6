import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { accessibilityViolations } from "./support/accessibility";
import { pageErrors } from "./support/explorerPage";
import { explorerSuite } from "./support/suite";

const suite = explorerSuite();
let page: Page;
beforeEach(async () => {
  page = suite.page();
  await page.getByRole("button", { name: "Filters", exact: true }).click();
});

/*
 * The sample (data/sample-listing.txt): 13 papers, 16 authors, 25 links, every paper with a year.
 *   2023: Decision ConvFormer (Jeonghye Kim, Suyoung Lee, Woojun Kim), LESSON (Woojun Kim, Jeonghye Kim, Youngchul Sung)
 *   2024: Adaptive Q-Aid (Jeonghye Kim, Suyoung Lee, Woojun Kim)
 *   2025: ReflAct (Jeonghye Kim, Sojeong Rhee, Minbeom Kim), Align While Search (Seohui Bae, Jeonghye Kim, Youngchul Sung),
 *         Penalizing (Jeonghye Kim, Yongjae Shin, Whiyoung Jung), Online Pre-Training (Yongjae Shin, Jeonghye Kim, Whiyoung Jung),
 *         RAISE (Minhae Oh, Jeonghye Kim, Nakyung Lee)
 *   2026: five papers, among them the CL ones Why Does Self-Distillation (Jeonghye Kim, Xufang Luo, Minbeom Kim) and
 *         Beyond Normalization (Dohyung Kim, Minbeom Kim, Jeonghye Kim)
 * Suyoung Lee and Woojun Kim wrote only in 2023–2024: they are the two authors a range from 2025 hides,
 * with their 4 links (to each other, Jeonghye Kim, and Woojun Kim's to Youngchul Sung) and the 3 papers of 2023–2024.
 */
const HIDDEN_FROM_2025 = ["suyoung lee", "woojun kim"];

/** Person id → position on the full graph and as sigma draws it (its normalised coordinates). */
async function positions(): Promise<Record<string, number[]>> {
  // Let sigma draw the frame the change asked for.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(() => {
    const { graph, sigma } = window.explorer!;
    const out: Record<string, number[]> = {};
    graph.forEachNode((key, a) => {
      const shown = sigma.getNodeDisplayData(key)!;
      out[key] = [a.x!, a.y!, shown.x, shown.y];
    });
    return out;
  });
}

const visibleAuthors = () => page.evaluate(() => [...window.explorer!.view().authors.keys()].sort());
const years = () => page.evaluate(() => window.explorer!.view().settings.years);
const shownLine = () => page.locator("#panel .filters-shown").textContent();

describe("the filters panel on the sample", () => {
  it("moves the range's start to 2025 with the keyboard, hiding who has no paper since, and nobody moves", async () => {
    const before = await positions();
    const start = page.getByRole("slider", { name: "First year" });
    await start.focus();
    await start.press("ArrowRight");
    await start.press("ArrowRight");
    expect(await years()).toEqual([2025, 2026]);
    // Focus stays on the thumb through the panel's redraws.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("First year");
    expect(await page.locator("#year-chosen").textContent()).toBe("2025–2026");
    expect(await shownLine()).toBe("Showing 14 of 16 authors, 10 of 13 papers.");
    const visible = await visibleAuthors();
    expect(visible).toHaveLength(14);
    for (const key of HIDDEN_FROM_2025) expect(visible).not.toContain(key);

    const after = await positions();
    for (const key of visible) expect(after[key]).toEqual(before[key]);
    const drawnHidden = await page.evaluate((keys) => keys.map((k) => window.explorer!.sigma.getNodeDisplayData(k)?.hidden), HIDDEN_FROM_2025);
    expect(drawnHidden).toEqual([true, true]);
  });

  it("drags a thumb with the pointer, and the map follows while it moves", async () => {
    // The panel is drawn again when the betweenness comes back: measure the grip that is there, not one just replaced.
    let grip = await page.locator(".year-grip").boundingBox();
    await expect.poll(async () => (grip = await page.locator(".year-grip").boundingBox())).not.toBeNull();
    grip = grip!;
    // Four columns, 2023 to 2026: press in 2023's, drag to 2025's (the third quarter).
    const y = grip.y + grip.height - 12;
    await page.mouse.move(grip.x + grip.width * 0.1, y);
    await page.mouse.down();
    await page.mouse.move(grip.x + grip.width * 0.4, y, { steps: 4 });
    await page.waitForFunction(() => window.explorer!.view().settings.years?.[0] === 2024);
    // 2024–2026 hides nobody who wrote in 2024 (Suyoung Lee, Woojun Kim): still 16 authors, 11 papers.
    expect(await shownLine()).toBe("Showing all 16 authors, 11 of 13 papers.");
    await page.mouse.move(grip.x + grip.width * 0.6, y, { steps: 4 });
    await page.mouse.up();
    expect(await years()).toEqual([2025, 2026]);
    expect(await visibleAuthors()).toHaveLength(14);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("First year");
  });

  it("plays the years: the counts pass through each year's, the button says Pause, and it ends at the full range", async () => {
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as { statusesSeen?: string[] }).statusesSeen = seen;
      const status = document.getElementById("status")!;
      new MutationObserver(() => seen.push((status.textContent ?? "").split(" — ")[0]!)).observe(status, { childList: true, characterData: true, subtree: true });
    });
    const play = page.locator('[data-focus-key="years:play"]');
    await play.click();
    expect(await play.textContent()).toBe("Pause");
    expect(await play.getAttribute("aria-pressed")).toBe("true");
    await page.waitForFunction(() => document.querySelector('[data-focus-key="years:play"]')?.getAttribute("aria-pressed") === "false", null, { timeout: 10_000 });
    expect(await play.textContent()).toBe("Play");
    expect(await years()).toEqual([2023, 2026]);
    const seen = await page.evaluate(() => (window as { statusesSeen?: string[] }).statusesSeen!);
    expect(seen.filter((line, i) => line !== seen[i - 1])).toEqual([
      "2 of 13 papers · 4 of 16 authors · 5 of 25 links", // 2023: the two papers of Jeonghye Kim, Suyoung Lee, Woojun Kim, Youngchul Sung
      "3 of 13 papers · 4 of 16 authors · 5 of 25 links", // 2024 adds Adaptive Q-Aid, by the same three
      "8 of 13 papers · 11 of 16 authors · 16 of 25 links", // 2025: five papers, seven new authors, 3 + 2 + 3 + 0 + 3 new links
      "13 papers · 16 authors · 25 links",
    ]);
  });

  it("pauses where it is", async () => {
    const play = page.locator('[data-focus-key="years:play"]');
    await play.click();
    await page.waitForFunction(() => window.explorer!.view().settings.years?.[1] === 2024);
    await play.click();
    const paused = await years();
    expect(await play.textContent()).toBe("Play");
    expect(await play.getAttribute("aria-pressed")).toBe("false");
    // Two steps' time later, the range is still where Pause left it.
    await page.waitForTimeout(1500);
    expect(await years()).toEqual(paused);
  });

  it("weighs links by fractional counting when asked", async () => {
    const woojunLinks = () =>
      page.evaluate(() => {
        const { links } = window.explorer!.view();
        return ["jeonghye kim|woojun kim", "suyoung lee|woojun kim", "woojun kim|youngchul sung"].map((key) => links.get(key));
      });
    // Full: 3, 2 and 1 shared papers.
    expect(await woojunLinks()).toEqual([3, 2, 1]);
    await page.getByRole("radio", { name: "Fractional" }).check();
    // Every shared paper has 3 authors: 1/(3 − 1) = 0.5 each.
    expect(await woojunLinks()).toEqual([1.5, 1, 0.5]);
    expect(await page.evaluate(() => window.explorer!.view().settings.counting)).toBe("fractional");
  });

  it("keeps only the papers of a category ticked, and All brings everyone back", async () => {
    expect(await page.locator("#panel .facet-list li").allTextContents()).toEqual(["LG7 papers", "CL4 papers", "AI2 papers"]);
    await page.getByRole("checkbox", { name: /^CL/ }).check();
    // CL: Why Does Self-Distillation, Beyond Normalization, ReflAct, RAISE: Jeonghye Kim, Xufang Luo, Minbeom Kim,
    // Dohyung Kim, Sojeong Rhee, Minhae Oh, Nakyung Lee.
    expect(await visibleAuthors()).toEqual(["dohyung kim", "jeonghye kim", "minbeom kim", "minhae oh", "nakyung lee", "sojeong rhee", "xufang luo"]);
    expect(await shownLine()).toBe("Showing 7 of 16 authors, 4 of 13 papers.");
    await page.getByRole("button", { name: "All categories" }).click();
    expect(await page.evaluate(() => window.explorer!.view().settings.categories)).toBeNull();
    expect(await visibleAuthors()).toHaveLength(16);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-focus-key"))).toBe("categories:value:LG");
  });

  it("commits a minimum when it is valid and puts back one that is not", async () => {
    const minPapers = page.getByRole("spinbutton", { name: "Minimum papers per author" });
    await minPapers.fill("0");
    await minPapers.press("Enter");
    expect(await minPapers.inputValue()).toBe("1");
    await minPapers.fill("2");
    await minPapers.press("Enter");
    // Two papers or more: Jeonghye Kim, Xufang Luo, Minbeom Kim, Suyoung Lee, Woojun Kim, Youngchul Sung, Yongjae Shin, Whiyoung Jung.
    expect(await visibleAuthors()).toEqual(["jeonghye kim", "minbeom kim", "suyoung lee", "whiyoung jung", "woojun kim", "xufang luo", "yongjae shin", "youngchul sung"]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("min-papers");
  });

  it("tells in the overview what the filters hide, and Show everything shows it", async () => {
    const start = page.getByRole("slider", { name: "First year" });
    await start.focus();
    await start.press("ArrowRight");
    await start.press("ArrowRight");
    await page.getByRole("button", { name: "Overview", exact: true }).click();
    expect(await page.locator("#panel .note-hidden").textContent()).toBe("Hidden by the filters: 2 authors, 3 papers, 4 links. Show everything");
    await page.getByRole("button", { name: "Show everything" }).click();
    expect(await years()).toBeNull();
    expect(await visibleAuthors()).toHaveLength(16);
    expect(await page.locator("#panel .note-hidden").count()).toBe(0);
  });

  it("resets all filters, keeping the counting", async () => {
    await page.getByRole("radio", { name: "Fractional" }).check();
    await page.getByRole("checkbox", { name: /^AI/ }).check();
    await page.getByRole("checkbox", { name: /truncated/ }).check();
    await page.getByRole("button", { name: "Reset all filters" }).click();
    const settings = await page.evaluate(() => window.explorer!.view().settings);
    expect(settings).toMatchObject({ counting: "fractional", categories: null, excludeTruncated: false, years: null });
    expect(await shownLine()).toBe("Showing all 16 authors, all 13 papers.");
  });

  it("sets what drives size and colour, and says what it shows", async () => {
    const colour = page.getByRole("combobox", { name: "Colour by" });
    expect(await colour.inputValue()).toBe("community");
    await colour.selectOption({ label: "Betweenness" });
    // The panel is drawn again from the store: the choice is there, not only in the old menu.
    expect(await page.getByRole("combobox", { name: "Colour by" }).inputValue()).toBe("betweenness");
    expect(await page.locator("#color-by-hint").textContent()).toBe("Colour: share of shortest paths between others that pass through the author.");
    // From the keyboard: the next measure after Papers, and the focus stays on the menu.
    const size = page.getByRole("combobox", { name: "Size by" });
    await size.focus();
    await size.press("ArrowDown");
    expect(await page.getByRole("combobox", { name: "Size by" }).inputValue()).toBe("fractionalPapers");
    expect(await page.locator("#size-by-hint").textContent()).toBe("Size: papers, each counting 1/n for its n authors.");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("size-by");
  });

  it("is clean for axe, unfiltered, filtered and playing", async () => {
    // Away from the tool buttons: a hovered current tab is another matter than this panel.
    await page.mouse.move(400, 400);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole("checkbox", { name: /^CL/ }).check();
    await page.getByRole("radio", { name: "Fractional" }).check();
    await page.locator('[data-focus-key="years:play"]').click();
    await page.mouse.move(400, 400);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });
});
