import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { nodePosition, rebuilt } from "./support/explorerPage";
import { dropFiles } from "./support/loading";
import { explorerSuite } from "./support/suite";
import { GROUP_PALETTE } from "../../src/visual/palette";
import { SAMPLE_ADDITIONS } from "../support/papers";

const suite = explorerSuite();
let page: Page;
beforeEach(() => {
  page = suite.page();
});

/** Every author's colour as sigma draws it. */
const drawnColors = (target: Page) =>
  target.evaluate(() => {
    const { graph, sigma } = window.explorer!;
    return Object.fromEntries(graph.mapNodes((key) => [key, sigma.getNodeDisplayData(key)!.color]));
  });

/** The overview legend's groups: name and size, and the colour of their swatch. */
const legendGroups = (target: Page) =>
  target.$$eval("#panel .legend-groups li", (items) => items.map((li) => [li.textContent, li.querySelector<HTMLElement>(".swatch")!.style.background]));
/** What the legend says of the groups' colours and names. */
const legendTitle = (target: Page) => target.locator("#panel .legend-scale:has(.legend-groups) .legend-title").textContent();
const TITLE = "Colour: research group (authors who publish mostly with each other), named after its most central author";
const KEPT = "; a group that carries on through a rebuild keeps its colour, and its name while that author is in it";

const addMore = (target: Page) => rebuilt(target, () => dropFiles(target, [{ name: "more.txt", text: SAMPLE_ADDITIONS }], { onAddZone: true }));

