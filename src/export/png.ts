import { toBlob } from "@sigma/export-image";
import type Sigma from "sigma";
import type { ExportLayers } from "../render/renderer";
import { BACKGROUND_COLOR } from "../visual/palette";

/** Exported images have this many times the screen's pixels: sharp in print and on slides. */
export const PNG_SCALE = 2;

/**
 * The current view as a PNG: same camera, emphasis and labels, an opaque background, and
 * PNG_SCALE × the screen's pixels. @sigma/export-image draws the view again with a sigma of
 * its own, on which the renderer draws its own layers (the focus over the faded authors, the
 * labels placed on screen), then stacks the layers in the screen's order. It renders at
 * window.devicePixelRatio, and sigma reads it only from there, so it is raised for the time
 * of the rendering.
 */
export async function viewToPng(sigma: Sigma, own: ExportLayers): Promise<Blob> {
  return withDevicePixelRatio((window.devicePixelRatio || 1) * PNG_SCALE, () =>
    toBlob(sigma, { format: "png", backgroundColor: BACKGROUND_COLOR, layers: own.layers, withTempRenderer: (other) => own.drawOn(other) }),
  );
}

async function withDevicePixelRatio<T>(ratio: number, run: () => Promise<T>): Promise<T> {
  const own = Object.getOwnPropertyDescriptor(window, "devicePixelRatio");
  Object.defineProperty(window, "devicePixelRatio", { configurable: true, get: () => ratio });
  try {
    return await run();
  } finally {
    if (own) Object.defineProperty(window, "devicePixelRatio", own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
