import { drawScene } from "./canvas";
import { pixelSize } from "./choice";
import { withPngText } from "./pngText";
import { RECIPE_KEYWORD } from "./recipe";
import type { FigureScene } from "./types";

/** A figure drawn on a canvas of its own, `scale` pixels per pixel of the scene: the page's PNG and its preview. */
export function sceneCanvas(scene: FigureScene, scale: number): HTMLCanvasElement {
  const canvas = document.createElement("canvas");
  const { width, height } = pixelSize(scene, scale);
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext("2d");
  if (!context) throw new Error(`no canvas of ${width} × ${height} pixels in this browser`);
  drawScene(context, scene, width / scene.width);
  return canvas;
}

/** A figure as a PNG, with its recipe in an iTXt chunk. */
export async function scenePng(scene: FigureScene, scale: number, recipe: unknown): Promise<Blob> {
  const canvas = sceneCanvas(scene, scale);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (!blob) throw new Error(`the browser could not make a PNG of ${canvas.width} × ${canvas.height} pixels`);
  const bytes = withPngText(new Uint8Array(await blob.arrayBuffer()), RECIPE_KEYWORD, JSON.stringify(recipe));
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "image/png" });
}
