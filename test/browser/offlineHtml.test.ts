import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCommandLine } from "../../src/cli/commandLine";
import { accessibilityViolations } from "./support/accessibility";
import { clickGraph, nodePosition, panelContent, pageErrors, waitForSettledLayout } from "./support/explorerPage";
import { MINBEOM_KIM_PAPERS, WOOJUN_KIM_PAPERS } from "./support/samplePapers";
import { explorerSuite } from "./support/suite";

const suite = explorerSuite();
let page: Page;
let folder: string;
let offline: BrowserContext | undefined;
beforeEach(() => {
  page = suite.page();
  folder = mkdtempSync(join(tmpdir(), "coauthor-saved-page-"));
});
afterEach(async () => {
  await offline?.close();
  offline = undefined;
  rmSync(folder, { recursive: true, force: true });
});

const visibleAuthors = (on: Page) => on.evaluate(() => [...window.explorer!.view().authors.keys()].sort());
// Two papers or more: Jeonghye Kim, Xufang Luo, Minbeom Kim, Suyoung Lee, Woojun Kim, Youngchul Sung, Yongjae Shin, Whiyoung Jung.
const TWO_PAPERS_OR_MORE = ["jeonghye kim", "minbeom kim", "suyoung lee", "whiyoung jung", "woojun kim", "xufang luo", "yongjae shin", "youngchul sung"];

/** Sets a filter in its panel and picks an author on the map, as a user would, then saves the page as HTML into the folder. */
async function savedFromExplorer(): Promise<string> {
  await page.getByRole("button", { name: "Filters", exact: true }).click();
  const minPapers = page.getByRole("spinbutton", { name: "Minimum papers per author" });
  await minPapers.fill("2");
  await minPapers.press("Enter");
  expect(await visibleAuthors(page)).toEqual(TWO_PAPERS_OR_MORE);
  await clickGraph(page, await nodePosition(page, "minbeom kim"));
  expect((await panelContent(page)).heading).toBe("Minbeom Kim");
  // Zoomed out a little and moved, as a drag and a wheel leave it (every author still on the map); written once at rest.
  await page.evaluate(() => window.explorer!.sigma.getCamera().setState({ x: 0.52, y: 0.48, ratio: 1.25 }));
  await page.waitForFunction(() => new URLSearchParams(location.search).get("camera") === "0.52,0.48,1.25");
  await page.getByRole("button", { name: "Export…" }).click();
  const dialog = page.getByRole("dialog", { name: "Export" });
  await dialog.getByRole("radio", { name: /^Save as HTML/ }).check();
  // The page has all the data: which authors is not asked.
  expect(await dialog.locator("input[name=export-scope]").first().isHidden()).toBe(true);
  expect(await accessibilityViolations(page)).toEqual([]);
  const [download] = await Promise.all([page.waitForEvent("download"), dialog.getByRole("button", { name: "Export", exact: true }).click()]);
  expect(download.suggestedFilename()).toBe("coauthor-network.html");
  const file = join(folder, download.suggestedFilename());
  await download.saveAs(file);
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Export…");
  return file;
}

/** Opens a saved file from disk in a fresh context that is offline and refuses every request to a network. */
async function openedFromDisk(file: string): Promise<{ saved: Page; requests: string[] }> {
  offline = await suite.browser().newContext({ viewport: { width: 1280, height: 800 }, offline: true });
  await offline.route(/^https?:/, (route) => route.abort());
  const saved = await offline.newPage();
  const requests: string[] = [];
  saved.on("request", (request) => {
    if (!/^(file|data|blob):/.test(request.url())) requests.push(request.url());
  });
  const errors: string[] = [];
  saved.on("pageerror", (error) => errors.push(error.message));
  await saved.goto(pathToFileURL(file).toString());
  await waitForSettledLayout(saved);
  expect(errors).toEqual([]);
  return { saved, requests };
}

