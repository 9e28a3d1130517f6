import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { generateListing } from "../../bench/generateListing";
import { explorerSuite } from "./support/suite";
import { clickGraph, nodePosition, pageErrors, panelContent, waitForSettledLayout } from "./support/explorerPage";

const suite = explorerSuite();
let page: Page;
beforeAll(() => {
  page = suite.page();
});

/** Drops a file on the page the way a browser does: dragenter, dragover and drop carrying a File. */
async function dropFile(target: Page, name: string, text: string): Promise<void> {
  await target.evaluate(
    ([fileName, content]: [string, string]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], fileName, { type: "text/plain" }));
      for (const type of ["dragenter", "dragover", "drop"]) {
        document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    },
    [name, text] as [string, string],
  );
}

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
    await dropFile(page, "broken.txt", BROKEN);
    await page.waitForFunction(() => window.explorer!.graph.order === 3);
    await waitForSettledLayout(page);
    expect(await authorsShown(page)).toEqual(["Ann Lee", "Bo Chen", "Cy Díaz"]);
    expect((await panelContent(page)).heading).toBe("broken.txt");
    expect(await page.locator("#panel .warning-list li").allTextContents()).toEqual([
      'broken.txt:4 line 4 belongs to no entry (an entry starts with a header line such as "LGOct 4, 2023"); skipped',
    ]);
    expect(await page.textContent("#status")).toBe("2 papers · 3 authors · 2 links · 1 warning — Layout settled");
  });

  it("keeps the graph that was there when a file holds no papers", async () => {
    await dropFile(page, "notes.txt", "shopping list\nmilk\n");
    await page.waitForSelector("#toast:not([hidden])");
    expect(await page.textContent("#toast")).toBe(
      'Nothing loaded: notes.txt: not a recognised format: no listing header line (such as "LGOct 4, 2023") was found. The current network is kept.',
    );
    expect(await authorsShown(page)).toEqual(["Ann Lee", "Bo Chen", "Cy Díaz"]);
    expect(await page.locator("#panel .error-list li").allTextContents()).toEqual([
      'notes.txt: not a recognised format: no listing header line (such as "LGOct 4, 2023") was found',
    ]);
  });

  it("loads files from the file picker", async () => {
    await page.setInputFiles("#file-input", [
      { name: "a.txt", mimeType: "text/plain", buffer: Buffer.from("LGOct 4, 2023\nTitle OneDee Lim, Eve Moss\n") },
      { name: "b.txt", mimeType: "text/plain", buffer: Buffer.from("LGOct 5, 2023\nTitle TwoEve Moss, Fay Ng\n") },
    ]);
    await page.waitForFunction(() => window.explorer!.graph.order === 3 && window.explorer!.graph.hasNode("fay ng"));
    expect(await authorsShown(page)).toEqual(["Dee Lim", "Eve Moss", "Fay Ng"]);
    expect((await panelContent(page)).heading).toBe("a.txt, b.txt");
  });

  it("loads pasted text, rendering titles and names as text, never as HTML", async () => {
    const hostile = [
      "LGOct 4, 2023",
      `Attacks with <img src=x onerror="window.__pwned=1"> and <b>bold</b> TagsAnn Lee, Bo Chen`,
      `<script>window.__pwned=2</script> abstract`,
    ].join("\n");
    await page.getByRole("button", { name: "Paste…" }).click();
    await page.getByRole("textbox", { name: "Listing text" }).fill(hostile);
    await page.getByRole("button", { name: "Load" }).click();
    await page.waitForFunction(() => window.explorer!.graph.hasNode("ann lee"));
    await waitForSettledLayout(page);
    const { x, y } = await nodePosition(page, "ann lee");
    await clickGraph(page, { x, y });
    expect(await panelContent(page)).toEqual({ heading: "Ann Lee", titles: [`Attacks with <img src=x onerror="window.__pwned=1"> and <b>bold</b> Tags`] });
    await page.locator("#panel .paper-abstract summary").click();
    expect(await page.textContent("#panel .paper-abstract p")).toBe("<script>window.__pwned=2</script> abstract");
    expect(await page.evaluate(() => ({ pwned: (window as { __pwned?: number }).__pwned ?? null, tags: document.querySelectorAll("#panel img, #panel b, #panel script").length }))).toEqual({ pwned: null, tags: 0 });
    expect(pageErrors(page)).toEqual([]);
  });

  it("shows progress for a big file and can cancel it, keeping the current graph", async () => {
    const big = generateListing(40_000).text; // about 20 MB
    await dropFile(page, "big.txt", big);
    await page.waitForSelector("#progress:not([hidden])");
    expect(await page.textContent("#progress-label")).toBe("Reading big.txt");
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.waitForSelector("#progress", { state: "hidden" });
    expect(await authorsShown(page)).toEqual(["Ann Lee", "Bo Chen"]);
  });
});
