import { describe, expect, it } from "vitest";
import { figureScene, WHITE } from "../../../../src/export/figure/scene";
import type { FigureCamera, FigureDecorations, FigureNetwork, Shape } from "../../../../src/export/figure/types";
import { DIMMED_EDGE_COLOR, DIMMED_NODE_COLOR, HIGHLIGHT_EDGE_COLOR } from "../../../../src/visual/palette";
import type { Visuals } from "../../../../src/visual/types";
import { tinyNetwork } from "./tinyNetwork";

/** Every text is seven pixels a character: widths worked out by hand. */
const measure = (text: string) => text.length * 7;
const BARE: FigureDecorations = { title: "", colorLegend: false, sizeLegend: false, caption: "", background: "white" };
// The box is 30 × 20 graph units, the map 300 × 200 pixels: 10 pixels a unit, the box's middle (5, 5) at (150, 100).
const CAMERA: FigureCamera = { box: { x: [-10, 20], y: [-5, 15] }, pixelsPerSize: 1, zoom: 1 };
const MAP = { width: 300, height: 200 };

const layer = (scene: ReturnType<typeof figureScene>, id: string) => scene.layers.find((l) => l.id === id)?.shapes ?? [];
const texts = (shapes: Shape[]) => shapes.flatMap((s) => (s.kind === "text" ? [s.text] : []));

