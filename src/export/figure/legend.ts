import { groupLabelText } from "../../render/groupLabels";
import { LABEL_COLOR } from "../../visual/palette";
import type { Visuals } from "../../visual/types";
import type { FigureFont, MeasureText, Shape } from "./types";

/** Research groups listed in a legend at most: a figure of 40 groups names the biggest and counts the rest. */
export const MAX_LEGEND_GROUPS = 12;
/** Strips a colour ramp is drawn in: each a flat rectangle, so SVG, PNG and PDF draw the same. */
export const RAMP_STRIPS = 40;
const RAMP = { width: 160, height: 10 };
const SWATCH_RADIUS = 5;
const GAP = 6;
const ENTRY_GAP = 14;

/** A block of the legend: its shapes from (0, 0), its size. */
export interface LegendBlock {
  shapes: Shape[];
  width: number;
  height: number;
}

interface LegendFonts {
  heading: FigureFont;
  entry: FigureFont;
}

const text = (x: number, y: number, value: string, font: FigureFont, anchor: "start" | "middle" | "end" = "start"): Shape => ({
  kind: "text", x, y, text: value, font, anchor, fill: LABEL_COLOR, halo: null,
});

/**
 * What colour shows, within `width` pixels: research groups as a disc of each group's colour
 * beside its name ("Jeonghye Kim's group · 9"), the biggest first, flowing in rows; a measure as
 * a ramp between its true smallest and largest values (legendFor), with "no value" apart.
 */
export function colorLegend(visuals: Visuals, width: number, fonts: LegendFonts, measure: MeasureText): LegendBlock | null {
  const legend = visuals.legend.color?.role === "color" ? visuals.legend.color : null;
  const lineHeight = fonts.entry.size * 1.6;
  if (legend === null) {
    if (visuals.groups.length === 0) return null;
    const heading = "Colour: research groups";
    const shapes: Shape[] = [text(0, fonts.heading.size, heading, fonts.heading)];
    const entries: { color: string; text: string }[] = visuals.groups.slice(0, MAX_LEGEND_GROUPS).map((g) => ({ color: g.color, text: groupLabelText(g) }));
    const more = visuals.groups.length - entries.length;
    let [x, row] = [0, 0];
    const top = fonts.heading.size * 1.8;
    let widest = measure(heading, fonts.heading);
    const place = (entryWidth: number) => {
      if (x > 0 && x + entryWidth > width) [x, row] = [0, row + 1];
      const at = { x, y: top + row * lineHeight };
      x += entryWidth + ENTRY_GAP;
      widest = Math.max(widest, x - ENTRY_GAP);
      return at;
    };
    for (const entry of entries) {
      const at = place(2 * SWATCH_RADIUS + GAP + measure(entry.text, fonts.entry));
      const middle = at.y + lineHeight / 2;
      shapes.push({ kind: "circle", x: at.x + SWATCH_RADIUS, y: middle, r: SWATCH_RADIUS, fill: entry.color });
      shapes.push(text(at.x + 2 * SWATCH_RADIUS + GAP, middle + fonts.entry.size / 3, entry.text, fonts.entry));
    }
    if (more > 0) {
      const rest = `and ${more.toLocaleString("en")} smaller ${more === 1 ? "group" : "groups"}`;
      const at = place(measure(rest, fonts.entry));
      shapes.push(text(at.x, at.y + lineHeight / 2 + fonts.entry.size / 3, rest, fonts.entry));
    }
    return { shapes, width: widest, height: top + (row + 1) * lineHeight };
  }
  const shapes: Shape[] = [text(0, fonts.heading.size, legend.title, fonts.heading)];
  const top = fonts.heading.size * 1.8;
  const stops = legend.stops;
  if (stops.length > 0) {
    for (let i = 0; i < RAMP_STRIPS; i++) {
      const t = stops.length === 1 ? 0 : (i / (RAMP_STRIPS - 1)) * (stops.length - 1);
      const from = stops[Math.floor(t)]!;
      const to = stops[Math.min(stops.length - 1, Math.floor(t) + 1)]!;
      // Overlapping by a little: no hairline of background between strips in a rasteriser.
      const stripWidth = RAMP.width / RAMP_STRIPS;
      shapes.push({ kind: "rect", x: i * stripWidth, y: top, width: stripWidth + (i < RAMP_STRIPS - 1 ? 0.5 : 0), height: RAMP.height, fill: mix(from.color, to.color, t - Math.floor(t)) });
    }
    const labelY = top + RAMP.height + fonts.entry.size * 1.2;
    shapes.push(text(0, labelY, stops[0]!.label, fonts.entry));
    if (stops.length > 1) shapes.push(text(RAMP.width, labelY, stops.at(-1)!.label, fonts.entry, "end"));
  }
  let blockWidth = Math.max(RAMP.width, measure(legend.title, fonts.heading));
  if (legend.noValue) {
    const x = RAMP.width + ENTRY_GAP;
    shapes.push({ kind: "circle", x: x + SWATCH_RADIUS, y: top + RAMP.height / 2, r: SWATCH_RADIUS, fill: legend.noValue.color });
    shapes.push(text(x + 2 * SWATCH_RADIUS + GAP, top + RAMP.height / 2 + fonts.entry.size / 3, legend.noValue.label, fonts.entry));
    blockWidth = Math.max(blockWidth, x + 2 * SWATCH_RADIUS + GAP + measure(legend.noValue.label, fonts.entry));
  }
  return { shapes, width: blockWidth, height: top + RAMP.height + fonts.entry.size * 1.6 };
}

/** What size shows: discs of the legend's sample values, as big as on the map (`pixelsPerSize`), each over its value. */
export function sizeLegend(visuals: Visuals, pixelsPerSize: number, fonts: LegendFonts, measure: MeasureText): LegendBlock | null {
  const legend = visuals.legend.size;
  if (legend.role !== "size") return null;
  const samples = [...legend.samples.map((s) => ({ label: s.label, r: s.radius * pixelsPerSize })), ...(legend.noValue ? [{ label: legend.noValue.label, r: legend.noValue.radius * pixelsPerSize }] : [])];
  if (samples.length === 0) return null;
  const shapes: Shape[] = [text(0, fonts.heading.size, legend.title, fonts.heading)];
  const top = fonts.heading.size * 1.8;
  const biggest = Math.max(...samples.map((s) => s.r));
  let x = 0;
  for (const sample of samples) {
    const slot = Math.max(2 * sample.r, measure(sample.label, fonts.entry));
    shapes.push({ kind: "circle", x: x + slot / 2, y: top + biggest, r: sample.r, fill: SIZE_LEGEND_COLOR });
    shapes.push(text(x + slot / 2, top + 2 * biggest + fonts.entry.size * 1.3, sample.label, fonts.entry, "middle"));
    x += slot + ENTRY_GAP;
  }
  return { shapes, width: Math.max(x - ENTRY_GAP, measure(legend.title, fonts.heading)), height: top + 2 * biggest + fonts.entry.size * 1.7 };
}

/** The size legend's discs: a neutral grey, since size says nothing of colour. */
export const SIZE_LEGEND_COLOR = "#8a8fa3";

/** The colour a share t of the way from one "#rrggbb" to another. */
function mix(from: string, to: string, t: number): string {
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const [a, b] = [rgb(from), rgb(to)];
  return `#${a.map((c, i) => Math.round(c + (b[i]! - c) * t).toString(16).padStart(2, "0")).join("")}`;
}
