import type Sigma from "sigma";
import type { NodeLabelDrawingFunction } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import { groupLabelBox, placeGroupLabels, type GroupLabelCandidate, type NamedGroup } from "./groupLabels";
import { drawGroupLabel, drawHighlight, drawLabel, textWidths, type LabelFont } from "./labelDrawing";
import { labelModeAt, type LabelMode } from "./labelMode";
import { isInside, labelBox, MIN_LABELLED_SIZE, Occupancy, placeLabels, type LabelBox, type LabelCandidate, type LabelSide } from "./labelPlacement";

/** What the label layer needs to know of what is drawn. */
export interface LabelSource {
  /** The groups that can be named, by the author their label is centred on. */
  groups(): ReadonlyMap<string, NamedGroup>;
  /** Visible authors: with the zoom, they decide whether groups or authors are named (labelModeAt). */
  visibleAuthors(): number;
  /** True while the camera moves: labels keep their last placement and lose their halos. */
  moving(): boolean;
  /** The groups named at rest: sigma must offer their central authors' labels until the next rest, and to exports. */
  named(centres: ReadonlySet<string>): void;
}

/** The labels of the last frame at rest, in pixels of the map: what a user can read, for tests and scripts. */
export interface PlacedLabels {
  authors: { key: string; side: LabelSide; box: LabelBox }[];
  groups: { key: string; text: string; box: LabelBox }[];
}

/** A node's display data as sigma hands it to the label functions: on screen, with its key. */
type DrawnNode = Parameters<NodeLabelDrawingFunction>[1] & { key: string; groupAnchor?: boolean };

/**
 * sigma offers at most this many labels per grid cell of LABEL_CELL pixels (at camera ratio 1,
 * and 1/ratio² as many zoomed in, as the cells grow on screen): the biggest nodes of each
 * cell. More names than that never fit in a cell, so the offer holds every label that could
 * be placed while sigma's own label pass stays small on big networks.
 */
const LABELS_PER_CELL = 4;
const LABEL_CELL = 100;

/**
 * Which labels are drawn is decided once each time the camera comes to rest (or the drawing
 * changes), not on every frame: in that frame, the labels sigma offers are collected, placed
 * without overlaps (placeLabels, placeGroupLabels) once sigma has offered them all, and drawn.
 * While the camera moves, the last placement is drawn where its nodes now are, without
 * halos. Zoomed out, groups are named instead of authors (labelModeAt). The drawing functions
 * are settings, so PNG exports, which copy the settings, draw the same labels.
 */
