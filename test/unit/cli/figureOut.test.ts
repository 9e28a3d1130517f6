import { DOMParser } from "@xmldom/xmldom";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { pngSize, pngTexts } from "../../../src/export/figure/pngText";
import { cli, SMALL, writeFiles } from "./support";

const files = writeFiles(SMALL);
const small = [files["a.bib"], files["b.txt"], "--reference-date", "2026-11-25"];
const out = (name: string) => join(dirname(files["a.bib"]), name);
const SUMMARY = "coauthor: 8 papers, no warnings\n";

describe("coauthor graph --to svg|png|pdf", () => {
  it("draws the whole network as SVG, with every author, the names, the legends, the caption and the recipe", async () => {
    const { code, stderr } = await cli("graph", ...small, "--to", "svg", "-o", out("small.svg"), "--title", "Small <network>", "--recipe");
    expect({ code, stderr }).toEqual({ code: 0, stderr: SUMMARY });
    const doc = new DOMParser().parseFromString(readFileSync(out("small.svg"), "utf8"), "image/svg+xml");
    const group = (id: string) => Array.from(doc.getElementsByTagName("g")).find((g) => g.getAttribute("id") === id)!;
    // 9 authors, 8 links (see SMALL), every one on the map.
    expect(group("authors").getElementsByTagName("circle")).toHaveLength(9);
    expect(group("links").getElementsByTagName("line")).toHaveLength(8);
    expect(doc.getElementsByTagName("title")[0]!.textContent).toBe("Small <network>");
    // Three research groups, named after their most central authors.
    const legend = Array.from(group("legend").getElementsByTagName("text"), (t) => t.textContent);
    expect(legend.slice(0, 4)).toEqual(["Colour: research groups", "Ann Lee's group · 5", "Eve Fox's group · 2", "Ivy Jones's group · 2"]);
    expect(doc.getElementsByTagName("desc")[0]!.textContent).toMatch(/^Co-authorship network of 9 authors and 8 links from 8 papers in a\.bib, b\.txt\. All years\. Full counting\./);
    const recipe = JSON.parse(readFileSync(out("small.svg.recipe.json"), "utf8"));
    expect(recipe.inputs.map((i: { name: string }) => i.name)).toEqual(["a.bib", "b.txt"]);
    expect(recipe.inputs[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(recipe.figure).toMatchObject({ format: "svg", frame: "whole", width: 1200, title: "Small <network>" });
  });

  it("rasterises the same drawing as PNG, as wide as asked, with the recipe in the file", async () => {
    await cli("graph", ...small, "--to", "svg", "-o", out("size.svg"));
    const height = Number(new DOMParser().parseFromString(readFileSync(out("size.svg"), "utf8"), "image/svg+xml").documentElement.getAttribute("height"));
    const { code } = await cli("graph", ...small, "--to", "png", "-o", out("small.png"), "--width", "600");
    expect(code).toBe(0);
    const png = new Uint8Array(readFileSync(out("small.png")));
    // 600 of the layout's 1,200 pixels: half of its height.
    expect(pngSize(png)).toEqual({ width: 600, height: Math.round(height / 2) });
    expect(JSON.parse(pngTexts(png).get("coauthor-explorer-recipe")!)).toMatchObject({ figure: { format: "png", pixels: { width: 600 } } });
    expect(existsSync(out("small.png.recipe.json"))).toBe(false);
    const scaled = await cli("graph", ...small, "--to", "png", "-o", out("scaled.png"), "--scale", "1", "--transparent");
    expect(scaled.code).toBe(0);
    expect(pngSize(new Uint8Array(readFileSync(out("scaled.png"))))).toEqual({ width: 1200, height });
  });

  it("writes a PDF with the title in its properties", async () => {
    const { code } = await cli("graph", ...small, "--to", "pdf", "-o", out("small.pdf"), "--title", "Small network");
    expect(code).toBe(0);
    const pdf = readFileSync(out("small.pdf"), "latin1");
    expect(pdf.startsWith("%PDF-")).toBe(true);
    expect(pdf).toContain("/Title (Small network)");
    expect(pdf).toContain("Coauthor Explorer figure");
  });

  it("needs -o, and a size it can draw", async () => {
    const { code, stderr } = await cli("graph", ...small, "--to", "png");
    expect(code).toBe(2);
    expect(stderr).toContain("graph --to png draws a figure: name its file with -o");
    const big = await cli("graph", ...small, "--to", "png", "-o", out("big.png"), "--width", "9000");
    expect(big.code).toBe(2);
    expect(big.stderr).toContain('--width takes a whole number of pixels from 100 to 8192, not "9000"');
  });
});
