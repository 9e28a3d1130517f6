import { schemeTableau10 } from "d3-scale-chromatic";

/** Colours for the largest research groups: Tableau 10 without its last colour, grey, which smaller groups share. */
export const COMMUNITY_COLORS: readonly string[] = schemeTableau10.slice(0, 9);
export const OTHER_COMMUNITY_COLOR = "#a9a9b3";
export const EDGE_COLOR = "#c9ccd6";
export const BACKGROUND_COLOR = "#fbfbfd";
export const LABEL_COLOR = "#1f2330";
export const DIMMED_NODE_COLOR = "#e3e4ea";
export const DIMMED_EDGE_COLOR = "#eff0f4";
export const HIGHLIGHT_EDGE_COLOR = "#59607a";

export function communityColor(community: number | undefined): string {
  if (community === undefined) return OTHER_COMMUNITY_COLOR;
  return COMMUNITY_COLORS[community] ?? OTHER_COMMUNITY_COLOR;
}
