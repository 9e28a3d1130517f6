import { describe, expect, it } from "vitest";
import { pdfFontShows, textsPdfCannotShow } from "../../../../src/export/figure/pdfFont";
import type { FigureScene, Shape } from "../../../../src/export/figure/types";
import { unshownInPdf } from "../../../../src/ui/exportDialog";

const FONT = { family: "sans-serif", size: 12, weight: "400" } as unknown as Extract<Shape, { kind: "text" }>["font"];
const label = (text: string): Shape => ({ kind: "text", x: 0, y: 0, text, font: FONT, anchor: "start", fill: "#000", halo: null });

function sceneOf(...layers: string[][]): FigureScene {
  return {
    width: 100,
    height: 100,
    background: null,
    title: null,
    caption: null,
    map: { x: 0, y: 0, width: 100, height: 100 },
    layers: layers.map((texts, i) => ({ id: `layer-${i}`, shapes: [{ kind: "circle", x: 1, y: 1, r: 1, fill: "#000" }, ...texts.map(label)] })),
  };
}

describe("what a PDF's built-in font can show", () => {
  it("shows Latin letters with accents and Windows-1252's own signs, not Hangul, Cyrillic or Greek", () => {
    expect(["Jeonghye Kim", "José Müller-Øster", "Œuvre — “5 €”", "Zoë Ñúñez"].map(pdfFontShows)).toEqual([true, true, true, true]);
    expect(["김정혜", "Иванов", "Αλέξης", "Kim 김", "Łukasz"].map(pdfFontShows)).toEqual([false, false, false, false, false]);
  });

  it("lists each text of every layer it cannot show once, in drawing order", () => {
    const scene = sceneOf(["Ann Lee", "김정혜"], ["Иванов", "김정혜", "Bo Chen"]);
    expect(textsPdfCannotShow(scene)).toEqual(["김정혜", "Иванов"]);
    expect(textsPdfCannotShow(sceneOf(["Ann Lee"]))).toEqual([]);
  });

  it("names two of them, and counts the others", () => {
    expect(unshownInPdf(["김정혜"])).toBe("The PDF's font lacks letters of “김정혜”, which it would draw wrong: SVG and PNG show them.");
    expect(unshownInPdf(["김정혜", "Иванов"])).toBe("The PDF's font lacks letters of “김정혜” and “Иванов”, which it would draw wrong: SVG and PNG show them.");
    expect(unshownInPdf(["김정혜", "Иванов", "Αλέξης", "李明"])).toBe("The PDF's font lacks letters of “김정혜”, “Иванов” and 2 others, which it would draw wrong: SVG and PNG show them.");
  });
});
