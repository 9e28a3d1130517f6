import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import type { Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { accessibilityViolations } from "./support/accessibility";
import { explorerSuite } from "./support/suite";

const suite = explorerSuite();
let page: Page;
beforeEach(() => {
  page = suite.page();
});

const dialog = () => page.getByRole("dialog", { name: "Export" });
/** What has focus, by its label for a form control, else by its text. */
const focused = () =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    return element?.labels?.[0]?.textContent ?? element?.textContent ?? "";
  });

/** Opens Export…, picks a data format and which authors, and gives the file downloaded. */
async function exported(format: string, authors: RegExp): Promise<{ name: string; text: string }> {
  await page.getByRole("button", { name: "Export…" }).click();
  await dialog().getByRole("radio", { name: format }).check();
  await dialog().getByRole("radio", { name: authors }).check();
  const [download] = await Promise.all([page.waitForEvent("download"), dialog().getByRole("button", { name: "Export", exact: true }).click()]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, "utf8") };
}

/** Each author's colour as drawn on the map, as "rgb(r,g,b)" (graphology-gexf's reading of viz:color). */
const drawnColours = () =>
  page.evaluate(() => {
    const { sigma, graph } = window.explorer!;
    const out: Record<string, string> = {};
    graph.forEachNode((key) => {
      const hex = sigma.getNodeDisplayData(key)!.color;
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      out[key] = `rgb(${r},${g},${b})`;
    });
    return out;
  });

// The sample: 16 authors, 25 links. From 2025, Suyoung Lee and Woojun Kim (2023–2024 only) and their 4 links are hidden.
describe("Export… for data", () => {
  it("writes what the map shows as GEXF, with the screen's positions and colours, read back by graphology", async () => {
    await page.evaluate(() => window.explorer!.setSettings({ years: [2025, 2026] }));
    const colours = await drawnColours();
    const positions = await page.evaluate(() => window.explorer!.graph.mapNodes((key, a) => [key, a.x, a.y] as const));
    const { name, text } = await exported("GEXF", /^What the map shows/);
    expect(name).toBe("coauthor-network.gexf");
    const graph = parseGexf(Graph, text);
    expect(graph.order).toBe(14);
    expect(graph.size).toBe(21);
    expect(graph.hasNode("woojun kim")).toBe(false);
    // Jeonghye Kim's papers from 2025 on: five of 2025 and five of 2026.
    expect(graph.getNodeAttributes("jeonghye kim")).toMatchObject({ label: "Jeonghye Kim", papers: 10, firstYear: 2025, lastYear: 2026 });
    for (const [key, x, y] of positions) {
      if (!graph.hasNode(key)) continue;
      expect(graph.getNodeAttribute(key, "x")).toBeCloseTo(x!, 4);
      expect(graph.getNodeAttribute(key, "y")).toBeCloseTo(y!, 4);
      expect(graph.getNodeAttribute(key, "color"), key).toBe(colours[key]);
    }
    // The dialog closes and gives focus back to the button that opened it.
    expect(await dialog().isVisible()).toBe(false);
    expect(await focused()).toBe("Export…");
  });

  it("writes the whole network as GraphML whatever the filters, and VOSviewer JSON and a CSV table of what is shown", async () => {
    await page.evaluate(() => window.explorer!.setSettings({ years: [2025, 2026] }));
    const whole = parseGraphml(Graph, (await exported("GraphML", /^The whole network/)).text);
    expect([whole.order, whole.size]).toEqual([16, 25]);
    expect(whole.getNodeAttribute("woojun kim", "papers")).toBe(3);
    const vos = JSON.parse((await exported("VOSviewer JSON", /^What the map shows/)).text);
    expect([vos.network.items.length, vos.network.links.length]).toEqual([14, 21]);
    const authors = await exported("Authors table (CSV)", /^What the map shows/);
    expect(authors.name).toBe("authors.csv");
    // A header and 14 authors, each line ended by CRLF.
    expect(authors.text.split("\r\n")).toHaveLength(16);
    // The ten papers from 2025 on, as a bibliography.
    const bib = await exported("Papers as BibTeX", /^What the map shows/);
    expect(bib.name).toBe("coauthor-papers.bib");
    expect(bib.text.match(/^@\w+\{/gm)).toHaveLength(10);
    expect(bib.text).toContain("title = {ReflAct: World-Grounded Decision Making in LLM Agents via Goal-State Reflection}");
  });

  it("says how many authors each choice holds, is clean for axe, and Cancel or Escape give focus back", async () => {
    await page.evaluate(() => window.explorer!.setSettings({ years: [2025, 2026] }));
    await page.getByRole("button", { name: "Export…" }).click();
    expect(await dialog().getByRole("radio").evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).labels![0]!.textContent))).toEqual([
      "PNG image slides, the web",
      "SVG drawing Inkscape, Illustrator, browsers: every disc and name editable",
      "PDF document print, LaTeX",
      "Save as HTML this explorer with the data and the view, one file that works offline",
      "GEXF Gephi, Gephi Lite",
      "GraphML Cytoscape, yEd, NetworkX, igraph",
      "VOSviewer JSON VOSviewer, VOSviewer Online",
      "graphology JSON graphology, sigma.js",
      "Authors table (CSV) spreadsheets, pandas, R",
      "Links table (CSV) spreadsheets, pandas, R",
      "Papers table (CSV) spreadsheets, pandas, R",
      "Papers as BibTeX LaTeX, JabRef, Zotero",
      "Papers as RIS Zotero, EndNote, Mendeley",
      "Papers as CSL-JSON Zotero, pandoc, citation.js",
      "The current view as zoomed and panned on screen",
      "The whole network fitted to the map",
      "By scale",
      "Pixels on the longer side (at most 8,192)",
      "White",
      "Transparent",
    ]);
    // A figure is drawn from the view: which authors is asked for the data files only.
    expect(await focused()).toBe("PNG image slides, the web");
    expect(await dialog().getByRole("radio", { name: /^What the map shows/ }).isVisible()).toBe(false);
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog().getByRole("radio", { name: "GEXF" }).check();
    expect(await dialog().getByRole("radio", { name: /^(What the map shows|The whole network \()/ }).evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).labels![0]!.textContent))).toEqual([
      "What the map shows (14 authors)",
      "The whole network (16 authors)",
    ]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog().getByRole("button", { name: "Cancel" }).click();
    expect(await dialog().isVisible()).toBe(false);
    expect(await focused()).toBe("Export…");
    await page.getByRole("button", { name: "Export…" }).click();
    await page.keyboard.press("Escape");
    expect(await dialog().isVisible()).toBe(false);
    expect(await focused()).toBe("Export…");
  });
});
