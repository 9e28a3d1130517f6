import { Resvg } from "@resvg/resvg-js";
import { basename } from "node:path";
import { version } from "../../package.json";
import { drawnNetwork } from "../export/drawnNetwork";
import { figureCaption } from "../export/figure/caption";
import { MAX_PNG_SIDE, pixelSize } from "../export/figure/choice";
import { wholeNetworkCamera } from "../export/figure/mapFrame";
import { sceneToPdf } from "../export/figure/pdf";
import { withPngText } from "../export/figure/pngText";
import { figureRecipe, RECIPE_KEYWORD, recipeFileName, type FigureRecipe } from "../export/figure/recipe";
import { AUTHOR_FONT, figureScene } from "../export/figure/scene";
import { sceneToSvg } from "../export/figure/svg";
import { estimatedTextWidth } from "../export/figure/textWidth";
import type { CoauthorGraph } from "../graph/types";
import { sourceDigest } from "../load/sourceDigest";
import { todayIso } from "../parse/dates";
import { DEFAULT_VIEW_SETTINGS } from "../view/types";
import type { FigureArgs } from "./args";
import { OutputError } from "./output";
import type { FigureOutput } from "./options";
import type { InputRead } from "./readInput";
import { fileErrorReason, openAtomically } from "./writeAtomically";

/** The CLI's figure: a map of 1,200 × 800 pixels, the whole network fitted, as a 1,280-pixel-wide screen would show it. */
export const CLI_MAP = { width: 1200, height: 800 };
/** A PNG's pixels per pixel of the layout without --scale or --width: sharp in print and on slides. */
export const DEFAULT_PNG_SCALE = 2;

/** What `coauthor graph --to svg|png|pdf` writes: the figure's bytes (SVG as text) and its recipe. */
export async function figureFile(to: FigureOutput, graph: CoauthorGraph, read: InputRead, options: FigureArgs, referenceDate: string, maxAuthors: number) {
  const visuals = drawnNetwork(graph, read.papers);
  const network = { graph, visuals, focus: null };
  const camera = wholeNetworkCamera(network, CLI_MAP, AUTHOR_FONT, estimatedTextWidth);
  const caption = figureCaption({
    authors: visuals.nodes.size, links: visuals.edges.size, papers: read.papers.length, sources: read.sources.map((s) => basename(s.name)),
    settings: DEFAULT_VIEW_SETTINGS, sizeBy: "papers", colorBy: "community", scopeName: null, version, date: todayIso(),
  });
  const decorations = { title: options.title, colorLegend: true, sizeLegend: true, caption, background: options.transparent ? "transparent" : "white" } as const;
  const scene = figureScene({ network, camera, map: CLI_MAP, decorations, measure: estimatedTextWidth });
  const scale = options.width !== undefined ? options.width / scene.width : (options.scale ?? DEFAULT_PNG_SCALE);
  const pixels = pixelSize(scene, scale);
  if (Math.max(pixels.width, pixels.height) > MAX_PNG_SIDE) throw new OutputError(`the figure would be ${pixels.width} × ${pixels.height} pixels: at most ${MAX_PNG_SIDE} on its longer side`);
  const recipe: FigureRecipe = figureRecipe({
    version, date: new Date(), inputs: await Promise.all(read.sources.map(async (s) => ({ name: basename(s.name), sha256: await sourceDigest(s) }))),
    referenceDate, maxAuthors, settings: DEFAULT_VIEW_SETTINGS, sizeBy: "papers", colorBy: "community", selected: { kind: "none" }, decisions: read.decisions,
    figure: { format: to, frame: "whole", box: camera.box, width: scene.width, height: scene.height, ...(to === "png" && { pixels }), ...decorations },
  });
  const svg = sceneToSvg(scene, { recipe });
  let bytes: Uint8Array | string;
  if (to === "svg") bytes = svg;
  else if (to === "pdf") bytes = await sceneToPdf(scene, { recipe, version });
  else {
    // resvg draws the SVG itself, with the system's sans-serif for the labels: no browser.
    const png = new Resvg(svg, { fitTo: { mode: "width", value: pixels.width }, font: { loadSystemFonts: true, defaultFontFamily: "sans-serif" } }).render().asPng();
    bytes = withPngText(new Uint8Array(png), RECIPE_KEYWORD, JSON.stringify(recipe));
  }
  return { bytes, recipe, pixels };
}

/** Writes the figure to `path`, whole or not at all, and its recipe beside it when asked for. */
export async function writeFigure(to: FigureOutput, path: string, graph: CoauthorGraph, read: InputRead, options: FigureArgs, referenceDate: string, maxAuthors: number) {
  const { bytes, recipe } = await figureFile(to, graph, read, options, referenceDate, maxAuthors);
  await writeWhole(path, bytes);
  if (options.recipe) await writeWhole(recipeFileName(path), `${JSON.stringify(recipe, null, 2)}\n`);
}

async function writeWhole(path: string, bytes: Uint8Array | string): Promise<void> {
  try {
    const file = await openAtomically(path);
    try {
      await file.write(bytes);
    } catch (error) {
      await file.abandon();
      throw error;
    }
    await file.commit();
  } catch (error) {
    throw new OutputError(`cannot write ${path}: ${fileErrorReason(error as NodeJS.ErrnoException, true)}`);
  }
}