describe("a figure's scene", () => {
  it("places discs, links and names for its own map and camera", () => {
    const scene = figureScene({ network: tinyNetwork(), camera: CAMERA, map: MAP, decorations: BARE, measure });
    expect([scene.width, scene.height, scene.background]).toEqual([300, 200, WHITE]);
    // Ann at (0, 0): 150 + (0 − 5) · 10 = 100 across, 100 − (0 − 5) · 10 = 150 down; Bo at (10, 0), Cy at (0, 10).
    expect(layer(scene, "authors")).toEqual([
      { kind: "circle", x: 100, y: 150, r: 10, fill: "#111111" },
      { kind: "circle", x: 200, y: 150, r: 5, fill: "#333333" },
      { kind: "circle", x: 100, y: 50, r: 4, fill: "#111111" },
    ]);
    // Ann–Bo is 2 pixels wide; Ann–Cy, of size 1, as wide as sigma draws the thinnest: 1.7.
    expect(layer(scene, "links")).toEqual([
      { kind: "line", x1: 100, y1: 150, x2: 200, y2: 150, stroke: "#222222", width: 2 },
      { kind: "line", x1: 100, y1: 150, x2: 100, y2: 50, stroke: "#444444", width: 1.7 },
    ]);
    // Each name right of its disc, 3 pixels from it, its baseline a third of 13 pixels below the centre.
    const labels = layer(scene, "labels");
    expect(labels.map((s) => s.kind === "text" && [s.text, s.x, Math.round(s.y * 1000) / 1000, s.anchor])).toEqual([
      ["Ann Lee", 113, 154.333, "start"],
      ["Bo Chen", 208, 154.333, "start"],
      ["Cy Diaz", 107, 54.333, "start"],
    ]);
    expect(labels[0]).toMatchObject({ halo: { color: WHITE, width: 3 } });
    expect(layer(scene, "authors").length + layer(scene, "focus-authors").length).toBe(3);
  });

  it("names on the left a disc whose name would run off the map, and leaves off what lies outside", () => {
    // Bo is now at (17, 0), 270 pixels across: "Bo Chen" right of him would end at 270 + 5 + 2 + 49 + 2 = 328 > 300.
    const network = tinyNetwork({ "bo chen": [17, 0] });
    const scene = figureScene({ network, camera: CAMERA, map: MAP, decorations: BARE, measure });
    const bo = layer(scene, "labels").find((s) => s.kind === "text" && s.text === "Bo Chen");
    expect(bo).toMatchObject({ x: 270 - 5 - 3, anchor: "end" });
    const outside = figureScene({ network: tinyNetwork({ "bo chen": [40, 0] }), camera: CAMERA, map: MAP, decorations: BARE, measure });
    expect(layer(outside, "authors")).toHaveLength(2);
    expect(texts(layer(outside, "labels"))).toEqual(["Ann Lee", "Cy Diaz"]);
  });

  it("draws what is in focus over the faded rest, as the screen does", () => {
    const network: FigureNetwork = { ...tinyNetwork(), focus: { authors: new Set(["ann lee", "cy diaz"]), links: new Set(["ann lee|cy diaz"]), labelled: new Set(["cy diaz"]) } };
    const scene = figureScene({ network, camera: CAMERA, map: MAP, decorations: BARE, measure });
    expect(scene.layers.map((l) => l.id)).toEqual(["links", "authors", "focus-links", "focus-authors", "labels"]);
    expect(layer(scene, "authors")).toEqual([{ kind: "circle", x: 200, y: 150, r: 5, fill: DIMMED_NODE_COLOR }]);
    expect(layer(scene, "links")).toMatchObject([{ stroke: DIMMED_EDGE_COLOR }]);
    expect(layer(scene, "focus-links")).toMatchObject([{ x2: 100, y2: 50, stroke: HIGHLIGHT_EDGE_COLOR }]);
    // Ann (in focus) under Cy (in focus and always named): the reducers' zIndex 1 and 2.
    expect(layer(scene, "focus-authors").map((s) => s.kind === "circle" && s.y)).toEqual([150, 50]);
    // Bo is faded: never named.
    expect(texts(layer(scene, "labels")).sort()).toEqual(["Ann Lee", "Cy Diaz"]);
  });

  it("puts the title above the map, the legends and the caption below it", () => {
    const decorations: FigureDecorations = { title: "Three people", colorLegend: true, sizeLegend: true, caption: "Made today.", background: "transparent" };
    const scene = figureScene({ network: tinyNetwork(), camera: CAMERA, map: MAP, decorations, measure });
    expect(scene.background).toBeNull();
    // The title's line: 16 of padding and 20 × 1.3 = 26 pixels; the map below it.
    expect(scene.map).toEqual({ x: 0, y: 42, width: 300, height: 200 });
    expect(layer(scene, "title")).toMatchObject([{ kind: "text", text: "Three people", x: 16, y: 36 }]);
    expect(layer(scene, "authors")[0]).toMatchObject({ x: 100, y: 192 });
    const legend = layer(scene, "legend");
    // Research groups, biggest first, each a disc of its colour beside its name; the size legend's two samples.
    expect(texts(legend)).toEqual(["Colour: research groups", "Ann Lee's group · 2", "Bo Chen's group · 1", "Size: number of papers", "1", "2"]);
    // The first swatch: 16 in, 5 across its radius; 16 under the map, 12 · 1.8 for the heading, half of a 19.2-pixel row.
    expect(legend[1]).toMatchObject({ kind: "circle", x: 21, r: 5, fill: "#111111" });
    expect((legend[1] as { y: number }).y).toBeCloseTo(242 + 16 + 21.6 + 9.6, 9);
    // An entry is 10 + 6 + 7 · 19 = 149 wide: the second one, 14 further, would end past 300 − 2 · 16 = 268, and starts a row.
    expect(legend[3]).toMatchObject({ kind: "circle", x: 21, fill: "#333333" });
    // The size legend, as wide as its heading (7 · 22 = 154), does not fit beside the groups' 149 either: it goes under them.
    const sizeHeading = legend.find((s) => s.kind === "text" && s.text.startsWith("Size"))!;
    expect(sizeHeading).toMatchObject({ x: 16 });
    expect(texts(layer(scene, "caption"))).toEqual(["Made today."]);
  });

  it("shows a measure's colours as a ramp between its true smallest and largest values", () => {
    const network = tinyNetwork();
    const visuals: Visuals = {
      ...network.visuals,
      legend: {
        ...network.visuals.legend,
        color: { role: "color", title: "Colour: year of the first paper", stops: [{ value: 2019, label: "2019", color: "#000000" }, { value: 2023, label: "2023", color: "#ffffff" }], noValue: null },
      },
    };
    const scene = figureScene({ network: { ...network, visuals }, camera: CAMERA, map: MAP, decorations: { ...BARE, colorLegend: true }, measure });
    const legend = layer(scene, "legend");
    const strips = legend.filter((s) => s.kind === "rect");
    expect(strips).toHaveLength(40);
    expect(strips[0]).toMatchObject({ fill: "#000000", x: 16 });
    expect(strips[39]).toMatchObject({ fill: "#ffffff" });
    expect(texts(legend)).toEqual(["Colour: year of the first paper", "2019", "2023"]);
  });
});
