import type Sigma from "sigma";
import type { Settings } from "sigma/settings";
import type { NodeDisplayData } from "sigma/types";
import { groupLabelBox, type GroupLabelCandidate, type NamedGroup } from "./groupLabels";
import { drawGroupLabel, drawHighlight, drawLabel, textWidths, type LabelFont } from "./labelDrawing";
import { labelModeAt } from "./labelMode";
import { isInside, labelBox, MIN_LABELLED_SIZE, type LabelBox, type LabelCandidate, type LabelSide } from "./labelPlacement";
import { placeMapLabels } from "./mapLabels";
import { internalsOf } from "./sigmaInternals";

/** What the label layer needs to know of what is drawn. */
export interface LabelSource {
  /** The groups that can be named, by the author their label is centred on. */
  groups(): ReadonlyMap<string, NamedGroup>;
  /** Visible authors: with the zoom, they decide whether groups are named too (labelModeAt). */
  visibleAuthors(): number;
  /** True while the camera moves: labels keep their last placement and lose their halos. */
  moving(): boolean;
}

/** The user-timing measure of the last placement, drawing included: `npm run bench` reads it. */
export const PLACEMENT_MEASURE = "labels placed";

/** The labels of the last frame at rest, in pixels of the map: what a user can read, for tests and scripts. */
export interface PlacedLabels {
  authors: { key: string; side: LabelSide; box: LabelBox }[];
  groups: { key: string; text: string; box: LabelBox }[];
}

/** Which labels are drawn: each author's side, and each named group's text by its central author. */
interface Placement {
  authors: Map<string, LabelSide>;
  groups: Map<string, string>;
}

const NOTHING_PLACED: Placement = { authors: new Map(), groups: new Map() };

/** A node as the labels see it: on screen, in pixels. */
type OnScreen = Pick<NodeDisplayData, "x" | "y" | "size" | "label" | "color">;

/**
 * Which labels are drawn is decided once each time the camera comes to rest (or the drawing
 * changes), not on every frame: in that frame, every visible author big enough to be named
 * (or forced) is a candidate, beside the groups when zoomed out (labelModeAt), and
 * placeMapLabels places them without overlaps: the authors in focus first, then the groups,
 * then every other author, the biggest discs first (the measure that sizes them). So zoomed
 * out, the map names its most prominent authors as well as its groups, as VOSviewer does, and
 * a selection names its co-authors wherever they fit. While the camera moves, the last
 * placement is drawn where its authors now are, without halos. sigma's own label pass is
 * off: this layer draws every label (figures place their own: export/figure/mapScene.ts).
 */
