import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { generateListing } from "../../bench/generateListing";
import { clickGraph, nodePosition, pageErrors, panelContent, rebuilt } from "./support/explorerPage";
import { dropFiles, toastText } from "./support/loading";
import { explorerSuite } from "./support/suite";

const suite = explorerSuite();
let page: Page;
beforeEach(() => {
  page = suite.page();
});

const authorsShown = (target: Page) => target.evaluate(() => window.explorer!.graph.mapNodes((_k, a) => a.label).sort());

const BROKEN = [
  "LGOct 4, 2023", // 1
  "Graph Sketching at ScaleAnn Lee, Bo Chen", // 2
  "An abstract.", // 3
  "%%% this line is broken %%%", // 4
  "CLMar 25, 2024", // 5
  "Fast Counting?Bo Chen, Cy Díaz et al.", // 6
].join("\n");

describe("loading your own data", () => {
  it("shows the warning for a dropped file with a broken line and loads the rest", async () => {
    await rebuilt(page, () => dropFiles(page, [{ name: "broken.txt", text: BROKEN }]));
    expect(await authorsShown(page)).toEqual(["Ann Lee", "Bo Chen", "Cy Díaz"]);
    expect((await panelContent(page)).heading).toBe("broken.txt");
    expect(await page.locator("#panel .warning-list li").allTextContents()).toEqual([
      'broken.txt:4 line 4 belongs to no entry (an entry starts with a header line such as "LGOct 4, 2023"); skipped',
    ]);
    expect(await page.locator("#panel .file-list li").allTextContents()).toEqual(["broken.txt Paper-feed listing · 2 papers"]);
    expect(await page.textContent("#status")).toBe("2 papers · 3 authors · 2 links · 1 warning — Layout settled");
  });

  it("keeps the network that was there when a file holds no papers, and says why", async () => {
    await dropFiles(page, [{ name: "notes.txt", text: "shopping list\nmilk\n" }]);
    await page.waitForSelector("#toast:not([hidden])");
    const reason = await page.evaluate(() => document.querySelector("#panel .error-list li")?.textContent ?? "");
    expect(reason).toMatch(/^notes\.txt: not a format Coauthor Explorer reads \(it starts with "shopping list"\); it reads /);
    expect(await toastText(page)).toBe(`Nothing loaded: ${reason}. The current network is kept.`);
    expect((await authorsShown(page)).length).toBe(16);
  });

  it("loads a good file and skips an empty one dropped with it, saying exactly that", async () => {
    await rebuilt(page, () =>
      dropFiles(page, [
        { name: "good.txt", text: "LGOct 4, 2023\nTitle OneDee Lim, Eve Moss\n" },
        { name: "empty.txt", text: "" },
      ]),
    );
    expect(await authorsShown(page)).toEqual(["Dee Lim", "Eve Moss"]);
    expect(await toastText(page)).toBe("Loaded good.txt; skipped empty.txt: empty");
    expect(await page.locator("#panel .file-list li").allTextContents()).toEqual(["good.txt Paper-feed listing · 1 paper", "empty.txt skipped: empty"]);
  });

  it("clears a message from an earlier load when a later one succeeds", async () => {
    await dropFiles(page, [{ name: "empty.txt", text: " \n" }]);
    await page.waitForSelector("#toast:not([hidden])");
    await rebuilt(page, () => dropFiles(page, [{ name: "good.txt", text: "LGOct 4, 2023\nTitle OneDee Lim, Eve Moss\n" }]));
    expect(await page.isHidden("#toast")).toBe(true);
  });

  it("opens files from the picker, replacing the network, and adds files to it", async () => {
    const chooser = page.waitForEvent("filechooser");
    // The toolbar's: the sample's overview has one too.
    await page.locator("#actions").getByRole("button", { name: "Open files…" }).click();
    await rebuilt(page, async () =>
      (await chooser).setFiles([
        { name: "a.txt", mimeType: "text/plain", buffer: Buffer.from("LGOct 4, 2023\nTitle OneDee Lim, Eve Moss\n") },
        { name: "b.txt", mimeType: "text/plain", buffer: Buffer.from("LGOct 5, 2023\nTitle TwoEve Moss, Fay Ng\n") },
      ]),
    );
    expect(await authorsShown(page)).toEqual(["Dee Lim", "Eve Moss", "Fay Ng"]);
    expect((await panelContent(page)).heading).toBe("a.txt, b.txt");
    // Focus goes back to the button that opened the picker, not to the page.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Open files…");

    const adding = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Add files…" }).click();
    await rebuilt(page, async () =>
      (await adding).setFiles([{ name: "c.txt", mimeType: "text/plain", buffer: Buffer.from("LGOct 6, 2023\nTitle ThreeFay Ng, Gus Oh\n") }]),
    );
    expect(await authorsShown(page)).toEqual(["Dee Lim", "Eve Moss", "Fay Ng", "Gus Oh"]);
    expect((await panelContent(page)).heading).toBe("a.txt, b.txt, c.txt");
  });

  it("adds a dropped file to the network when it lands on the Add zone, keeping everyone in place", async () => {
    const before = await page.evaluate(() => window.explorer!.graph.getNodeAttributes("jeonghye kim"));
    await rebuilt(page, () => dropFiles(page, [{ name: "more.txt", text: "LGOct 4, 2023\nTitle OneJeonghye Kim, Eve Moss\n" }], { onAddZone: true }));
    const after = await page.evaluate(() => window.explorer!.graph.getNodeAttributes("jeonghye kim"));
    expect((await authorsShown(page)).length).toBe(17);
    expect(after.papers).toBe(14);
    // The sample's people were laid out again from where they were: they move a little, not across the map.
    expect(Math.hypot(after.x! - before.x!, after.y! - before.y!)).toBeLessThan(Math.hypot(before.x!, before.y!) / 2 + 50);
  });

  it("loads pasted text, rendering titles and names as text, never as HTML, and without direction overrides", async () => {
    const hostile = [
      "LGOct 4, 2023",
      `Attacks with <img src=x onerror="window.__pwned=1"> and <b>bold</b> Tags\u202Egnp.exeAnn Lee, Bo Chen`,
      `<script>window.__pwned=2</script> abstract`,
    ].join("\n");
    await page.getByRole("button", { name: "Paste…" }).click();
    await page.getByRole("textbox", { name: "Listing text" }).fill(hostile);
    await rebuilt(page, () => page.getByRole("button", { name: "Load", exact: true }).click());
    await clickGraph(page, await nodePosition(page, "ann lee"));
    expect(await panelContent(page)).toEqual({ heading: "Ann Lee", titles: [`Attacks with <img src=x onerror="window.__pwned=1"> and <b>bold</b> Tagsgnp.exe`] });
    await page.locator("#panel .paper-abstract summary").click();
    expect(await page.textContent("#panel .paper-abstract p")).toBe("<script>window.__pwned=2</script> abstract");
    expect(await page.evaluate(() => ({ pwned: (window as { __pwned?: number }).__pwned ?? null, tags: document.querySelectorAll("#panel img, #panel b, #panel script").length }))).toEqual({ pwned: null, tags: 0 });
    expect(pageErrors(page)).toEqual([]);
  });

  it("shows progress for a big file and can cancel it, keeping the current network", async () => {
    await dropFiles(page, [{ name: "big.txt", text: generateListing(40_000).text }]); // about 20 MB
    await page.waitForSelector("#progress:not([hidden])");
    expect(await page.textContent("#progress-label")).toBe("Reading big.txt");
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.waitForSelector("#progress", { state: "hidden" });
    expect((await authorsShown(page)).length).toBe(16);
  });

  it("keeps the progress bar and Cancel working for a load started while another runs", async () => {
    const big = generateListing(40_000).text;
    await dropFiles(page, [{ name: "first.txt", text: big }]);
    await page.waitForSelector("#progress:not([hidden])");
    await dropFiles(page, [{ name: "second.txt", text: big }]);
    await page.waitForFunction(() => document.getElementById("progress-label")!.textContent === "Reading second.txt");
    // The first load's clean-up ran when it was cancelled; the bar must still be there for the second.
    await page.waitForTimeout(500);
    expect(await page.isVisible("#progress")).toBe(true);
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.waitForSelector("#progress", { state: "hidden" });
    expect((await authorsShown(page)).length).toBe(16);
  });
});

