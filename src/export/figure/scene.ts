import { LABEL_FONT, LABEL_SETTINGS } from "../../render/labelFont";
import { BACKGROUND_COLOR, LABEL_COLOR } from "../../visual/palette";
import { colorLegend, sizeLegend, type LegendBlock } from "./legend";
import { mapLayers } from "./mapScene";
import type { FigureCamera, FigureDecorations, FigureFont, FigureNetwork, FigureScene, MeasureText, SceneLayer, Shape } from "./types";

/** The map's label fonts (render/renderer.ts's LABEL_SETTINGS, and a group's at weight 600). */
export const AUTHOR_FONT: FigureFont = { size: LABEL_SETTINGS.labelSize, weight: LABEL_SETTINGS.labelWeight, family: LABEL_FONT };
export const GROUP_FONT: FigureFont = { ...AUTHOR_FONT, weight: "600" };
const TITLE_FONT: FigureFont = { size: 20, weight: "600", family: LABEL_FONT };
const HEADING_FONT: FigureFont = { size: 12, weight: "600", family: LABEL_FONT };
const ENTRY_FONT: FigureFont = { size: 12, weight: "400", family: LABEL_FONT };
const CAPTION_FONT: FigureFont = { size: 11, weight: "400", family: LABEL_FONT };
/** Room around the title, legends and caption. */
export const FIGURE_PADDING = 16;
const CAPTION_COLOR = "#4a5068";
/** The "white" background: white, not the screen's #fbfbfd, for a page of a paper. */
export const WHITE = "#ffffff";

export interface FigureRequest {
  network: FigureNetwork;
  camera: FigureCamera;
  /** The map's size in pixels of the figure's layout: the screen map's for the view on screen. */
  map: { width: number; height: number };
  decorations: FigureDecorations;
  measure: MeasureText;
}

/**
 * A figure: the title above the map, the map as the screen draws it (mapLayers) for this size
 * and camera, then the legends of what colour and size show, then the caption, each only when
 * asked for. Everything in pixels of the figure's layout; a PNG scales it as a whole.
 */
export function figureScene(request: FigureRequest): FigureScene {
  const { network, camera, map, decorations, measure } = request;
  const background = decorations.background === "white" ? WHITE : null;
  const halo = background ?? BACKGROUND_COLOR;
  const width = map.width;
  const inner = Math.max(1, width - 2 * FIGURE_PADDING);
  const layers: SceneLayer[] = [];
  let y = 0;
  const title = decorations.title.trim();
  if (title) {
    const lines = wrapText(title, inner, TITLE_FONT, measure);
    const lineHeight = TITLE_FONT.size * 1.3;
    layers.push({ id: "title", shapes: lines.map((line, i) => textShape(FIGURE_PADDING, FIGURE_PADDING + TITLE_FONT.size + i * lineHeight, line, TITLE_FONT, LABEL_COLOR)) });
    y = FIGURE_PADDING + lines.length * lineHeight;
  }
  const mapTop = y;
  for (const layer of mapLayers(network, camera, map, { author: AUTHOR_FONT, group: GROUP_FONT }, measure, halo)) {
    layers.push({ ...layer, shapes: layer.shapes.map((s) => moved(s, 0, mapTop)), clip: layer.clip && { ...layer.clip, y: layer.clip.y + mapTop } });
  }
  y = mapTop + map.height;

  const fonts = { heading: HEADING_FONT, entry: ENTRY_FONT };
  const blocks = [
    decorations.colorLegend ? colorLegend(network.visuals, inner, fonts, measure) : null,
    decorations.sizeLegend ? sizeLegend(network.visuals, camera.pixelsPerSize, fonts, measure) : null,
  ].filter((b): b is LegendBlock => b !== null);
  if (blocks.length > 0) {
    // Side by side where they fit, else one under the other.
    const legend: Shape[] = [];
    let [x, rowTop, rowHeight] = [0, y + FIGURE_PADDING, 0];
    for (const block of blocks) {
      if (x > 0 && x + block.width > inner) [x, rowTop, rowHeight] = [0, rowTop + rowHeight + FIGURE_PADDING, 0];
      legend.push(...block.shapes.map((s) => moved(s, FIGURE_PADDING + x, rowTop)));
      x += block.width + 2 * FIGURE_PADDING;
      rowHeight = Math.max(rowHeight, block.height);
    }
    layers.push({ id: "legend", shapes: legend });
    y = rowTop + rowHeight;
  }
  const caption = decorations.caption.trim();
  if (caption) {
    const lineHeight = CAPTION_FONT.size * 1.45;
    const lines = wrapText(caption, inner, CAPTION_FONT, measure);
    layers.push({ id: "caption", shapes: lines.map((line, i) => textShape(FIGURE_PADDING, y + FIGURE_PADDING + CAPTION_FONT.size + i * lineHeight, line, CAPTION_FONT, CAPTION_COLOR)) });
    y += FIGURE_PADDING + lines.length * lineHeight;
  }
  if (y > mapTop + map.height) y += FIGURE_PADDING;
  return {
    width,
    height: Math.ceil(y),
    background,
    title: title || null,
    caption: caption || null,
    map: { x: 0, y: mapTop, width: map.width, height: map.height },
    layers,
  };
}

const textShape = (x: number, y: number, text: string, font: FigureFont, fill: string): Shape => ({ kind: "text", x, y, text, font, anchor: "start", fill, halo: null });

function moved(shape: Shape, dx: number, dy: number): Shape {
  if (dx === 0 && dy === 0) return shape;
  if (shape.kind === "line") return { ...shape, x1: shape.x1 + dx, y1: shape.y1 + dy, x2: shape.x2 + dx, y2: shape.y2 + dy };
  return { ...shape, x: shape.x + dx, y: shape.y + dy };
}

/** Words in lines no wider than `width` (a word longer than that gets a line of its own). */
export function wrapText(text: string, width: number, font: FigureFont, measure: MeasureText): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (line && measure(next, font) > width) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line) lines.push(line);
  }
  return lines;
}
