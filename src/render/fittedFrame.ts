import { LABEL_GAP, type LabelBox, type Viewport } from "./labelPlacement";

/** An author as the frame sees her: her place in the graph, her disc's radius in pixels and her label's width in pixels (0: not labelled). */
export interface FramedAuthor {
  x: number;
  y: number;
  radius: number;
  labelWidth: number;
}

/** Pixels kept clear at each edge of the map. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A rectangle of the graph's coordinates, as sigma's custom bounding box takes it. */
export interface GraphBox {
  x: [number, number];
  y: [number, number];
}

/**
 * The outer labels' room never shrinks the network below this share of the size it has with its
 * discs alone; the labels that do not fit then are left out (placeLabels), never drawn cut. On the
 * sample at 320 px, the whole room for the two outermost names left the network 102 px wide of
 * 251, with 6 names drawn; at 0.9, 231 px and 9 names (11 with no room, 2 of them cut before);
 * at 375 px, 275 px and 13 names. On a wide map the room costs less than that: the sample keeps
 * 96 % at 1,280 px, with all 16 names.
 */
export const LABEL_ROOM_SHARE = 0.9;

/** Pixels between the map's edges and the nearest disc or label: the highlight drawn around a hovered author is 3 px wider than her label. */
export const FRAME_MARGIN = 8;

/**
 * The part of the graph that the map shows with the camera at rest (sigma's custom bounding box,
 * which it fits edge to edge when the box has the map's proportions), chosen so that every disc
 * and every label is drawn inside the map, clear of the insets, as large as that allows. Labels
 * are as labelBox draws them; each is given room on the side facing away from the middle of the
 * network, so the outermost authors can be named even where the middle is crowded (their other
 * side, facing in, has the room of the whole network). The graph's y points up, the map's down.
 *
 * In pixels, the map shows a graph coordinate p at o + k·p: the largest scale k is the one whose
 * widest content, max(k·pᵢ + afterᵢ) − min(k·pᵢ − beforeᵢ), is the room between the insets, on
 * both axes. That width grows with k and is convex, so Newton's steps from above reach it exactly.
 */
export function fittedFrame(authors: readonly FramedAuthor[], viewport: Viewport, insets: Insets, fontSize: number): GraphBox {
  if (authors.length === 0) return { x: [0, 1], y: [0, 1] };
  let minX = Infinity;
  let maxX = -Infinity;
  for (const a of authors) {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
  }
  const middle = (minX + maxX) / 2;
  const roomAcross = Math.max(1, viewport.width - insets.left - insets.right);
  const roomDown = Math.max(1, viewport.height - insets.top - insets.bottom);
  const across = acrossReach(authors, middle, true);
  const down = downReach(authors, fontSize, true);
  const withLabels = Math.min(largestScale(across, roomAcross), largestScale(down, roomDown));
  const discs = Math.min(largestScale(acrossReach(authors, middle, false), roomAcross), largestScale(downReach(authors, fontSize, false), roomDown));
  let scale = Math.max(withLabels, LABEL_ROOM_SHARE * discs);
  // Nothing fits, not even the discs (a map a few pixels wide): as if nobody had a size.
  if (!(scale > 0)) scale = Math.min(roomAcross, roomDown) / Math.max(maxX - minX, 1e-9);
  if (scale === Infinity) scale = 1; // one place for everyone: any scale draws it
  const centreX = centreOf(across, scale, insets.left, roomAcross, viewport.width);
  const centreDown = centreOf(down, scale, insets.top, roomDown, viewport.height);
  const halfWidth = viewport.width / (2 * scale);
  const halfHeight = viewport.height / (2 * scale);
  return { x: [centreX - halfWidth, centreX + halfWidth], y: [-centreDown - halfHeight, -centreDown + halfHeight] };
}

/** An item on one axis: its graph coordinate and the pixels its drawing takes before and after it. */
interface Reach {
  p: number;
  before: number;
  after: number;
}

/** Across the map: the disc on both sides, and the label on the side away from the middle. */
function acrossReach(authors: readonly FramedAuthor[], middle: number, withLabels: boolean): Reach[] {
  return authors.map((a) => {
    const outward = withLabels && a.labelWidth > 0 ? a.radius + LABEL_GAP + 1 + a.labelWidth : a.radius;
    return a.x >= middle ? { p: a.x, before: a.radius, after: outward } : { p: a.x, before: outward, after: a.radius };
  });
}

/** Down the map (the graph's y upside down): a label reaches 0.75 of the font size above its node's centre, 0.45 below (labelBox). */
function downReach(authors: readonly FramedAuthor[], fontSize: number, withLabels: boolean): Reach[] {
  return authors.map((a) => {
    const labelled = withLabels && a.labelWidth > 0;
    return { p: -a.y, before: Math.max(a.radius, labelled ? fontSize * 0.75 : 0), after: Math.max(a.radius, labelled ? fontSize * 0.45 : 0) };
  });
}

/** The widest content at scale k, and the items whose ends are its ends (the smallest slope to the left of a tie). */
function spanAt(items: readonly Reach[], k: number): { width: number; slope: number; low: number } {
  let high = -Infinity;
  let highP = Infinity;
  let low = Infinity;
  let lowP = -Infinity;
  for (const { p, before, after } of items) {
    const end = k * p + after;
    if (end > high || (end === high && p < highP)) [high, highP] = [end, p];
    const start = k * p - before;
    if (start < low || (start === low && p > lowP)) [low, lowP] = [start, p];
  }
  return { width: high - low, slope: highP - lowP, low };
}

/** The largest k whose content fits in `room`: Infinity when every item is at one coordinate and fits, 0 when nothing does. */
function largestScale(items: readonly Reach[], room: number): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (const { p } of items) {
    lo = Math.min(lo, p);
    hi = Math.max(hi, p);
  }
  if (hi === lo) return spanAt(items, 0).width <= room ? Infinity : 0;
  // At room / span the content is at least room wide: Newton's steps come down from there.
  let k = room / (hi - lo);
  for (let step = 0; step < 1000; step++) {
    const { width, slope } = spanAt(items, k);
    if (width <= room * (1 + 1e-12)) return k;
    if (slope <= 0) return 0;
    k -= (width - room) / slope;
    if (k <= 0) return 0;
  }
  return k;
}

/** The graph coordinate at the middle of the map, with the content centred between the insets. */
function centreOf(items: readonly Reach[], k: number, insetBefore: number, room: number, length: number): number {
  const { width, low } = spanAt(items, k);
  const offset = insetBefore + (room - width) / 2 - low; // pixel = offset + k · p
  return (length / 2 - offset) / k;
}

/**
 * The insets that keep the map's content clear of what is drawn over it (the status line): each
 * cover reaching into the map takes a band across it, at the top if its middle is in the map's
 * upper half, else at the bottom; `margin` is added at every edge.
 */
export function coveredInsets(map: LabelBox, covers: readonly LabelBox[], margin: number): Insets {
  const insets = { top: margin, right: margin, bottom: margin, left: margin };
  for (const c of covers) {
    if (c.right <= map.left || c.left >= map.right || c.bottom <= map.top || c.top >= map.bottom || c.bottom <= c.top) continue;
    if ((c.top + c.bottom) / 2 < (map.top + map.bottom) / 2) insets.top = Math.max(insets.top, c.bottom - map.top + margin);
    else insets.bottom = Math.max(insets.bottom, map.bottom - c.top + margin);
  }
  return insets;
}
