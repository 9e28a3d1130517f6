import { toBlob } from "@sigma/export-image";
import type Sigma from "sigma";
import { BACKGROUND_COLOR } from "../visual/palette";

/** Exported images have this many times the screen's pixels: sharp in print and on slides. */
export const PNG_SCALE = 2;

/**
 * The current view as a PNG: same camera, emphasis and labels, an opaque background, and
 * PNG_SCALE × the screen's pixels. @sigma/export-image renders at window.devicePixelRatio,
 * and sigma reads it only from there, so it is raised for the time of the rendering.
 */
export async function viewToPng(sigma: Sigma): Promise<Blob> {
  return withDevicePixelRatio((window.devicePixelRatio || 1) * PNG_SCALE, () =>
    toBlob(sigma, { format: "png", backgroundColor: BACKGROUND_COLOR }),
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
