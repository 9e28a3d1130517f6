import { createHash } from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { accessibilityViolations } from "./support/accessibility";
import { clickGraph, nodePosition, openExplorer, panelContent, REFERENCE_DATE, waitForSettledLayout } from "./support/explorerPage";
import { toastText } from "./support/loading";
import { explorerSuite } from "./support/suite";

const suite = explorerSuite();
let page: Page;
beforeEach(() => {
  page = suite.page();
});

// Five authors: Ann Lee on papers of 2020, 2021 and 2023; 2021–2023 keeps everyone but drops the first paper.
const CITES = `@article{a1, author = {Lee, Ann and Chen, Bo and Diaz, Carla}, title = {Graphs of people}, journal = {J. Nets}, year = {2020}}
@article{a2, author = {Lee, Ann and Chen, Bo}, title = {More graphs}, journal = {J. Nets}, year = {2021}}
@article{a3, author = {Diaz, Carla and Evans, Dan}, title = {Links}, journal = {J. Links}, year = {2022}}
@article{a4, author = {Evans, Dan and Fox, Eve and Lee, Ann}, title = {Webs}, journal = {J. Nets}, year = {2023}}
`;
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const citesFile = (text = CITES) => ({ name: "cites.bib", mimeType: "text/plain", buffer: Buffer.from(text) });

async function openCites(on: Page): Promise<void> {
  await on.setInputFiles("#file-input", citesFile());
  await on.waitForFunction(() => window.explorer!.graph.order === 5);
  await waitForSettledLayout(on);
}

/** A page of a browser context of its own (no storage), at an address whose network may not load at once. */
async function freshPage(browser: Browser, address: string): Promise<Page> {
  const fresh = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await fresh.goto(address);
  return fresh;
}

const camera = (on: Page) => on.evaluate(() => {
  const { x, y, ratio } = window.explorer!.sigma.getCamera().getState();
  return { x, y, ratio };
});

describe("a link that carries its data", () => {
  it("opens in a fresh browser with the data, the filters, the selection and the camera", async () => {
    await openCites(page);
    await page.evaluate(() => window.explorer!.setSettings({ years: [2021, 2023] }));
    await clickGraph(page, await nodePosition(page, "ann lee"));
    expect((await panelContent(page)).heading).toBe("Ann Lee");
    await page.evaluate(() => window.explorer!.sigma.getCamera().setState({ x: 0.45, y: 0.55, ratio: 0.7, angle: 0 }));
    // Written once the camera comes to rest.
    await page.waitForFunction(() => location.search.includes("camera="));
    expect(new URL(page.url()).search).toBe(`?reference-date=${REFERENCE_DATE}&years=2021-2023&author=ann+lee&camera=0.45%2C0.55%2C0.7`);
    const annThere = await nodePosition(page, "ann lee");

    await page.getByRole("button", { name: "Export…" }).click();
    await page.getByRole("button", { name: "Copy link to this view" }).click();
    const field = page.getByRole("textbox", { name: "Link to this view" });
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>(".view-link input")!.value !== "");
    const link = await field.inputValue();
    expect(link).toMatch(/#data=1\.[A-Za-z0-9_-]+$/);
    await page.waitForFunction(() => document.querySelector(".view-link [role=status]")!.textContent !== "");
    expect(await page.locator(".view-link [role=status]").textContent()).toContain(`The data travels in the link itself (${link.length} characters), after the “#”`);
    await page.keyboard.press("Escape");

    const other = await openExplorer(suite.browser(), suite.baseUrl, link);
    try {
      expect(await other.evaluate(() => window.explorer!.graph.order)).toBe(5);
      expect(await other.evaluate(() => window.explorer!.view().settings.years)).toEqual([2021, 2023]);
      // The first paper is filtered out: Ann Lee keeps 2 of her 3 papers.
      expect(await other.evaluate(() => window.explorer!.view().authors.get("ann lee")!.papers)).toBe(2);
      expect((await panelContent(other)).heading).toBe("Ann Lee");
      expect(await camera(other)).toEqual({ x: 0.45, y: 0.55, ratio: 0.7 });
      const annHere = await nodePosition(other, "ann lee");
      expect(Math.abs(annHere.x - annThere.x)).toBeLessThan(1);
      expect(Math.abs(annHere.y - annThere.y)).toBeLessThan(1);
      expect(await other.evaluate(() => document.querySelector("#panel h2")?.textContent)).toBe("Ann Lee");
    } finally {
      await other.close();
    }
  });

  it("says so when its data is cut short, and shows the sample without the link's view", async () => {
    await openCites(page);
    await page.getByRole("button", { name: "Export…" }).click();
    await page.getByRole("button", { name: "Copy link to this view" }).click();
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>(".view-link input")!.value !== "");
    const link = await page.getByRole("textbox", { name: "Link to this view" }).inputValue();
    const cut = link.slice(0, link.length - 60).replace("reference-date", "author=ann+lee&reference-date");
    const other = await openExplorer(suite.browser(), suite.baseUrl, cut);
    try {
      await other.waitForFunction(() => !document.getElementById("toast")!.hidden);
      expect(await toastText(other)).toBe("The data in this link could not be read (cites.bib (cut short in the link)): showing the sample, not the link's view.");
      expect((await panelContent(other)).heading).toBe("sample-listing.txt");
      expect(new URL(other.url()).hash).toBe("");
      expect(new URL(other.url()).search).toBe(`?reference-date=${REFERENCE_DATE}`);
    } finally {
      await other.close();
    }
  });
});

