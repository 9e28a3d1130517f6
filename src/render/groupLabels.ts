import type { GroupVisual } from "../visual/types";
import { isInside, Occupancy, type LabelBox, type Viewport } from "./labelPlacement";

/** Groups smaller than this are never named on the map: a "group" of one or two says little. */
export const MIN_NAMED_GROUP = 3;
/**
 * Nor are groups smaller than this share of the largest: on a big network, a trio on the
 * edge of the map, where there is room, would otherwise be named before the groups that make
 * up its middle, where there is none.
 */
export const MIN_NAMED_SHARE = 1 / 20;

/** What a group's label says: after whom it is named, and how many visible authors it has. */
export function groupLabelText(group: Pick<GroupVisual, "name" | "size">): string {
  return `${group.name}'s group · ${group.size.toLocaleString("en")}`;
}

/** A group label that could be drawn, centred on the group's most central author. */
export interface GroupLabelCandidate {
  /** The node the label is centred on (the group's most central author). */
  key: string;
  x: number;
  y: number;
  /** Visible authors in the group. */
  size: number;
  width: number;
}

/** Room around a group label's text, in pixels, so that two labels never touch. */
const GROUP_LABEL_PADDING = 4;

/** A group label's box: its text centred on the point, with a little room around it. */
export function groupLabelBox(c: GroupLabelCandidate, fontSize: number): LabelBox {
  const half = c.width / 2 + GROUP_LABEL_PADDING;
  return { left: c.x - half, top: c.y - fontSize * 0.75 - GROUP_LABEL_PADDING, right: c.x + half, bottom: c.y + fontSize * 0.45 + GROUP_LABEL_PADDING };
}

/**
 * Which group labels to draw: bigger groups first (ties by key, for stable pictures), each
 * only where it is wholly on screen and clear of every label already placed (`taken`, which
 * gets the new ones). A small group whose label does not fit is not named.
 */
export function placeGroupLabels(candidates: GroupLabelCandidate[], viewport: Viewport, fontSize: number, taken = new Occupancy()): Set<string> {
  const order = candidates.filter((c) => c.size >= MIN_NAMED_GROUP).sort((a, b) => b.size - a.size || (a.key < b.key ? -1 : 1));
  const placed = new Set<string>();
  for (const candidate of order) {
    const box = groupLabelBox(candidate, fontSize);
    if (!isInside(box, viewport) || !taken.isFree(box)) continue;
    taken.take(box);
    placed.add(candidate.key);
  }
  return placed;
}

/** A group as its label shows it. */
export interface NamedGroup {
  /** Visible authors: bigger groups are named first. */
  size: number;
  text: string;
}

/**
 * The groups that can be named on the map (at least MIN_NAMED_GROUP authors and
 * MIN_NAMED_SHARE of the largest group), by the person id of the author their label is centred on.
 */
export function namedGroupsByCentre(groups: readonly GroupVisual[]): Map<string, NamedGroup> {
  let largest = 0;
  for (const group of groups) largest = Math.max(largest, group.size);
  const smallest = Math.max(MIN_NAMED_GROUP, largest * MIN_NAMED_SHARE);
  const byCentre = new Map<string, NamedGroup>();
  for (const group of groups) if (group.size >= smallest) byCentre.set(group.center, { size: group.size, text: groupLabelText(group) });
  return byCentre;
}
