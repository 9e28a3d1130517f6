import { DOMParser } from "@xmldom/xmldom";
import { readFileSync } from "node:fs";
import { PNG } from "pngjs";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { pngTexts } from "../../src/export/figure/pngText";
import { DIMMED_NODE_COLOR } from "../../src/visual/palette";
import { accessibilityViolations } from "./support/accessibility";
import { clickGraph, nodePosition, rebuilt, waitForMapSize } from "./support/explorerPage";
import { dropFiles } from "./support/loading";
import { explorerSuite } from "./support/suite";

const suite = explorerSuite();
let page: Page;
beforeEach(() => {
  page = suite.page();
});

const dialog = () => page.getByRole("dialog", { name: "Export" });
const openDialog = async (format: "PNG image" | "SVG drawing" | "PDF document") => {
  await page.getByRole("button", { name: "Export…" }).click();
  await dialog().getByRole("radio", { name: format }).check();
};
/** Clicks Export and gives the files downloaded: the figure, and its recipe when asked for. */
async function download(count = 1): Promise<{ name: string; bytes: Buffer }[]> {
  const files: { name: string; bytes: Buffer }[] = [];
  const all = new Promise<void>((resolve) => {
    page.on("download", async (d) => {
      files.push({ name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) });
      if (files.length === count) resolve();
    });
  });
  await dialog().getByRole("button", { name: "Export", exact: true }).click();
  await all;
  return files;
}
const parseSvg = (bytes: Buffer) => new DOMParser().parseFromString(bytes.toString("utf8"), "image/svg+xml");
const group = (doc: Document, id: string) => Array.from(doc.getElementsByTagName("g")).find((g) => g.getAttribute("id") === id);
const textsOf = (doc: Document, id: string) => Array.from(group(doc, id)?.getElementsByTagName("text") ?? [], (t) => t.textContent ?? "");
const focusedName = () => page.evaluate(() => document.activeElement?.textContent ?? "");

/** The names the map draws now, as texts: the authors' labels and the groups'. */
const screenLabels = () =>
  page.evaluate(() => {
    const { graph, labels } = window.explorer!;
    const placed = labels();
    return [...placed.authors.map((a) => graph.getNodeAttribute(a.key, "label")), ...placed.groups.map((g) => g.text)].sort();
  });

