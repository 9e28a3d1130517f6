import { placeGroupLabels, type GroupLabelCandidate } from "./groupLabels";
import { Occupancy, placeLabels, type LabelCandidate, type LabelSide, type Viewport } from "./labelPlacement";

/** Everything that could be named on the map at rest, by kind. */
export interface MapLabelCandidates {
  /** Authors in focus (hovered, selected, their co-authors, a path, a roster), forced ones among them: named however small. */
  focus: LabelCandidate[];
  /** Research groups: none when the map names authors only (labelModeAt). */
  groups: GroupLabelCandidate[];
  /** Every other author: named from MIN_LABELLED_SIZE up. */
  rest: LabelCandidate[];
}

export interface MapLabels {
  authors: Map<string, LabelSide>;
  groups: Set<string>;
}

/**
 * Which labels the map draws, none overlapping another: first the authors in focus (forced
 * ones first, then the biggest, however small their discs), so that what a user points at is
 * named wherever it fits;
 * then the groups, the biggest first; then every other author, the biggest first, in the room
 * left beside the group labels. So an author who is not named has no free place for her
 * label on the map: both sides are taken by a label placed before hers, a group's or an
 * author's in focus or at least as big, or are off the map (partly off, unless `partlyShown`:
 * see placeLabels).
 */
export function placeMapLabels(candidates: MapLabelCandidates, viewport: Viewport, fontSizes: { author: number; group: number }, partlyShown = true): MapLabels {
  const taken = new Occupancy();
  const authors = placeLabels(candidates.focus, viewport, fontSizes.author, taken, partlyShown, 0);
  const groups = placeGroupLabels(candidates.groups, viewport, fontSizes.group, taken);
  for (const [key, side] of placeLabels(candidates.rest, viewport, fontSizes.author, taken, partlyShown)) authors.set(key, side);
  return { authors, groups };
}
