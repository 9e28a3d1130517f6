import type { Viewport } from "./labelPlacement";

/** What the labels of the map name: research groups (zoomed out) or authors (zoomed in). */
export type LabelMode = "groups" | "authors";

/**
 * Screen area per visible author, in square pixels, from which authors are named: about a
 * 50 × 50 pixel square each, in which a name of 12 to 20 letters fits beside most discs.
 */
export const AUTHOR_LABEL_AREA = 2500;

/**
 * Authors are named once each visible author has AUTHOR_LABEL_AREA of screen to herself, on
 * average; below that, names of authors can only be a scatter of the few that fit, and the
 * groups are named instead. sigma fits the whole network in the viewport at camera ratio 1
 * and shows ratio² of it at other ratios, so each author has width × height / (ratio² × n)
 * pixels. The rule reads the network's size and the zoom, not the positions: it is the same
 * wherever the camera looks, so panning never switches what the labels name. Without groups,
 * authors are named at every zoom.
 */
export function labelModeAt(cameraRatio: number, viewport: Viewport, visibleAuthors: number, namedGroups: number): LabelMode {
  if (namedGroups === 0 || visibleAuthors === 0) return "authors";
  const areaPerAuthor = (viewport.width * viewport.height) / (cameraRatio * cameraRatio * visibleAuthors);
  return areaPerAuthor >= AUTHOR_LABEL_AREA ? "authors" : "groups";
}
