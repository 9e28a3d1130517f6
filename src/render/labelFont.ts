/** The map's labels' font, one place for the screen (renderer.ts) and the figures drawn without sigma (export/figure). */
export const LABEL_FONT = "Inter, 'Segoe UI', system-ui, -apple-system, sans-serif";

/** An author's label as sigma's settings name it; a group's is the same at weight 600. */
export const LABEL_SETTINGS = { labelFont: LABEL_FONT, labelSize: 13, labelWeight: "500" };
