import type { FigureScene } from "./types";

/** The letters above U+00FF that Windows-1252 (the encoding of PDF's standard Helvetica) has. */
const WINDOWS_1252_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

/** Whether PDF's built-in Helvetica can show every letter of a text. */
export const pdfFontShows = (text: string): boolean => [...text].every((c) => c.codePointAt(0)! <= 0xff || WINDOWS_1252_EXTRA.has(c));

/**
 * The texts of a figure a PDF would draw wrong: names in Hangul, Chinese, Cyrillic or Greek
 * letters, which the PDF's built-in font lacks (embedding fonts for them would add megabytes).
 * Said before the PDF is written, so that the user picks SVG or PNG for them, which have them.
 */
export function textsPdfCannotShow(scene: FigureScene): string[] {
  const texts = new Set<string>();
  for (const layer of scene.layers) for (const shape of layer.shapes) if (shape.kind === "text" && !pdfFontShows(shape.text)) texts.add(shape.text);
  return [...texts];
}