describe("Save as HTML", () => {
  it("writes one file that opens from disk with the network off, with the same data, filter and selection, and answers a click", async () => {
    const file = await savedFromExplorer();
    const html = readFileSync(file, "utf8");
    // Nothing to fetch: no script, style sheet or icon from another file.
    expect(html).not.toMatch(/<script[^>]* src=|<link[^>]* href="(?!data:)/);
    const { saved, requests } = await openedFromDisk(file);

    const note = await saved.locator("footer.saved-note").textContent();
    expect(note).toMatch(/^Saved from Coauthor Explorer on \d{1,2} [A-Z][a-z]+ 20\d\d; opened from a file\.$/);
    // The same filter, and the same author picked, with her papers read from the saved listing.
    expect(await visibleAuthors(saved)).toEqual(TWO_PAPERS_OR_MORE);
    expect(await saved.evaluate(() => window.explorer!.view().settings.minPapers)).toBe(2);
    expect(await panelContent(saved)).toEqual({ heading: "Minbeom Kim", titles: MINBEOM_KIM_PAPERS });
    const camera = await saved.evaluate(() => window.explorer!.sigma.getCamera().getState());
    expect([camera.x, camera.y, camera.ratio]).toEqual([0.52, 0.48, 1.25]);

    // A click on another author's disc opens her panel; the filter stays.
    await clickGraph(saved, await nodePosition(saved, "woojun kim"));
    expect(await panelContent(saved)).toEqual({ heading: "Woojun Kim", titles: WOOJUN_KIM_PAPERS });
    expect(await visibleAuthors(saved)).toEqual(TWO_PAPERS_OR_MORE);
    expect(await accessibilityViolations(saved)).toEqual([]);
    expect(requests).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  it("opens a page made by coauthor graph --to html from disk with the network off, and answers a click", async () => {
    const file = join(folder, "sample.html");
    const quiet = { stdout: () => {}, stderr: () => {}, stdin: async () => new Uint8Array() };
    expect(await runCommandLine(["graph", "data/sample-listing.txt", "--to", "html", "-o", file, "--reference-date", "2026-11-25"], quiet)).toBe(0);
    const { saved, requests } = await openedFromDisk(file);
    expect(await visibleAuthors(saved)).toHaveLength(16);
    expect((await panelContent(saved)).heading).toBe("sample-listing.txt");
    await clickGraph(saved, await nodePosition(saved, "minbeom kim"));
    expect(await panelContent(saved)).toEqual({ heading: "Minbeom Kim", titles: MINBEOM_KIM_PAPERS });
    expect(requests).toEqual([]);
  });

  it("opens the sample when a saved page's data is damaged, and says so, naming the file", async () => {
    const file = join(folder, "damaged.html");
    const quiet = { stdout: () => {}, stderr: () => {}, stdin: async () => new Uint8Array() };
    expect(await runCommandLine(["graph", "data/sample-listing.txt", "--to", "html", "-o", file, "--reference-date", "2026-11-25"], quiet)).toBe(0);
    // The files' gzip cut short by one base64 quartet, as a broken copy would.
    writeFileSync(file, readFileSync(file, "utf8").replace(/("data":"[^"]*)[^"]{4}"/, '$1"'));
    const { saved } = await openedFromDisk(file);
    expect(await saved.locator("#toast-text").textContent()).toMatch(
      /^damaged\.html was saved from Coauthor Explorer, but its files cannot be unpacked \(.+\)\. Showing the sample instead\.$/,
    );
    expect((await panelContent(saved)).heading).toBe("sample-listing.txt");
    expect(await accessibilityViolations(saved)).toEqual([]);
  });

  it("says so when a page opened from a file is asked to save itself again, and keeps focus on Export…", async () => {
    const { saved } = await openedFromDisk(await savedFromExplorer());
    await saved.getByRole("button", { name: "Export…" }).click();
    await saved.getByRole("dialog", { name: "Export" }).getByRole("radio", { name: /^Save as HTML/ }).check();
    await saved.getByRole("dialog", { name: "Export" }).getByRole("button", { name: "Export", exact: true }).click();
    expect(await saved.locator("#toast-text").textContent()).toBe(
      "Export failed: a page opened from a file cannot save itself again; save from the explorer's own site",
    );
    expect(await saved.evaluate(() => document.activeElement?.textContent)).toBe("Export…");
  });
});
