import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { accessibilityViolations } from "./support/accessibility";
import { clickGraph, nodePosition, openExplorer, panelContent, rebuilt } from "./support/explorerPage";
import { dropFiles } from "./support/loading";
import { explorerSuite } from "./support/suite";

const suite = explorerSuite();
let page: Page;
beforeEach(() => {
  page = suite.page();
});

const search = () => page.getByRole("combobox", { name: "Search authors" });
/** The suggestions, as "name" + "papers", once the box has answered what was typed. */
const suggestions = async (query: string) => {
  await search().fill(query);
  return page.locator("#search-results [role=option]").allTextContents();
};
const noMatch = () => page.locator(".search [role=status]");

// The sample's Kims: Jeonghye (13 papers), Minbeom (4), Woojun (3) and Dohyung (1).
describe("the search box, with names as bibliographies write them", () => {
  it("finds Jeonghye Kim family name first, with or without the comma, in any case, with a hyphen or a space in her given name", async () => {
    for (const query of ["Kim, Jeonghye", "kim jeonghye", "KIM JEONGHYE", "jeong-hye kim", "Jeong Hye Kim", "Kim, Jeong-Hye", "jeonghye"]) {
      expect(await suggestions(query), query).toEqual(["Jeonghye Kim13"]);
    }
  });

  it("takes an initial for a given name, before or after the family name", async () => {
    expect(await suggestions("J. Kim")).toEqual(["Jeonghye Kim13"]);
    expect(await suggestions("Kim J")).toEqual(["Jeonghye Kim13"]);
    expect(await suggestions("M Kim")).toEqual(["Minbeom Kim4"]);
    expect(await suggestions("Kim, W.")).toEqual(["Woojun Kim3"]);
  });

  it("suggests every Kim whose given name starts with J: the same letters first, then whole words by papers, then Kim only begun", async () => {
    // Jinwoo Kim on two papers, "Kim, J." (one paper: a name of its own, never merged silently) and Jiho Kimura on one.
    const bib = `@article{a, author = {Kim, Jinwoo and Kim, J.}, title = {One}, year = 2024}
@article{b, author = {Kim, Jinwoo and Kimura, Jiho}, title = {Two}, year = 2025}
`;
    await rebuilt(page, () => dropFiles(page, [{ name: "kims.bib", text: bib }], { onAddZone: true }));
    const kims = ["J. Kim1", "Jeonghye Kim13", "Jinwoo Kim2", "Jiho Kimura1"];
    expect(await suggestions("J. Kim")).toEqual(kims);
    expect(await suggestions("Kim J")).toEqual(kims);
    expect(await suggestions("kim, j")).toEqual(kims);
  });

  it("says politely that no author matches, and says nothing once one does", async () => {
    expect(await suggestions("Zhang, W.")).toEqual([]);
    expect(await page.locator("#search-results").isHidden()).toBe(true);
    expect(await noMatch().textContent()).toBe("No author matches “Zhang, W.”");
    expect(await noMatch().isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await suggestions("Zeyuan")).toEqual(["Zeyuan Liu1"]);
    expect(await noMatch().textContent()).toBe("");
    // Leaving the box closes what it said.
    await search().fill("nobody");
    expect(await noMatch().textContent()).toBe("No author matches “nobody”");
    await search().press("Escape");
    expect(await noMatch().textContent()).toBe("");
  });

  it("shows the chosen author's name after a choice, here or on the map, and clears when the selection is let go", async () => {
    /** Escape on the page lets the selection go. */
    const letGo = async () => {
      await page.locator("#panel h2").focus();
      await page.keyboard.press("Escape");
      await page.waitForFunction(() => document.querySelector("#panel .panel-selection") === null);
    };
    // An author clicked on the map is the one the box names.
    await clickGraph(page, await nodePosition(page, "xufang luo"));
    expect((await panelContent(page)).heading).toBe("Xufang Luo");
    expect(await search().inputValue()).toBe("Xufang Luo");
    await letGo();
    expect(await search().inputValue()).toBe("");
    await search().fill("kim, m");
    await search().press("Enter");
    expect((await panelContent(page)).heading).toBe("Minbeom Kim");
    expect(await search().inputValue()).toBe("Minbeom Kim");
    await letGo();
    expect(await search().inputValue()).toBe("");
  });

  it("matches an address's ?ego= the same way: Kim, J. opens Jeonghye Kim, and Kim alone says it names four", async () => {
    const initials = await openExplorer(suite.browser(), suite.baseUrl, "?reference-date=2026-11-25&ego=Kim,%20J.");
    try {
      await initials.waitForFunction(() => document.querySelector("#panel h2")?.textContent === "Jeonghye Kim");
      expect(await initials.textContent(".ego-banner p")).toBe("Showing Jeonghye Kim’s network · 16 authors");
    } finally {
      await initials.close();
    }
    const several = await openExplorer(suite.browser(), suite.baseUrl, "?reference-date=2026-11-25&ego=Kim");
    try {
      await several.waitForSelector(".ego-banner:not([hidden])");
      expect(await several.textContent(".ego-banner p")).toBe("“Kim” names 4 authors in the data loaded: showing everyone. Search for the one you mean.");
      expect(await several.evaluate(() => window.explorer!.view().authors.size)).toBe(16);
      expect(await accessibilityViolations(several)).toEqual([]);
    } finally {
      await several.close();
    }
  });
});
