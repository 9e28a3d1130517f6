import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { accessibilityViolations } from "./support/accessibility";
import { clickGraph, nodePosition, panelContent, pageErrors, rebuilt, REFERENCE_DATE, waitForSettledLayout } from "./support/explorerPage";
import { toastText } from "./support/loading";
import { savedRecord, waitForSavedView } from "./support/savedWork";
import { explorerSuite } from "./support/suite";

const suite = explorerSuite();
let page: Page;
beforeEach(() => {
  page = suite.page();
});

// Ann Lee on 3 papers, Bo Chen on 2, Cy Dunn and Di Egan on 1; links Ann–Bo (2 papers), Ann–Cy, Ann–Di, Bo–Di.
const LAB = ["LGOct 4, 2023", "Paper OneAnn Lee, Bo Chen", "LGOct 5, 2023", "Paper TwoAnn Lee, Cy Dunn", "LGOct 6, 2023", "Paper ThreeBo Chen, Ann Lee, Di Egan", ""].join("\n");
const PLAIN = `?reference-date=${REFERENCE_DATE}`;

const status = (on: Page) => on.textContent("#status");
const nodes = (on: Page) => on.evaluate(() => window.explorer!.graph.nodes().sort());

async function openLab(on: Page): Promise<void> {
  const chooser = on.waitForEvent("filechooser");
  await on.getByRole("button", { name: "Open files…" }).first().click();
  await rebuilt(on, async () => (await chooser).setFiles({ name: "lab.txt", mimeType: "text/plain", buffer: Buffer.from(LAB) }));
}

/** Opens the lab's listing, keeps authors of 2 papers or more (Filters), and clicks Bo Chen on the map. */
async function workOnLab(on: Page): Promise<void> {
  await openLab(on);
  await on.getByRole("button", { name: "Filters", exact: true }).click();
  const minPapers = on.getByRole("spinbutton", { name: "Minimum papers per author" });
  await minPapers.fill("2");
  await minPapers.press("Enter");
  await clickGraph(on, await nodePosition(on, "bo chen"));
  expect((await panelContent(on)).heading).toBe("Bo Chen");
  // Kept a moment after the last change: wait for it rather than for a time.
  await waitForSavedView(on, (saved) => saved.view.settings.minPapers === 2 && saved.selection.item.key === "bo chen");
}

async function openSettings(on: Page): Promise<void> {
  await on.locator(".settings summary").click();
}