export function createLabelLayer(font: LabelFont) {
  let placement = NOTHING_PLACED;
  let lastPlaced: PlacedLabels = { authors: [], groups: [] };
  let flush = () => {};
  const groupFont: LabelFont = { ...font, labelWeight: "600" };
  const widthOf = textWidths();

  const onScreen = (sigma: Sigma, data: NodeDisplayData): OnScreen => ({ ...sigma.framedGraphToViewport(data), size: sigma.scaleSize(data.size), label: data.label, color: data.color });

  // The authors by size, biggest first (ties by key): the order in which they are named,
  // the same at every zoom. Kept across frames and sorted again only when a size changes
  // (a filter or a change of measure, not a selection), so that a frame at rest walks the
  // authors in order and stops at the first one too small to be named; and those in focus.
  const sizes = new Map<string, number>();
  let bySize: string[] | null = null;
  const focused = new Set<string>();
  const written = (key: string, data: NodeDisplayData) => {
    if (sizes.get(key) !== data.size) {
      sizes.set(key, data.size);
      bySize = null;
    }
    if (!data.hidden && data.zIndex > 0) focused.add(key);
    else focused.delete(key);
  };
  const sortedBySize = () => {
    if (!bySize) {
      const entries = Array.from(sizes, ([key, size]) => ({ key, size }));
      entries.sort((a, b) => b.size - a.size || (a.key < b.key ? -1 : 1));
      bySize = entries.map((e) => e.key);
    }
    return bySize;
  };

  /**
   * Every author whose label could be drawn at rest: visible and not faded, big enough unless
   * in focus, not so far above or below the map that her label would be off it; those in
   * focus apart, the others biggest first. placeLabels leaves out the ones off its sides.
   */
  const authorCandidates = (sigma: Sigma) => {
    const { width, height } = sigma.getDimensions();
    // How far a label's box reaches below and above its node's centre (labelBox).
    const [down, up] = [font.labelSize * 0.45, font.labelSize * 0.75];
    // sigma's own display data, read in place: its getNodeDisplayData copies each one, which
    // took 360 ms a frame at rest on 50,000 authors. Sizes on screen are proportional to them.
    const displayed = internalsOf(sigma).nodeDataCache;
    const pixelsPerSize = sigma.scaleSize(1);
    // sigma's framedGraphToViewport, without an object per author.
    const m = internalsOf(sigma).matrix;
    const candidate = (key: string, data: NodeDisplayData): LabelCandidate | null => {
      const forced = data.forceLabel === true;
      const x = ((1 + m[0]! * data.x + m[3]! * data.y + m[6]!) * width) / 2;
      const y = ((1 - (m[1]! * data.x + m[4]! * data.y + m[7]!)) * height) / 2;
      if (!forced && (y + down <= 0 || y - up >= height)) return null; // its label would be above or below the map
      return { key, x, y, size: data.size * pixelsPerSize, width: widthOf(data.label!, font), forced };
    };
    const focus: LabelCandidate[] = [];
    for (const key of focused) {
      const data = displayed[key];
      const c = data && !data.hidden && data.label ? candidate(key, data) : null;
      if (c) focus.push(c);
    }
    const rest: LabelCandidate[] = [];
    for (const key of sortedBySize()) {
      const data = displayed[key];
      if (!data) continue;
      if (data.size * pixelsPerSize < MIN_LABELLED_SIZE) break; // and every one after her
      if (data.hidden || !data.label || data.zIndex > 0) continue; // hidden, faded by the emphasis, or in focus
      const c = candidate(key, data);
      if (c) rest.push(c);
    }
    return { focus, rest };
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

  /** Places the labels of a frame at rest. */
  const place = (sigma: Sigma, source: LabelSource) => {
    const viewport = sigma.getDimensions();
    const groups = source.groups();
    const mode = labelModeAt(sigma.getCamera().ratio, viewport, source.visibleAuthors(), groups.size);
    const { focus, rest } = authorCandidates(sigma);
    const centres = mode === "groups" ? groupCandidates(sigma, groups) : [];
    const fonts = { author: font.labelSize, group: groupFont.labelSize };
    // Zoomed in, the map is a window onto a bigger picture: a name may run off its edge.
    const { authors: sides, groups: named } = placeMapLabels({ focus, groups: centres, rest }, viewport, fonts, sigma.getCamera().ratio < 1);
    placement = { authors: sides, groups: new Map([...named].map((key) => [key, groups.get(key)!.text])) };
    lastPlaced = {
      authors: [...focus, ...rest].filter((a) => sides.has(a.key)).map((a) => ({ key: a.key, side: sides.get(a.key)!, box: labelBox(a, font.labelSize, sides.get(a.key)) })),
      groups: centres.filter((c) => named.has(c.key)).map((c) => ({ key: c.key, text: placement.groups.get(c.key)!, box: groupLabelBox(c, groupFont.labelSize) })),
    };
  };

  /** Draws the last placement on a sigma's label layer, where its authors are drawn now. */
  const draw = (sigma: Sigma, halo: boolean) => {
    const context = sigma.getCanvases().labels!.getContext("2d")!;
    const settings = sigma.getSettings();
    const drawnNode = (key: string) => {
      const data = sigma.getGraph().hasNode(key) ? sigma.getNodeDisplayData(key) : undefined;
      return data && !data.hidden && data.label ? onScreen(sigma, data) : null;
    };
    for (const [key, side] of placement.authors) {
      const node = drawnNode(key);
      if (node) drawLabel(context, node, settings, side, halo);
    }
    for (const [key, text] of placement.groups) {
      const node = drawnNode(key);
      if (node) drawGroupLabel(context, node, text, groupFont, halo);
    }
  };

  const sigmaSettings: Partial<Settings> = {
    renderLabels: false,
    // Hovered and selected nodes are drawn again on top, in a box: on the same side as their label.
    defaultDrawNodeHover: (context, data, settings) => {
      flush();
      drawHighlight(context, data, settings, placement.authors.get((data as typeof data & { key: string }).key) ?? "right");
    },
  };

  const attach = (sigma: Sigma, source: LabelSource) => {
    // In a frame, labels are drawn once, after sigma's authors and before its hovered ones,
    // whose highlight goes on their label's side: at the first hover drawn, else at the end.
    let pending = false;
    let atRest = false;
    sigma.on("beforeRender", () => {
      pending = true;
      atRest = !source.moving();
    });
    // A frame in which sigma indexes every author (after a filter) is the longest of all: its
    // labels are placed in the frame after it, which draws the last placement meanwhile.
    let deferred = false;
    sigma.on("beforeProcess", () => {
      if (!pending || !atRest) return;
      atRest = false;
      deferred = true;
    });
    flush = () => {
      if (!pending) return;
      pending = false;
      if (!atRest) return draw(sigma, !source.moving());
      const start = performance.now();
      place(sigma, source);
      draw(sigma, true);
      performance.clearMeasures(PLACEMENT_MEASURE);
      performance.measure(PLACEMENT_MEASURE, { start });
    };
    sigma.on("afterRender", () => {
      if (deferred) {
        deferred = false;
        sigma.scheduleRender();
      }
      flush();
    });
  };

  /** Forgets the last placement: for another network, whose keys mean other people. */
  const reset = () => {
    placement = NOTHING_PLACED;
    lastPlaced = { authors: [], groups: [] };
    sizes.clear();
    bySize = null;
    focused.clear();
  };

  return {
    sigmaSettings,
    attach,
    reset,
    /** What sigma was just handed for an author (the reducers' output): sizes and focus, read at rest. */
    written,
    placed: () => lastPlaced,
  };
}