export function createLabelLayer(font: LabelFont) {
  let mode: LabelMode = "authors";
  let authorSides = new Map<string, LabelSide>();
  let namedGroups = new Map<string, NamedGroup>();
  let lastPlaced: PlacedLabels = { authors: [], groups: [] };
  let source: LabelSource | null = null;
  let collecting = false;
  let collected: DrawnNode[] = [];
  let flush = () => {};
  const groupFont: LabelFont = { ...font, labelWeight: "600" };
  const widthOf = textWidths();

  const drawPlaced = (context: CanvasRenderingContext2D, data: DrawnNode, settings: Settings, halo: boolean) => {
    const group = mode === "groups" ? namedGroups.get(data.key) : undefined;
    if (group) drawGroupLabel(context, data, group.text, groupFont, halo);
    const side = authorSides.get(data.key);
    if (side) drawLabel(context, data, settings, side, halo);
  };

  /** Group labels that could be drawn at rest: every nameable group whose centre is drawn, named and on screen. */
  const groupCandidates = (sigma: Sigma, groups: ReadonlyMap<string, NamedGroup>): GroupLabelCandidate[] => {
    const viewport = sigma.getDimensions();
    const candidates: GroupLabelCandidate[] = [];
    for (const [key, group] of groups) {
      const data = sigma.getNodeDisplayData(key);
      if (!data || data.hidden || !data.label) continue; // hidden, or faded by the emphasis
      const candidate = { key, ...sigma.framedGraphToViewport(data), size: group.size, width: widthOf(group.text, groupFont) };
      if (isInside(groupLabelBox(candidate, groupFont.labelSize), viewport)) candidates.push(candidate);
    }
    return candidates;
  };

  /** Places the labels of a frame at rest and draws them; tells which groups are named. */
  const placeAndDraw = (sigma: Sigma, labelSource: LabelSource, nodes: DrawnNode[]) => {
    const viewport = sigma.getDimensions();
    const groups = labelSource.groups();
    mode = labelModeAt(sigma.getCamera().ratio, viewport, labelSource.visibleAuthors(), groups.size);
    const authors: LabelCandidate[] = [];
    for (const n of nodes) {
      const forced = n.forceLabel === true && n.groupAnchor !== true;
      if (n.label && (forced || mode === "authors")) authors.push({ key: n.key, x: n.x, y: n.y, size: n.size, width: widthOf(n.label, font), forced });
    }
    const taken = new Occupancy();
    authorSides = placeLabels(authors, viewport, font.labelSize, taken, sigma.getCamera().ratio < 1);
    const candidates = mode === "groups" ? groupCandidates(sigma, groups) : [];
    const placed = placeGroupLabels(candidates, viewport, groupFont.labelSize, taken);
    namedGroups = new Map([...placed].map((key) => [key, groups.get(key)!]));
    lastPlaced = {
      authors: authors.filter((a) => authorSides.has(a.key)).map((a) => ({ key: a.key, side: authorSides.get(a.key)!, box: labelBox(a, font.labelSize, authorSides.get(a.key)) })),
      groups: candidates.filter((c) => placed.has(c.key)).map((c) => ({ key: c.key, text: namedGroups.get(c.key)!.text, box: groupLabelBox(c, groupFont.labelSize) })),
    };
    const context = sigma.getCanvases().labels!.getContext("2d")!;
    const settings = sigma.getSettings();
    for (const n of nodes) if (authorSides.has(n.key)) drawLabel(context, n, settings, authorSides.get(n.key)!, true);
    for (const c of candidates) if (placed.has(c.key)) drawGroupLabel(context, c, namedGroups.get(c.key)!.text, groupFont, true);
    return placed;
  };

  const sigmaSettings: Partial<Settings> = {
    labelDensity: LABELS_PER_CELL,
    labelGridCellSize: LABEL_CELL,
    // Smaller nodes are never labelled unless forced (placeLabels): sigma need not offer them.
    labelRenderedSizeThreshold: MIN_LABELLED_SIZE,
    defaultDrawNodeLabel: (context, data, settings) => {
      if (!collecting) return drawPlaced(context, data as DrawnNode, settings, !source?.moving());
      collected.push(data as DrawnNode);
    },
    // Hovered and selected nodes are drawn again on top, in a box: on the same side as their label.
    defaultDrawNodeHover: (context, data, settings) => {
      flush();
      drawHighlight(context, data, settings, authorSides.get((data as DrawnNode).key) ?? "right");
    },
  };

  const attach = (sigma: Sigma, labelSource: LabelSource) => {
    source = labelSource;
    sigma.on("beforeRender", () => {
      collecting = !labelSource.moving();
      collected = [];
    });
    // A frame in which sigma indexes every author (after a filter) is the longest of all: its
    // labels are placed in the frame after it, which draws the last placement meanwhile.
    let deferred = false;
    sigma.on("beforeProcess", () => {
      if (!collecting) return;
      collecting = false;
      deferred = true;
    });
    let named: ReadonlySet<string> | null = null;
    flush = () => {
      if (!collecting) return;
      collecting = false;
      named = placeAndDraw(sigma, labelSource, collected);
      collected = [];
    };
    sigma.on("afterRender", () => {
      if (deferred) {
        deferred = false;
        sigma.scheduleRender();
      }
      flush();
      // Told once the frame is drawn: what it changes is drawn in the next one.
      if (named) labelSource.named(named);
      named = null;
    });
  };

  /** Forgets the last placement: for another network, whose keys mean other people. */
  const reset = () => {
    authorSides = new Map();
    namedGroups = new Map();
    lastPlaced = { authors: [], groups: [] };
  };

  return { sigmaSettings, attach, reset, placed: () => lastPlaced };
}