describe("work that survives a reload", () => {
  it("brings back the file opened, its filter and the selection after a reload and in a new visit", async () => {
    await workOnLab(page);
    // 2 of the 4 authors keep 2 papers; all 3 papers have one of them; of the 4 links, Ann–Bo is left.
    expect(await status(page)).toBe("3 papers · 2 of 4 authors · 1 of 4 links — Layout settled");

    await page.reload();
    await waitForSettledLayout(page);
    expect(await nodes(page)).toEqual(["ann lee", "bo chen", "cy dunn", "di egan"]);
    expect((await panelContent(page)).heading).toBe("Bo Chen");
    expect(await status(page)).toBe("3 papers · 2 of 4 authors · 1 of 4 links — Layout settled");

    // The address carried the view too; a plain one has only the work kept to go on.
    await page.goto(new URL(PLAIN, suite.baseUrl).toString());
    await waitForSettledLayout(page);
    expect(await nodes(page)).toEqual(["ann lee", "bo chen", "cy dunn", "di egan"]);
    expect((await panelContent(page)).heading).toBe("Bo Chen");
    expect(await status(page)).toBe("3 papers · 2 of 4 authors · 1 of 4 links — Layout settled");
    await page.getByRole("button", { name: "← Filters" }).click();
    expect(await page.getByRole("spinbutton", { name: "Minimum papers per author" }).inputValue()).toBe("2");
    await openSettings(page);
    expect(await page.textContent("#saved-work-status")).toBe("Your files, identity decisions and view are kept in this browser, and come back after a reload or a restart.");
    expect(pageErrors(page)).toEqual([]);
  });

  it("looks where the map looked, in a new visit whose address says nothing of the camera", async () => {
    await workOnLab(page);
    // As a drag and a zoom leave it: the camera comes to rest there.
    await page.evaluate(() => window.explorer!.sigma.getCamera().setState({ x: 0.3, y: 0.6, ratio: 0.5 }));
    await waitForSavedView(page, (saved) => (saved as unknown as { camera: { ratio: number } | null }).camera?.ratio === 0.5);
    await page.goto(new URL(PLAIN, suite.baseUrl).toString());
    await waitForSettledLayout(page);
    const camera = await page.evaluate(() => window.explorer!.sigma.getCamera().getState());
    expect([camera.x, camera.y, camera.ratio]).toEqual([0.3, 0.6, 0.5]);
    expect((await panelContent(page)).heading).toBe("Bo Chen");
  });

  it("keeps what is typed in a panel and not yet applied", async () => {
    await page.getByRole("button", { name: "Roster", exact: true }).click();
    await page.getByRole("textbox", { name: "Names" }).fill("Jeonghye Kim\nMinbeom");
    await waitForSavedView(page, (saved) => (saved as unknown as { drafts: { roster: string } }).drafts.roster === "Jeonghye Kim\nMinbeom");
    await page.goto(new URL(PLAIN, suite.baseUrl).toString());
    await waitForSettledLayout(page);
    expect(await page.getByRole("textbox", { name: "Names" }).inputValue()).toBe("Jeonghye Kim\nMinbeom");
  });

  it("lets a link with its own data win over the work kept, and leaves that work untouched", async () => {
    await workOnLab(page);
    await page.route("**/kims.txt", (route) => route.fulfill({ body: "LGOct 4, 2023\nPaper OneJ. Kim, Ann Lee\n", contentType: "text/plain" }));
    await page.goto(new URL(`${PLAIN}&listing=kims.txt`, suite.baseUrl).toString());
    await waitForSettledLayout(page);
    expect(await nodes(page)).toEqual(["ann lee", "j kim"]);
    await page.evaluate(() => window.explorer!.setSettings({ minPapers: 1, counting: "fractional" }));
    await page.goto(new URL(PLAIN, suite.baseUrl).toString());
    await waitForSettledLayout(page);
    expect(await nodes(page)).toEqual(["ann lee", "bo chen", "cy dunn", "di egan"]);
    expect((await panelContent(page)).heading).toBe("Bo Chen");
    expect(await page.evaluate(() => window.explorer!.view().settings)).toMatchObject({ minPapers: 2, counting: "full" });
  });

  it("starts afresh after asking: the work kept is emptied and the sample opens with a first visit's view", async () => {
    await workOnLab(page);
    await openSettings(page);
    await page.getByRole("button", { name: "Start afresh…" }).click();
    const dialog = page.getByRole("dialog", { name: "Start afresh?" });
    expect(await dialog.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Cancel");
    expect(await accessibilityViolations(page)).toEqual([]);

    // Escape leaves everything as it was.
    await page.keyboard.press("Escape");
    expect(await dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("start-afresh");
    expect(await nodes(page)).toHaveLength(4);

    await page.getByRole("button", { name: "Start afresh…" }).click();
    await rebuilt(page, () => dialog.getByRole("button", { name: "Start afresh", exact: true }).click());
    expect(await page.evaluate(() => window.explorer!.graph.order)).toBe(16);
    expect((await panelContent(page)).heading).toBe("sample-listing.txt");
    expect(await page.evaluate(() => window.explorer!.view().settings.minPapers)).toBe(1);
    expect(new URL(page.url()).search).toBe(PLAIN);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("start-afresh");
    expect(await savedRecord(page, "files")).toEqual({ version: 1, sample: true, files: [] });

    await page.reload();
    await waitForSettledLayout(page);
    expect(await page.evaluate(() => window.explorer!.graph.order)).toBe(16);
    expect((await panelContent(page)).heading).toBe("sample-listing.txt");
    expect(await status(page)).toBe("13 papers · 16 authors · 25 links — Layout settled");
  });
});

describe("when the browser keeps nothing", () => {
  it("says so when IndexedDB is not there, and the page works without it", async () => {
    const context = await suite.browser().newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const other = await context.newPage();
      const errors: string[] = [];
      other.on("pageerror", (error) => errors.push(error.message));
      await other.addInitScript(() => Object.defineProperty(window, "indexedDB", { value: undefined }));
      await other.goto(new URL(PLAIN, suite.baseUrl).toString());
      await waitForSettledLayout(other);
      await other.waitForSelector("#toast:not([hidden])");
      const message = "This browser does not let the explorer keep your work here (a private window, or storage turned off): everything works, but a reload starts afresh.";
      expect(await toastText(other)).toBe(message);
      await clickGraph(other, await nodePosition(other, "jeonghye kim"));
      expect((await panelContent(other)).heading).toBe("Jeonghye Kim");
      await other.locator(".settings summary").click();
      expect(await other.textContent("#saved-work-status")).toBe(message);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("says so when the storage is full, and the page works without it", async () => {
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    await openLab(page);
    await page.waitForFunction(() => document.getElementById("toast-text")!.textContent!.includes("full"));
    expect(await toastText(page)).toBe("This browser's storage for the explorer is full, so your work is not kept: everything works, but a reload brings back what was kept before.");
    await clickGraph(page, await nodePosition(page, "ann lee"));
    expect((await panelContent(page)).heading).toBe("Ann Lee");
    expect(pageErrors(page)).toEqual([]);
  });
});
