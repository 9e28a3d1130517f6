import { xmlText } from "../xml";
import type { FigureScene, Shape } from "./types";

/** The namespace of the recipe element in an SVG's <metadata>. */
export const RECIPE_NAMESPACE = "urn:coauthor-explorer:recipe";

/** Coordinates to a hundredth of a pixel: finer than any printer, and a third of the file of full doubles. */
const n = (value: number) => String(Math.round(value * 100) / 100);

/**
 * A figure as SVG 1.1: one <g> per layer of the scene, by its id (links, authors, focus-links,
 * focus-authors, labels, title, legend, caption), circles, lines, rectangles and text, so that
 * Inkscape, Illustrator and browsers open it as a drawing to edit. Every name is escaped (they
 * come from bibliographies). A label's halo is a text of its own under it, in the layer
 * "<id>-halos", rather than paint-order, which not every editor reads. `scale` sets the size a
 * viewer opens it at; the drawing is the scene's. The recipe, if any, is in <metadata> as JSON.
 */
export function sceneToSvg(scene: FigureScene, options: { scale?: number; recipe?: unknown } = {}): string {
  const scale = options.scale ?? 1;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${n(scene.width * scale)}" height="${n(scene.height * scale)}" viewBox="0 0 ${n(scene.width)} ${n(scene.height)}">\n`,
  ];
  if (scene.title) out.push(`<title>${xmlText(scene.title)}</title>\n`);
  if (scene.caption) out.push(`<desc>${xmlText(scene.caption)}</desc>\n`);
  if (options.recipe !== undefined) out.push(`<metadata><recipe xmlns="${RECIPE_NAMESPACE}">${xmlText(JSON.stringify(options.recipe))}</recipe></metadata>\n`);
  const { map } = scene;
  out.push(`<defs><clipPath id="map-clip"><rect x="${n(map.x)}" y="${n(map.y)}" width="${n(map.width)}" height="${n(map.height)}"/></clipPath></defs>\n`);
  if (scene.background) out.push(`<rect id="background" x="0" y="0" width="${n(scene.width)}" height="${n(scene.height)}" fill="${scene.background}"/>\n`);
  for (const layer of scene.layers) {
    if (layer.shapes.length === 0) continue;
    const clip = layer.clip ? ' clip-path="url(#map-clip)"' : "";
    const halos = layer.shapes.filter((s): s is Extract<Shape, { kind: "text" }> => s.kind === "text" && s.halo !== null);
    if (halos.length > 0) {
      out.push(`<g id="${layer.id}-halos"${clip} aria-hidden="true" fill="none" stroke-linejoin="round">\n`);
      for (const shape of halos) out.push(textElement(shape, true));
      out.push("</g>\n");
    }
    out.push(`<g id="${layer.id}"${clip}>\n`);
    for (const shape of layer.shapes) out.push(shapeElement(shape));
    out.push("</g>\n");
  }
  out.push("</svg>\n");
  return out.join("");
}

function shapeElement(shape: Shape): string {
  switch (shape.kind) {
    case "circle":
      return `<circle cx="${n(shape.x)}" cy="${n(shape.y)}" r="${n(shape.r)}" fill="${shape.fill}"/>\n`;
    case "line":
      return `<line x1="${n(shape.x1)}" y1="${n(shape.y1)}" x2="${n(shape.x2)}" y2="${n(shape.y2)}" stroke="${shape.stroke}" stroke-width="${n(shape.width)}"/>\n`;
    case "rect":
      return `<rect x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.width)}" height="${n(shape.height)}" fill="${shape.fill}"/>\n`;
    case "text":
      return textElement(shape, false);
  }
}

function textElement(shape: Extract<Shape, { kind: "text" }>, halo: boolean): string {
  const { font } = shape;
  const paint = halo && shape.halo ? `stroke="${shape.halo.color}" stroke-width="${n(shape.halo.width)}"` : `fill="${shape.fill}"`;
  const anchor = shape.anchor === "start" ? "" : ` text-anchor="${shape.anchor}"`;
  return `<text x="${n(shape.x)}" y="${n(shape.y)}" font-family="${xmlText(font.family)}" font-size="${n(font.size)}" font-weight="${font.weight}"${anchor} ${paint}>${xmlText(shape.text)}</text>\n`;
}