const [BLUE, ORANGE, , VERMILLION, SKY, , INDIGO] = GROUP_PALETTE as [string, string, string, string, string, string, string];
/** The same colours as the style attribute reads them back. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;

describe("research groups through a rebuild", () => {
  it("keeps the colour and the name of every group that carries on when files are added, and gives a new group one its neighbour lacks", async () => {
    const before = await drawnColors(page);
    // The sample's five groups, as the explorer has always drawn them: Jeonghye Kim's, the most
    // linked, in the palette's first colour, and the four around her each in another.
    expect(await legendGroups(page)).toEqual([
      ["Jeonghye Kim’s group · 6 authors", rgb(BLUE)],
      ["Woojun Kim’s group · 4 authors", rgb(ORANGE)],
      ["Dongsheng Li’s group · 2 authors", rgb(SKY)],
      ["Whiyoung Jung’s group · 2 authors", rgb(VERMILLION)],
      ["Minhae Oh’s group · 2 authors", rgb(INDIGO)],
    ]);
    expect(await legendTitle(page)).toBe(`${TITLE} · 5 groups`);

    await addMore(page);

    // The groups SAMPLE_ADDITIONS makes (see there):
    // - Jeonghye Kim's, with all of her group (6 of its 12 who were there before), carries it on
    //   in its blue and under her name; Woojun Kim's and Whiyoung Jung's groups are in it whole
    //   but brought fewer: they end, and their people are blue now.
    // - Minhae Oh's: both who were there before were in her group. It keeps its indigo and her
    //   name, though Nakyung Lee, with 3 co-authors in it to Minhae Oh's 1, is its most central
    //   author now.
    // - Dongsheng Li's, as before: sky blue.
    // - The newcomers' is new, named after Ben Okafor (3 co-authors in it, 7 papers on those links
    //   and 3 papers, as Chloé Martin, whose name comes later). Its one neighbour is Minhae Oh's
    //   indigo group, which is linked to Jeonghye Kim's blue: of the colours left, orange is the
    //   farthest from both for every vision (61.9 from indigo and 51.4 from blue, CIEDE2000 under
    //   the worst of the dichromacies), and nobody has it now.
    const after = await drawnColors(page);
    const inGroupOf = (namesake: string, people: string[]) => Object.fromEntries(people.map((key) => [key, before[namesake]]));
    expect(after).toEqual({
      ...inGroupOf("jeonghye kim", ["jeonghye kim", "xufang luo", "minbeom kim", "zeyuan liu", "dohyung kim", "sojeong rhee"]),
      ...inGroupOf("jeonghye kim", ["suyoung lee", "woojun kim", "youngchul sung", "seohui bae", "yongjae shin", "whiyoung jung"]),
      ...inGroupOf("minhae oh", ["minhae oh", "nakyung lee", "hana park", "ian choi"]),
      ...inGroupOf("dongsheng li", ["jiwon jeon", "dongsheng li"]),
      ...Object.fromEntries(["ana ruiz", "ben okafor", "chloe martin", "dev patel"].map((key) => [key, ORANGE])),
    });
    expect(await legendGroups(page)).toEqual([
      ["Jeonghye Kim’s group · 12 authors", rgb(BLUE)],
      ["Minhae Oh’s group · 4 authors", rgb(INDIGO)],
      ["Ben Okafor’s group · 4 authors", rgb(ORANGE)],
      ["Dongsheng Li’s group · 2 authors", rgb(SKY)],
    ]);
    expect(await legendTitle(page)).toBe(`${TITLE}${KEPT} · 4 groups`);

    // The tooltip of a newcomer names the group she joined as it was known.
    const { x, y } = await nodePosition(page, "hana park");
    await page.mouse.move(x, y);
    await page.waitForSelector("#node-tooltip:not([hidden])");
    expect(await page.$$eval("#node-tooltip > *", (parts) => parts.map((p) => p.textContent))).toEqual(["Hana Park", "2 papers · 2 co-authors", "Minhae Oh’s group · 4 authors"]);
  });

  it("keeps them through a change of the most authors for a paper to add links, naming afresh a group its namesake left", async () => {
    await addMore(page);
    const before = await drawnColors(page);
    await page.getByText("Settings").click();
    await rebuilt(page, async () => {
      await page.locator("#max-authors").fill("3");
      await page.locator("#max-authors").press("Tab");
    });
    // At 3, the newcomers' first paper (4 authors) adds no links, and Louvain finds five groups:
    // - Jeonghye Kim's 10, without Whiyoung Jung and Yongjae Shin: blue, hers;
    // - Minhae Oh with the four newcomers, four of five of them from Ben Okafor's group: orange,
    //   his;
    // - Nakyung Lee, Hana Park and Ian Choi, all from Minhae Oh's group: its indigo, without her,
    //   so under the most central of them, Nakyung Lee (as many co-authors in it and papers on
    //   those links as the others, and most papers);
    // - Dongsheng Li's, sky blue;
    // - Whiyoung Jung and Yongjae Shin, new, named after the label first in order. Its one
    //   neighbour is blue Jeonghye Kim's (4 papers), whose other neighbours are orange (1 paper),
    //   indigo (1) and sky blue (2). Weighing the likeness to each (1 / CIEDE2000 under the worst
    //   vision, the same colour counting as 5 apart) by those papers, those two steps away at
    //   half of their share of the 8 papers of Jeonghye Kim's group with others:
    //   vermillion 4/49.6 + ¼ (1/12.5 + 1/54.4 + 2/52.1) = 0.115 costs least; orange
    //   4/51.4 + ¼ (1/5 + 1/61.9 + 2/50.5) = 0.142, the next.
    const after = await drawnColors(page);
    const inGroupOf = (namesake: string, people: string[]) => Object.fromEntries(people.map((key) => [key, before[namesake]]));
    expect(after).toEqual({
      ...inGroupOf("jeonghye kim", ["jeonghye kim", "xufang luo", "minbeom kim", "zeyuan liu", "dohyung kim", "sojeong rhee", "suyoung lee", "woojun kim", "youngchul sung", "seohui bae"]),
      ...inGroupOf("ben okafor", ["minhae oh", "ana ruiz", "ben okafor", "chloe martin", "dev patel"]),
      ...inGroupOf("nakyung lee", ["nakyung lee", "hana park", "ian choi"]),
      ...inGroupOf("dongsheng li", ["jiwon jeon", "dongsheng li"]),
      "yongjae shin": VERMILLION,
      "whiyoung jung": VERMILLION,
    });
    expect(await legendGroups(page)).toEqual([
      ["Jeonghye Kim’s group · 10 authors", rgb(BLUE)],
      ["Ben Okafor’s group · 5 authors", rgb(ORANGE)],
      ["Nakyung Lee’s group · 3 authors", rgb(INDIGO)],
      ["Dongsheng Li’s group · 2 authors", rgb(SKY)],
      ["Whiyoung Jung’s group · 2 authors", rgb(VERMILLION)],
    ]);
  });
});
