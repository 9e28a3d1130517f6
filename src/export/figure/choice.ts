import type { FigureDecorations, FigureScene } from "./types";

/** The longest side a PNG may have, in pixels: Chromium's canvas takes 16,384, and 8,192 prints A3 at 600 dpi. */
export const MAX_PNG_SIDE = 8192;
export const FIGURE_FORMATS = ["png", "svg", "pdf"] as const;
export type FigureFormat = (typeof FIGURE_FORMATS)[number];

/** What the Export… dialog asks of a figure. */
export interface FigureChoice {
  format: FigureFormat;
  /** The whole network fitted to the map, or the view on screen as it is (zoomed, panned). */
  frame: "whole" | "view";
  /** A PNG's size: times the layout's pixels (1 to 4), or pixels on its longer side. */
  size: { by: "scale"; scale: number } | { by: "pixels"; pixels: number };
  decorations: FigureDecorations;
  /** Also save the recipe as a JSON file beside the figure. */
  recipe: boolean;
}

/** Device pixels per pixel of the scene for a PNG: as chosen, never past MAX_PNG_SIDE on the longer side. */
export function rasterScale(scene: Pick<FigureScene, "width" | "height">, size: FigureChoice["size"]): number {
  const longest = Math.max(scene.width, scene.height, 1);
  const asked = size.by === "scale" ? size.scale : size.pixels / longest;
  return Math.min(asked, MAX_PNG_SIDE / longest);
}

/** A PNG's pixels at a scale: each side rounded, at least one pixel. */
export const pixelSize = (scene: Pick<FigureScene, "width" | "height">, scale: number) => ({
  width: Math.max(1, Math.round(scene.width * scale)),
  height: Math.max(1, Math.round(scene.height * scale)),
});

export const FIGURE_FILE_NAMES: Record<FigureFormat, string> = { png: "coauthor-network.png", svg: "coauthor-network.svg", pdf: "coauthor-network.pdf" };
export const FIGURE_TYPES: Record<FigureFormat, string> = { png: "image/png", svg: "image/svg+xml", pdf: "application/pdf" };
