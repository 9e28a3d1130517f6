import type { CoauthorGraph } from "../../graph/types";
import type { GraphBox } from "../../render/fittedFrame";
import type { Focus } from "../../view/focus";
import type { Visuals } from "../../visual/types";

/** A font as the figure writes it: the same three settings the map's labels have. */
export interface FigureFont {
  size: number;
  weight: string;
  family: string;
}

/** A text's width in pixels, in a font: the page's canvas measures it, the CLI estimates it (textWidth.ts). */
export type MeasureText = (text: string, font: FigureFont) => number;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What a figure is drawn of, in pixels of its own layout (scaled as a whole when rasterised), y down. */
export type Shape =
  | { kind: "circle"; x: number; y: number; r: number; fill: string }
  | { kind: "line"; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number }
  | { kind: "rect"; x: number; y: number; width: number; height: number; fill: string }
  | {
      kind: "text";
      x: number;
      /** The baseline. */
      y: number;
      text: string;
      font: FigureFont;
      anchor: "start" | "middle" | "end";
      fill: string;
      /** A stroke of the background drawn under the text, so that links crossing it do not strike it through. */
      halo: { color: string; width: number } | null;
    };

/** One layer of the drawing, bottom to top, named as the SVG's groups are; `clip` keeps the map's shapes inside the map. */
export interface SceneLayer {
  id: string;
  shapes: Shape[];
  clip?: Rect;
}

/** A figure as drawn: the one thing the SVG, PNG and PDF writers read, so that they cannot drift apart. */
export interface FigureScene {
  width: number;
  height: number;
  /** Null: transparent. */
  background: string | null;
  title: string | null;
  caption: string | null;
  /** Where the map is in the figure. */
  map: Rect;
  layers: SceneLayer[];
}

/** What a figure is of: the network, its look (visible authors and links have visuals), and what is in focus (the rest fades). */
export interface FigureNetwork {
  graph: CoauthorGraph;
  visuals: Visuals;
  focus: Focus | null;
}

/** The part of the graph the map shows, and how big discs are drawn in it. */
export interface FigureCamera {
  /** The graph's rectangle shown: x left to right, y bottom to top (the graph's y points up). */
  box: GraphBox;
  /** Pixels of a disc's radius per unit of an author's size: 1 in the fitted view; sigma's scaleSize(1) zoomed. */
  pixelsPerSize: number;
  /** sigma's camera ratio: below 1, zoomed in (names may then run off the edge, as on screen). */
  zoom: number;
}

/** What the figure adds around the map. */
export interface FigureDecorations {
  title: string;
  colorLegend: boolean;
  sizeLegend: boolean;
  caption: string;
  background: "white" | "transparent";
}
