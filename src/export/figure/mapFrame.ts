import { fittedFrame, FRAME_MARGIN, type GraphBox } from "../../render/fittedFrame";
import { MIN_LABELLED_SIZE, type Viewport } from "../../render/labelPlacement";
import type { FigureCamera, FigureFont, FigureNetwork, MeasureText } from "./types";

/** A graph point in pixels of a map of this size showing `box`: the box fitted in, centred, the graph's y turned down. */
export function graphToMap(box: GraphBox, map: Viewport): (x: number, y: number) => { x: number; y: number } {
  const scale = Math.min(map.width / Math.max(box.x[1] - box.x[0], 1e-12), map.height / Math.max(box.y[1] - box.y[0], 1e-12));
  const [cx, cy] = [(box.x[0] + box.x[1]) / 2, (box.y[0] + box.y[1]) / 2];
  return (x, y) => ({ x: map.width / 2 + (x - cx) * scale, y: map.height / 2 - (y - cy) * scale });
}

/**
 * The whole network fitted to a map of this size, as the screen fits it at rest (fittedFrame:
 * every disc and the outer names inside, FRAME_MARGIN from the edges), over the visible authors
 * only: a filtered figure has no empty room where the hidden ones would be.
 */
export function wholeNetworkCamera(network: FigureNetwork, map: Viewport, font: FigureFont, measure: MeasureText): FigureCamera {
  const authors: { x: number; y: number; radius: number; labelWidth: number }[] = [];
  for (const [key, visual] of network.visuals.nodes) {
    const a = network.graph.getNodeAttributes(key);
    const labelled = a.label && visual.size >= MIN_LABELLED_SIZE;
    authors.push({ x: a.x ?? 0, y: a.y ?? 0, radius: visual.size, labelWidth: labelled ? measure(a.label, font) : 0 });
  }
  const margin = { top: FRAME_MARGIN, right: FRAME_MARGIN, bottom: FRAME_MARGIN, left: FRAME_MARGIN };
  return { box: fittedFrame(authors, map, margin, font.size), pixelsPerSize: 1, zoom: 1 };
}
