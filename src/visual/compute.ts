import { scaleLinear } from "d3-scale";
import { describeGroups } from "../graph/communities";
import type { CoauthorGraph } from "../graph/types";
import { measureOf, type MeasureContext, type MeasureId } from "../measures/measures";
import { fadedLinkColors } from "../render/linkFade";
import { MappedMap } from "../view/maskedMap";
import type { AuthorView, GraphView } from "../view/types";
import { EDGE_COLOR, OTHER_COMMUNITY_COLOR } from "./palette";
import { colorScale, legendFor, sizeScale } from "./scales";

export { NODE_SIZE_RANGE, sizeFactor } from "./scales";
import type { GroupVisual, ItemVisual, Visuals } from "./types";

/** Link thickness in pixels, by weight. */
export const EDGE_SIZE_RANGE: readonly [number, number] = [1, 6];

/** What drives node size and colour. */
export interface Encodings {
  sizeBy: MeasureId;
  /** A measure, the research groups, or the colours a network file gives its authors. */
  colorBy: MeasureId | "community" | "file";
}

export const DEFAULT_ENCODINGS: Encodings = { sizeBy: "papers", colorBy: "community" };

/** What the visuals read beyond the view: betweenness once computed, each group's colour. */
export interface VisualInputs {
  betweenness: ReadonlyMap<string, number> | null;
  /** By community number, from `groupColors` on the whole network: colours do not change with the filters. */
  groupColors: ReadonlyMap<number, string>;
  /**
   * Each link's faded colour, from `networkLinkColors` on the whole network: links keep their
   * shade through filters and the year animation, and their thickness tells their weight in
   * view. Without it, the visible links are faded among themselves.
   */
  linkColors?: ReadonlyMap<string, string>;
}

/** Every link of the network faded by its length and its weight over all papers (fadedLinkColors). */
export function networkLinkColors(graph: CoauthorGraph): Map<string, string> {
  return fadedLinkColors(graph, new Map(graph.mapEdges((key, attributes) => [key, attributes.weight] as const)), EDGE_COLOR);
}

/**
 * Maps measures of the visible graph to what is drawn: node size and colour by the chosen
 * measures (d3 scales over the visible authors, with their legends), or colour by research
 * group; link thickness by weight, link colour fading with length and lightness. Pure: the
 * screen and the exports use the same numbers. Only visible authors and links get visuals, made
 * when read (sigma reads each once per refresh).
 */
export function computeVisuals(graph: CoauthorGraph, view: GraphView, encodings: Encodings = DEFAULT_ENCODINGS, inputs: VisualInputs = { betweenness: null, groupColors: new Map() }): Visuals {
  const context: MeasureContext = { visibleAuthors: view.authors.size, betweenness: inputs.betweenness };
  const valuesOf = (id: MeasureId) => {
    const measure = measureOf(id);
    return (key: string, author: AuthorView) => measure.value(key, author, context);
  };
  const sizeValue = valuesOf(encodings.sizeBy);
  const size = sizeScale(encodings.sizeBy, mapEntries(view.authors, sizeValue), view.authors.size);
  const groups = groupVisuals(graph, view, inputs.groupColors);

  let nodeColor: (key: string, author: AuthorView) => string;
  let colorLegend: Visuals["legend"]["color"];
  if (encodings.colorBy === "community") {
    nodeColor = (key) => inputs.groupColors.get(graph.getNodeAttribute(key, "community") ?? -1) ?? OTHER_COMMUNITY_COLOR;
    colorLegend = null;
  } else if (encodings.colorBy === "file") {
    // An author the file gives no colour is drawn as authors outside any group are.
    nodeColor = (key) => graph.getNodeAttribute(key, "fileColor") ?? OTHER_COMMUNITY_COLOR;
    colorLegend = null;
  } else {
    const colorValue = valuesOf(encodings.colorBy);
    const color = colorScale(encodings.colorBy, mapEntries(view.authors, colorValue));
    nodeColor = (key, author) => color(colorValue(key, author));
    colorLegend = legendFor(color);
  }

  let maxWeight = 0;
  for (const weight of view.links.values()) maxWeight = Math.max(maxWeight, weight);
  // Fractional weights run below 1: the thinnest link is the lightest, whatever the counting.
  const edgeSize = scaleLinear().domain([Math.min(1, maxWeight), Math.max(2, maxWeight)]).range(EDGE_SIZE_RANGE).clamp(true);
  const linkColors = inputs.linkColors ?? fadedLinkColors(graph, view.links, EDGE_COLOR);

  const nodes = new MappedMap<AuthorView, ItemVisual>(view.authors, (author, key) => ({ size: size(sizeValue(key, author)), color: nodeColor(key, author) }));
  const edges = new MappedMap<number, ItemVisual>(view.links, (weight, key) => ({ size: edgeSize(weight), color: linkColors.get(key) ?? EDGE_COLOR }));
  return { nodes, edges, groups, legend: { size: legendFor(size), color: colorLegend } };
}

/** The visible groups, largest first, named after their most central visible author, in their colours. */
function groupVisuals(graph: CoauthorGraph, view: GraphView, colors: ReadonlyMap<number, string>): GroupVisual[] {
  return describeGroups(graph, view).map((group) => ({ ...group, color: colors.get(group.id) ?? OTHER_COMMUNITY_COLOR }));
}

function* mapEntries<V, R>(map: ReadonlyMap<string, V>, f: (key: string, value: V) => R): Iterable<R> {
  for (const [key, value] of map) yield f(key, value);
}
