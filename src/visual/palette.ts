/**
 * Research group colours, safe for colour-blind readers: Okabe and Ito's palette (blue, orange,
 * bluish green, vermillion, sky blue) without its yellow (1.3:1 on the background, unreadable
 * as a small disc), its black (the colour of labels) and its reddish purple (5.4 from the grey of
 * authors without a group under deuteranopia, and 10.9 from orange under tritanopia); with Paul
 * Tol's bright purple and muted indigo added, two more colours that keep every pair above 11.
 *
 * Measured (CIEDE2000 after a Machado 2009 simulation at full severity, `colorVision.ts`), the
 * closest pair is purple–indigo under protanopia, 11.2; under deuteranopia orange–vermillion,
 * 12.5; under tritanopia bluish green–sky blue, 12.1; with normal vision orange–vermillion, 22.2.
 * Tableau 10's nine, used before, had red and green 0.7 apart under deuteranopia. Every colour is
 * at least 24 from the background, 15.7 from the links' grey, 20 from dimmed nodes and 14.5 from
 * the grey of authors without a group. Legends and tooltips name the groups: colour only helps.
 * In palette order, the most connected group gets the first colour.
 */
export const GROUP_PALETTE: readonly string[] = ["#0072b2", "#e69f00", "#009e73", "#d55e00", "#56b4e9", "#aa3377", "#332288"];

/** Authors without a research group (none once communities are assigned). */
export const OTHER_COMMUNITY_COLOR = "#a9a9b3";
export const EDGE_COLOR = "#c9ccd6";
export const BACKGROUND_COLOR = "#fbfbfd";
export const LABEL_COLOR = "#1f2330";
export const DIMMED_NODE_COLOR = "#e3e4ea";
export const DIMMED_EDGE_COLOR = "#eff0f4";
export const HIGHLIGHT_EDGE_COLOR = "#59607a";
