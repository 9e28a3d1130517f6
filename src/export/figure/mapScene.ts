import { groupLabelBox, namedGroupsByCentre, type GroupLabelCandidate } from "../../render/groupLabels";
import { labelModeAt } from "../../render/labelMode";
import { isInside, LABEL_GAP, MIN_LABELLED_SIZE, type LabelCandidate, type Viewport } from "../../render/labelPlacement";
import { placeMapLabels } from "../../render/mapLabels";
import { DIMMED_EDGE_COLOR, DIMMED_NODE_COLOR, HIGHLIGHT_EDGE_COLOR, LABEL_COLOR } from "../../visual/palette";
import { graphToMap } from "./mapFrame";
import type { FigureCamera, FigureFont, FigureNetwork, MeasureText, SceneLayer, Shape } from "./types";

/** sigma draws a link at least this many pixels wide, whatever its weight and the zoom (its edge programs' minThickness). */
export const MIN_LINK_WIDTH = 1.7;

/** An author as the map draws her: where, how big, in which colour, and what of her is in focus. */
interface DrawnAuthor {
  key: string;
  x: number;
  y: number;
  r: number;
  color: string;
  /** 0: drawn with everyone (or faded); 1: in focus; 2: in focus and always named (the reducers' zIndex). */
  layer: number;
  /** "": faded, never named. */
  label: string;
}

/**
 * The map of a figure, as the screen draws it (render/emphasis.ts's reducers, focusLayer.ts,
 * labels.ts), for a map of its own size and camera: links, then authors, then the links and
 * authors in focus over the faded rest, then the names, placed here by placeMapLabels for this
 * map (never the screen's last placement, which is for the screen's size). Items wholly off
 * the map are left out; the others are clipped to it.
 */
export function mapLayers(network: FigureNetwork, camera: FigureCamera, map: Viewport, fonts: { author: FigureFont; group: FigureFont }, measure: MeasureText, halo: string): SceneLayer[] {
  const { graph, visuals, focus } = network;
  const toMap = graphToMap(camera.box, map);
  const authors = new Map<string, DrawnAuthor>();
  for (const [key, visual] of visuals.nodes) {
    const a = graph.getNodeAttributes(key);
    const at = toMap(a.x ?? 0, a.y ?? 0);
    const drawn: DrawnAuthor = { key, ...at, r: visual.size * camera.pixelsPerSize, color: visual.color, layer: 0, label: a.label ?? "" };
    if (focus?.labelled.has(key)) drawn.layer = 2;
    else if (focus?.authors.has(key)) drawn.layer = 1;
    else if (focus) [drawn.color, drawn.label] = [DIMMED_NODE_COLOR, ""];
    authors.set(key, drawn);
  }
  const onMap = (x: number, y: number, reach: number) => x + reach > 0 && x - reach < map.width && y + reach > 0 && y - reach < map.height;

  const links: Shape[] = [];
  const focusLinks: Shape[] = [];
  for (const [key, visual] of visuals.edges) {
    const [s, t] = graph.extremities(key).map((end) => authors.get(end));
    if (!s || !t) continue;
    const [left, right, top, bottom] = [Math.min(s.x, t.x), Math.max(s.x, t.x), Math.min(s.y, t.y), Math.max(s.y, t.y)];
    if (right < 0 || left > map.width || bottom < 0 || top > map.height) continue;
    const inFocus = focus?.links.has(key) === true;
    const stroke = !focus ? visual.color : inFocus ? HIGHLIGHT_EDGE_COLOR : DIMMED_EDGE_COLOR;
    const line: Shape = { kind: "line", x1: s.x, y1: s.y, x2: t.x, y2: t.y, stroke, width: Math.max(visual.size * camera.pixelsPerSize, MIN_LINK_WIDTH) };
    (inFocus ? focusLinks : links).push(line);
  }
  const disc = (a: DrawnAuthor): Shape => ({ kind: "circle", x: a.x, y: a.y, r: a.r, fill: a.color });
  const drawnAuthors = [...authors.values()].filter((a) => onMap(a.x, a.y, a.r));
  // sigma draws a layer's items by zIndex, and in graph order within one.
  const byLayer = (layer: number) => drawnAuthors.filter((a) => a.layer === layer).map(disc);

  const clip = { x: 0, y: 0, width: map.width, height: map.height };
  return [
    { id: "links", shapes: links, clip },
    { id: "authors", shapes: byLayer(0), clip },
    { id: "focus-links", shapes: focusLinks, clip },
    { id: "focus-authors", shapes: [...byLayer(1), ...byLayer(2)], clip },
    { id: "labels", shapes: labelShapes(network, camera, map, authors, fonts, measure, halo), clip },
  ];
}

/** The names on the map: the same candidates and the same placement as labels.ts, for this map. */
function labelShapes(
  network: FigureNetwork,
  camera: FigureCamera,
  map: Viewport,
  authors: ReadonlyMap<string, DrawnAuthor>,
  fonts: { author: FigureFont; group: FigureFont },
  measure: MeasureText,
  halo: string,
): Shape[] {
  const focus: LabelCandidate[] = [];
  const rest: LabelCandidate[] = [];
  for (const a of authors.values()) {
    if (!a.label) continue;
    const candidate = { key: a.key, x: a.x, y: a.y, size: a.r, width: measure(a.label, fonts.author), forced: a.layer === 2 };
    if (a.layer > 0) focus.push(candidate);
    else if (a.r >= MIN_LABELLED_SIZE) rest.push(candidate);
  }
  const named = namedGroupsByCentre(network.visuals.groups);
  const mode = labelModeAt(camera.zoom, map, network.visuals.nodes.size, named.size);
  const groups: (GroupLabelCandidate & { text: string })[] = [];
  if (mode === "groups") {
    for (const [key, group] of named) {
      const a = authors.get(key);
      if (!a?.label) continue;
      const candidate = { key, x: a.x, y: a.y, size: group.size, width: measure(group.text, fonts.group), text: group.text };
      if (isInside(groupLabelBox(candidate, fonts.group.size), map)) groups.push(candidate);
    }
  }
  const placed = placeMapLabels({ focus, groups, rest }, map, { author: fonts.author.size, group: fonts.group.size }, camera.zoom < 1);
  const shapes: Shape[] = [];
  for (const [key, side] of placed.authors) {
    const a = authors.get(key)!;
    const x = side === "right" ? a.x + a.r + LABEL_GAP : a.x - a.r - LABEL_GAP;
    const anchor = side === "right" ? "start" : "end";
    shapes.push({ kind: "text", x, y: a.y + fonts.author.size / 3, text: a.label, font: fonts.author, anchor, fill: LABEL_COLOR, halo: { color: halo, width: 3 } });
  }
  for (const group of groups) {
    if (!placed.groups.has(group.key)) continue;
    shapes.push({ kind: "text", x: group.x, y: group.y + fonts.group.size / 3, text: group.text, font: fonts.group, anchor: "middle", fill: LABEL_COLOR, halo: { color: halo, width: 5 } });
  }
  return shapes;
}