describe("a link to a view of local files", () => {
  const address = () => `${suite.baseUrl}?reference-date=${REFERENCE_DATE}&author=ann+lee#file=cites.bib:${sha256(CITES)}`;

  it("asks for the files by name, then restores the view once they are opened", async () => {
    const other = await freshPage(suite.browser(), address());
    try {
      const prompt = other.getByRole("region", { name: "Open the files of this link" });
      await prompt.waitFor();
      expect(await other.locator(".files-prompt-ask").textContent()).toBe("This link shows a view of cites.bib. Open this file to see it.");
      // No network stands in for the view the link names.
      expect(await other.evaluate(() => window.explorer)).toBeUndefined();
      expect(await accessibilityViolations(other)).toEqual([]);
      const [chooser] = await Promise.all([other.waitForEvent("filechooser"), other.getByRole("region", { name: "Open the files of this link" }).getByRole("button", { name: "Open files…" }).click()]);
      await chooser.setFiles(citesFile());
      await other.waitForFunction(() => window.explorer?.graph.order === 5);
      await waitForSettledLayout(other);
      expect((await panelContent(other)).heading).toBe("Ann Lee");
      expect(await prompt.count()).toBe(0);
      expect(await other.evaluate(() => document.activeElement?.textContent)).toBe("Ann Lee");
      expect(await other.locator("#toast").isHidden()).toBe(true);
    } finally {
      await other.close();
    }
  });

  it("warns when a file of the same name holds other content, and still opens it", async () => {
    const other = await freshPage(suite.browser(), address());
    try {
      const [chooser] = await Promise.all([other.waitForEvent("filechooser"), other.getByRole("region", { name: "Open the files of this link" }).getByRole("button", { name: "Open files…" }).click()]);
      await chooser.setFiles(citesFile(CITES.replace("{Webs}", "{Nets}")));
      await other.waitForFunction(() => window.explorer?.graph.order === 5);
      await other.waitForFunction(() => !document.getElementById("toast")!.hidden);
      expect(await toastText(other)).toBe("cites.bib is not the file the link was made from (its content differs): the view may not match.");
      expect((await panelContent(other)).heading).toBe("Ann Lee");
    } finally {
      await other.close();
    }
  });
});

describe("the map embedded (?embed)", () => {
  it("shows the map with its minimal toolbar, and answers a click on an author", async () => {
    const embed = await openExplorer(suite.browser(), suite.baseUrl, `?reference-date=${REFERENCE_DATE}&embed`);
    try {
      expect(await embed.locator(".topbar").isVisible()).toBe(false);
      expect(await embed.locator("#sheet").isVisible()).toBe(false);
      const toolbar = embed.getByRole("navigation", { name: "Map" });
      expect(await toolbar.getByRole("button").allTextContents()).toEqual(["+", "−", "Fit"]);
      expect(await accessibilityViolations(embed)).toEqual([]);
      await clickGraph(embed, await nodePosition(embed, "minbeom kim"));
      await embed.waitForFunction(() => document.querySelector("#panel h2")?.textContent === "Minbeom Kim");
      expect(await embed.locator("#sheet").isVisible()).toBe(true);
      expect(await accessibilityViolations(embed)).toEqual([]);
      await embed.getByRole("button", { name: "Zoom in" }).click();
      await embed.waitForFunction(() => location.search.includes("camera="));
      expect((await camera(embed)).ratio).toBeLessThan(1);
      const full = embed.getByRole("link", { name: "Open in Coauthor Explorer ↗" });
      await full.focus();
      const href = new URL((await full.getAttribute("href"))!);
      expect(href.searchParams.has("embed")).toBe(false);
      expect(href.searchParams.get("author")).toBe("minbeom kim");
      expect(href.searchParams.get("camera")).toBe(new URL(embed.url()).searchParams.get("camera"));
    } finally {
      await embed.close();
    }
  });
});
