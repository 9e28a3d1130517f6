import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { figureRecipe, recipeFileName } from "../../../../src/export/figure/recipe";
import { figureScene } from "../../../../src/export/figure/scene";
import { RECIPE_NAMESPACE, sceneToSvg } from "../../../../src/export/figure/svg";
import { crc32, pngSize, pngTexts, withPngText } from "../../../../src/export/figure/pngText";
import { DEFAULT_VIEW_SETTINGS } from "../../../../src/view/types";
import { tinyNetwork } from "./tinyNetwork";

const measure = (text: string) => text.length * 7;
const camera = { box: { x: [-10, 20] as [number, number], y: [-5, 15] as [number, number] }, pixelsPerSize: 1, zoom: 1 };
const sceneOf = (title = "", network = tinyNetwork()) =>
  figureScene({ network, camera, map: { width: 300, height: 200 }, decorations: { title, colorLegend: true, sizeLegend: true, caption: "From a.bib.", background: "white" }, measure });

const parse = (svg: string) => new DOMParser().parseFromString(svg, "image/svg+xml");
const group = (doc: Document, id: string) => Array.from(doc.getElementsByTagName("g")).find((g) => g.getAttribute("id") === id)!;

describe("a figure as SVG", () => {
  it("is a drawing of circles, lines and texts, one group per layer, sized by the scale", () => {
    const doc = parse(sceneToSvg(sceneOf(), { scale: 2 }));
    const svg = doc.documentElement;
    expect(svg.getAttribute("viewBox")).toBe(`0 0 300 ${sceneOf().height}`);
    expect(svg.getAttribute("width")).toBe("600");
    expect(group(doc, "authors").getElementsByTagName("circle")).toHaveLength(3);
    const ann = group(doc, "authors").getElementsByTagName("circle")[0]!;
    expect(["cx", "cy", "r", "fill"].map((a) => ann.getAttribute(a))).toEqual(["100", "150", "10", "#111111"]);
    expect(group(doc, "links").getElementsByTagName("line")).toHaveLength(2);
    const labels = Array.from(group(doc, "labels").getElementsByTagName("text"), (t) => t.textContent);
    expect(labels).toEqual(["Ann Lee", "Bo Chen", "Cy Diaz"]);
    // Each halo is a text of its own under the labels, stroked in the background's colour.
    const halos = group(doc, "labels-halos").getElementsByTagName("text");
    expect([halos.length, halos[0]!.getAttribute("stroke"), halos[0]!.hasAttribute("fill")]).toEqual([3, "#ffffff", false]);
    expect(group(doc, "labels").getAttribute("clip-path")).toBe("url(#map-clip)");
    expect(Array.from(group(doc, "legend").getElementsByTagName("circle"), (c) => c.getAttribute("fill"))).toEqual(["#111111", "#333333", "#8a8fa3", "#8a8fa3"]);
    expect(doc.getElementsByTagName("desc")[0]!.textContent).toBe("From a.bib.");
  });

  it("writes untrusted names and titles as text", () => {
    const network = tinyNetwork();
    network.graph.setNodeAttribute("ann lee", "label", 'A <i>"&"</i>');
    const svg = sceneToSvg(sceneOf("</title><b>Bold</b>", network), { recipe: { note: "</metadata>" } });
    expect(svg).not.toContain("<i>");
    expect(svg).not.toContain("<b>");
    const doc = parse(svg);
    expect(doc.getElementsByTagName("title")[0]!.textContent).toBe("</title><b>Bold</b>");
    expect(Array.from(group(doc, "labels").getElementsByTagName("text"), (t) => t.textContent)).toContain('A <i>"&"</i>');
    const recipe = doc.getElementsByTagNameNS(RECIPE_NAMESPACE, "recipe")[0]!;
    expect(JSON.parse(recipe.textContent!)).toEqual({ note: "</metadata>" });
  });
});

describe("a figure's recipe", () => {
  it("names the inputs, the view as the address writes it, the decisions and the version", () => {
    const recipe = figureRecipe({
      version: "0.1.0",
      date: new Date("2026-12-06T10:00:00Z"),
      inputs: [{ name: "a.bib", sha256: "ab".repeat(32) }],
      referenceDate: "2026-11-25",
      maxAuthors: 100,
      settings: { ...DEFAULT_VIEW_SETTINGS, years: [2020, 2022], minPapers: 2, scope: { kind: "ego", center: "ann lee", depth: 1 } },
      sizeBy: "coauthors",
      colorBy: "community",
      selected: { kind: "author", key: "bo chen" },
      decisions: [{ kind: "merge", people: ["ann lee", "a lee"] } as never],
      figure: { format: "svg", frame: "whole", box: camera.box, width: 300, height: 400, background: "white", title: "", colorLegend: true, sizeLegend: true, caption: "" },
    });
    expect(recipe).toMatchObject({
      made: "Coauthor Explorer figure",
      version: "0.1.0",
      date: "2026-12-06T10:00:00.000Z",
      inputs: [{ name: "a.bib", sha256: "ab".repeat(32) }],
      view: "?years=2020-2022&min-papers=2&size=coauthors&author=bo+chen",
      scope: { kind: "ego", center: "ann lee", depth: 1 },
      identityDecisions: [{ kind: "merge", people: ["ann lee", "a lee"] }],
    });
    expect(recipeFileName("network.png")).toBe("network.png.recipe.json");
  });
});

describe("a PNG's text chunk", () => {
  // The smallest PNG: 1 × 1, one grey pixel (IHDR, IDAT, IEND).
  const PNG = Uint8Array.from(
    Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==", "base64"),
  );

  it("is added before IEND, with a right CRC, and read back in UTF-8", () => {
    expect(crc32(new TextEncoder().encode("IEND"))).toBe(0xae426082);
    const out = withPngText(PNG, "coauthor-explorer-recipe", '{"name":"Jeonghye Kim · 김정혜"}');
    expect(out.subarray(0, PNG.length - 12)).toEqual(PNG.subarray(0, PNG.length - 12));
    expect(pngTexts(out).get("coauthor-explorer-recipe")).toBe('{"name":"Jeonghye Kim · 김정혜"}');
    expect(pngSize(out)).toEqual({ width: 1, height: 1 });
    const chunk = out.subarray(PNG.length - 12);
    const length = new DataView(chunk.buffer, chunk.byteOffset).getUint32(0);
    expect(new DataView(chunk.buffer, chunk.byteOffset).getUint32(8 + length)).toBe(crc32(chunk.subarray(4, 8 + length)));
    expect(() => withPngText(new Uint8Array(10), "k", "v")).toThrow("not a PNG");
  });
});