// The sample: 16 authors, 25 links, five research groups.
describe("Export… for figures", () => {
  it("writes the view as SVG: every author drawn as a circle and the same names as the screen, the focus over the faded rest", async () => {
    await openDialog("SVG drawing");
    const [svg] = await download();
    expect(svg!.name).toBe("coauthor-network.svg");
    const doc = parseSvg(svg!.bytes);
    const circles = (id: string) => group(doc, id)?.getElementsByTagName("circle").length ?? 0;
    expect(circles("authors") + circles("focus-authors")).toBe(await page.evaluate(() => window.explorer!.view().authors.size));
    expect(circles("authors")).toBe(16);
    expect(textsOf(doc, "labels").sort()).toEqual(await screenLabels());
    // The dialog closes and gives focus back to the button that opened it.
    expect(await focusedName()).toBe("Export…");

    // An author clicked on the map: her co-authors stay, the others fade, in the SVG as on screen.
    const { x, y } = await nodePosition(page, "woojun kim");
    await clickGraph(page, { x, y });
    await page.waitForFunction(() => window.explorer!.labels().authors.some((a) => a.key === "woojun kim"));
    await openDialog("SVG drawing");
    const selected = parseSvg((await download())[0]!.bytes);
    const fills = (id: string) => Array.from(group(selected, id)?.getElementsByTagName("circle") ?? [], (c) => c.getAttribute("fill"));
    // Woojun Kim and her co-authors in focus, over the others faded.
    const inFocus = 1 + (await page.evaluate(() => window.explorer!.graph.neighbors("woojun kim").length));
    expect(inFocus).toBeGreaterThan(2);
    expect(fills("focus-authors")).toHaveLength(inFocus);
    expect(fills("authors")).toEqual(Array(16 - inFocus).fill(DIMMED_NODE_COLOR));
    expect(textsOf(selected, "labels").sort()).toEqual(await screenLabels());
    expect(textsOf(selected, "labels")).toContain("Woojun Kim");
  });

  it("writes a PNG of the chosen size, with the legend the SVG has, on white or transparent, and its recipe", async () => {
    await openDialog("PNG image");
    await dialog().getByRole("radio", { name: "The whole network" }).check();
    await dialog().getByRole("radio", { name: /^Pixels on the longer side/ }).check();
    await dialog().getByRole("spinbutton", { name: "Pixels on the longer side" }).fill("1500");
    await dialog().getByRole("textbox", { name: "Title (optional)" }).fill("The sample's network");
    await dialog().getByRole("checkbox", { name: /^Also save the recipe/ }).check();
    const note = dialog().locator("figcaption");
    // The preview follows the options: 1,500 pixels on the longer side.
    await expect.poll(() => note.textContent()).toMatch(/^PNG image, ([\d,]+ × 1,500|1,500 × [\d,]+) pixels$/);
    const [w, h] = (await note.textContent())!.match(/\d[\d,]*/g)!.map((n) => Number(n.replace(",", "")));
    expect(Math.max(w!, h!)).toBe(1500);
    const files = await download(2);
    const png = files.find((f) => f.name === "coauthor-network.png")!;
    const image = PNG.sync.read(png.bytes);
    expect([image.width, image.height]).toEqual([w, h]);
    const recipe = JSON.parse(files.find((f) => f.name === "coauthor-network.png.recipe.json")!.bytes.toString("utf8"));
    expect(recipe).toMatchObject({ version: "0.1.0", inputs: [{ name: "sample-listing.txt" }], view: "", figure: { format: "png", frame: "whole", pixels: { width: w, height: h } } });
    expect(recipe.inputs[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(pngTexts(new Uint8Array(png.bytes)).get("coauthor-explorer-recipe")!)).toEqual(recipe);

    // The same figure as SVG: each disc of its legend is in the PNG, in its colour, where the SVG has it.
    await openDialog("SVG drawing");
    const doc = parseSvg((await download())[0]!.bytes);
    const scale = w! / Number(doc.documentElement.getAttribute("width"));
    const swatches = Array.from(group(doc, "legend")!.getElementsByTagName("circle")).slice(0, 5);
    expect(textsOf(doc, "legend").slice(0, 2)).toEqual(["Colour: research groups", "Jeonghye Kim's group · 6"]);
    const rgbAt = (x: number, y: number) => [0, 1, 2].map((c) => image.data[(Math.round(y * scale) * image.width + Math.round(x * scale)) * 4 + c]);
    for (const swatch of swatches) {
      const hex = swatch.getAttribute("fill")!;
      const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      const got = rgbAt(Number(swatch.getAttribute("cx")), Number(swatch.getAttribute("cy")));
      expect(got.every((c, i) => Math.abs(c! - want[i]!) <= 2), `${hex} at the legend's disc, got ${got}`).toBe(true);
    }
    expect(doc.getElementsByTagName("title")[0]!.textContent).toBe("The sample's network");

    await openDialog("PNG image");
    await dialog().getByRole("radio", { name: "Transparent" }).check();
    await dialog().getByRole("radio", { name: "By scale" }).check();
    await dialog().getByRole("combobox", { name: "Scale" }).selectOption("1");
    await dialog().getByRole("checkbox", { name: /^Also save the recipe/ }).uncheck();
    const clear = PNG.sync.read((await download())[0]!.bytes);
    expect(clear.width).toBe(Number(doc.documentElement.getAttribute("width")));
    expect(clear.data[3]).toBe(0); // the top left corner: nothing drawn there
  });

  it("writes a PDF, loading its library only then", async () => {
    const pdfChunks = () => page.evaluate(() => performance.getEntriesByType("resource").filter((r) => /jspdf/i.test(r.name)).length);
    expect(await pdfChunks()).toBe(0);
    await openDialog("PDF document");
    await dialog().getByRole("textbox", { name: "Title (optional)" }).fill("Sample network");
    const [pdf] = await download();
    expect(pdf!.name).toBe("coauthor-network.pdf");
    const text = pdf!.bytes.toString("latin1");
    expect(text.startsWith("%PDF-")).toBe(true);
    expect(text).toContain("/Title (Sample network)");
    expect(await pdfChunks()).toBeGreaterThan(0);
  });

  it("says under a PDF's preview which names its font would draw wrong, and says nothing when it has them all", async () => {
    const note = dialog().locator(".figure-preview figcaption");
    await openDialog("PDF document");
    await expect.poll(() => note.textContent()).toBe("PDF document: a vector drawing, sharp at any size");
    await page.keyboard.press("Escape");
    const bib = "@article{a, title={One}, author={김정혜 and Ann Lee}, year={2023}}\n@article{b, title={Two}, author={Ann Lee and Иван Петров}, year={2024}}\n";
    await rebuilt(page, () => dropFiles(page, [{ name: "names.bib", text: bib }]));
    await openDialog("PDF document");
    await expect
      .poll(() => note.textContent())
      .toBe("PDF document: a vector drawing, sharp at any size. The PDF's font lacks letters of “Иван Петров” and “김정혜”, which it would draw wrong: SVG and PNG show them.");
    await dialog().getByRole("radio", { name: "SVG drawing" }).check();
    await expect.poll(() => note.textContent()).toBe("SVG drawing: a vector drawing, sharp at any size");
  });

  it("previews the figure, is clean for axe with each format, and is usable 320 pixels wide", async () => {
    await openDialog("PNG image");
    const preview = dialog().getByRole("img", { name: "Preview of the figure" });
    await expect.poll(() => preview.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    // A vector figure has no pixels to choose.
    await dialog().getByRole("radio", { name: "SVG drawing" }).check();
    expect(await dialog().getByRole("combobox", { name: "Scale" }).isDisabled()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    // The data formats keep their choice of authors, and lose the figure's options.
    await dialog().getByRole("radio", { name: "GEXF" }).check();
    expect(await preview.isVisible()).toBe(false);
    expect(await dialog().getByRole("radio", { name: /^What the map shows/ }).isVisible()).toBe(true);
    await page.keyboard.press("Escape");
    expect(await focusedName()).toBe("Export…");

    await page.setViewportSize({ width: 320, height: 640 });
    await waitForMapSize(page);
    await page.getByRole("button", { name: "Menu" }).click();
    await page.getByRole("button", { name: "Export…" }).click();
    await dialog().getByRole("radio", { name: "PNG image" }).check();
    await expect.poll(() => preview.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    // Nothing wider than the screen, and every control reachable by scrolling the dialog.
    expect(await dialog().evaluate((d) => d.scrollWidth <= d.clientWidth && d.getBoundingClientRect().right <= innerWidth)).toBe(true);
    const exportButton = dialog().getByRole("button", { name: "Export", exact: true });
    await exportButton.scrollIntoViewIfNeeded();
    expect(await exportButton.isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