// Two of the sample's papers as a reference manager exports them, with their full author lists, and one more.
const BIBTEX = String.raw`@inproceedings{kim2023decision,
  title = {Decision {ConvFormer}: Local Filtering in {MetaFormer} is Sufficient for Decision Making},
  author = {Kim, Jeonghye and Lee, Suyoung and Kim, Woojun and Sung, Youngchul},
  booktitle = {International Conference on Learning Representations},
  year = {2024}
}

@article{kim2024adaptive,
  title = {Adaptive {\$Q\$}-Aid for Conditional Supervised Learning in Offline Reinforcement Learning},
  author = {Kim, Jeonghye and Lee, Suyoung and Kim, Woojun and Sung, Youngchul},
  journal = {Advances in Neural Information Processing Systems},
  year = 2024
}

@article{mueller2025,
  title = {Graphs of Authors},
  author = {M{\"u}ller, J{\"u}rgen and Kim, Jeonghye},
  year = 2025
}
`;

describe("adding a bibliography to the sample", () => {
  it("merges the records of the same papers, fills in their full author lists, and says so in the load report", async () => {
    await rebuilt(page, () => dropFiles(page, [{ name: "refs.bib", text: BIBTEX }], { onAddZone: true }));
    expect(await page.locator("#panel .file-list li").allTextContents()).toEqual(["sample-listing.txt Paper-feed listing · 13 papers", "refs.bib BibTeX · 3 papers"]);
    // The sample's Adaptive Q-Aid (Feb 2024) is one of them; Decision ConvFormer (Oct 2023) is
    // not the same year as its 2024 record, so it stays two papers.
    expect(await page.locator("#panel .report-facts li").first().textContent()).toBe("1 duplicate record of the same paper merged (see the warnings for which)");
    expect(await page.locator("#panel .warning-list li").allTextContents()).toEqual([
      'refs.bib:8 duplicate of the paper at sample-listing.txt:22 ("Adaptive Q-Aid for Conditional Supervised Learning in Offline Reinforcement Learning"), same title, year and first author; counted once',
    ]);
    const facts = await page.evaluate(() => {
      const { graph } = window.explorer!;
      return { papers: graph.getAttribute("papers"), authors: graph.order, jurgen: graph.getNodeAttributes("jurgen muller").label, sungWoojun: graph.hasEdge("woojun kim", "youngchul sung") && graph.getEdgeAttribute(graph.edge("woojun kim", "youngchul sung")!, "weight") };
    });
    // 13 + 3 − 1 papers; Jürgen Müller is new; the fuller author list links Woojun Kim and Youngchul Sung twice now.
    expect(facts).toEqual({ papers: 15, authors: 17, jurgen: "Jürgen Müller", sungWoojun: 3 });
  });
});

describe("loading a file named in the address", () => {
  it("treats a web page answered for ?listing= as a missing file, and shows the sample", async () => {
    const other = await suite.browser().newPage();
    try {
      await other.goto(new URL("?reference-date=2026-11-25&listing=no-such-file.txt", suite.baseUrl).toString());
      await other.waitForSelector("#toast:not([hidden])");
      expect(await toastText(other)).toBe(
        "Could not fetch no-such-file.txt: the server answered with a web page, not a file (is the address right?). Showing the sample instead.",
      );
      await other.waitForFunction(() => window.explorer?.graph.order === 16);
    } finally {
      await other.close();
    }
  });
});
