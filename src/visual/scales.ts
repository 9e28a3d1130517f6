import { scaleLinear, scaleSequential, scaleSequentialSqrt, scaleSqrt } from "d3-scale";
import { interpolateViridis } from "d3-scale-chromatic";
import { measureOf, type Measure, type MeasureId, type MeasureKind } from "../measures/measures";

/**
 * Authors without a value (no dated paper, betweenness not computed yet): a grey at least 14
 * CIEDE2000 from every colour of the scale below under each colour-vision deficiency, and 10
 * from the dimmed node colour, so "none" never reads as a low or high value.
 */
export const NO_VALUE_COLOR = "#b8b8c0";
/**
 * Viridis from its dark end to 0.75 (#5ec962): beyond it the yellows fade into the near-white
 * background, under 2:1 contrast. Higher values get the darker colours, which stand out most.
 */
const VIRIDIS_LIGHTEST = 0.75;
const colorAt = (t: number) => interpolateViridis(VIRIDIS_LIGHTEST * (1 - t));

/** Node radius in pixels, smallest to largest value of the measure that drives size. */
export const NODE_SIZE_RANGE: readonly [number, number] = [5, 22];

/**
 * Bigger networks get smaller discs, so that the whole network, seen at once, is not one blob:
 * full size up to 300 authors, then shrinking with the square root of their number, down to
 * 35% (10,000 authors draw 1.75 to 7.7 pixels); zooming in enlarges them.
 */
export function sizeFactor(order: number): number {
  return Math.min(1, Math.max(0.35, Math.sqrt(300 / Math.max(order, 1))));
}

/** A measure mapped to what is drawn, with what the legend needs to explain it. */
interface MeasureScale<T> {
  measure: Measure;
  /** Smallest and largest value among the authors; null when none has a value. */
  extent: readonly [number, number] | null;
  /** Whether some author has no value. */
  missing: boolean;
  /** What a value (or no value) is drawn as. */
  (value: number | null): T;
}
export type SizeScale = MeasureScale<number> & { role: "size" };
export type ColorScale = MeasureScale<string> & { role: "color" };

/** Smallest and largest of the values that exist, in one pass. */
function extentOf(values: Iterable<number | null>): { extent: [number, number] | null; missing: boolean } {
  let min = Infinity;
  let max = -Infinity;
  let missing = false;
  for (const value of values) {
    if (value === null || Number.isNaN(value)) missing = true;
    else {
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
  }
  return { extent: min <= max ? [min, max] : null, missing };
}

// When every author has the same value there is no spread to show: all get the low end.
const domainOf = (extent: [number, number] | null): [number, number] => (extent === null ? [0, 1] : extent[0] < extent[1] ? extent : [extent[0], extent[0] + 1]);

/** Counts and amounts grow disc areas, not radii: square root. Years spread evenly. */
const areaLike = (kind: MeasureKind) => kind !== "year";

/**
 * Node radius in pixels from a measure over the visible authors: from the smallest value to the
 * largest onto today's size range, shrunk for big networks (`sizeFactor`). No value: smallest.
 */
export function sizeScale(id: MeasureId, values: Iterable<number | null>, order: number): SizeScale {
  const measure = measureOf(id);
  const { extent, missing } = extentOf(values);
  const range = NODE_SIZE_RANGE.map((size) => size * sizeFactor(order));
  const scale = (areaLike(measure.kind) ? scaleSqrt() : scaleLinear()).domain(domainOf(extent)).range(range).clamp(true);
  const size = (value: number | null) => (value === null || Number.isNaN(value) ? range[0]! : scale(value));
  return Object.assign(size, { role: "size" as const, measure, extent, missing });
}

/** Node colour from a measure: viridis, dark for high values; no value: NO_VALUE_COLOR. */
export function colorScale(id: MeasureId, values: Iterable<number | null>): ColorScale {
  const measure = measureOf(id);
  const { extent, missing } = extentOf(values);
  const scale = (areaLike(measure.kind) ? scaleSequentialSqrt(colorAt) : scaleSequential(colorAt)).domain(domainOf(extent)).clamp(true);
  const color = (value: number | null) => (value === null || Number.isNaN(value) ? NO_VALUE_COLOR : scale(value));
  return Object.assign(color, { role: "color" as const, measure, extent, missing });
}

/** What a legend shows, as data: the page draws it, an export could too. */
export type Legend =
  | { role: "size"; title: string; samples: { value: number; label: string; radius: number }[]; noValue: { label: string; radius: number } | null }
  | { role: "color"; title: string; stops: { value: number; label: string; color: string }[]; noValue: { label: string; color: string } | null };

const NO_VALUE = "no value";
const COLOR_STOPS = 5;

export function legendFor(scale: SizeScale | ColorScale): Legend {
  const { measure, extent } = scale;
  const samples = extent === null ? [] : sampleValues(measure.kind, extent, scale.role === "size" ? 3 : COLOR_STOPS);
  if (scale.role === "size") {
    return {
      role: "size",
      title: `Size: ${measure.description}`,
      samples: samples.map((value) => ({ value, label: measure.format(value), radius: scale(value) })),
      noValue: scale.missing ? { label: NO_VALUE, radius: scale(null) } : null,
    };
  }
  return {
    role: "color",
    title: `Colour: ${measure.description}`,
    stops: samples.map((value) => ({ value, label: measure.format(value), color: scale(value) })),
    noValue: scale.missing ? { label: NO_VALUE, color: NO_VALUE_COLOR } : null,
  };
}

/**
 * `count` values evenly spaced as drawn (in square root for counts and amounts, so the middle
 * disc looks halfway). The ends are the true smallest and largest values: a legend that says
 * 120 when the top author has 124 papers misleads. The values between are rounded to the
 * nearest nice value (two significant digits, whole for counts, every digit of a year).
 */
export function sampleValues(kind: MeasureKind, [min, max]: readonly [number, number], count: number): number[] {
  const toDrawn = areaLike(kind) ? Math.sqrt : (v: number) => v;
  const fromDrawn = areaLike(kind) ? (v: number) => v * v : (v: number) => v;
  const samples: number[] = [];
  const last = max > min ? count - 1 : 0;
  for (let i = 0; i <= last; i++) {
    const exact = i === 0 ? min : i === last ? max : fromDrawn(toDrawn(min) + (i / last) * (toDrawn(max) - toDrawn(min)));
    const rounded = i === 0 || i === last ? exact : nice(exact, kind, Math.round);
    const value = rounded >= min && rounded <= max ? rounded : exact;
    // Rounding can bring a middle sample onto its neighbour or an end: keep each value once, in order.
    if (samples.length === 0 || value > samples.at(-1)!) samples.push(value);
  }
  return samples;
}

/** A value rounded (by `round`) to two significant digits: whole for counts, every digit of a year. */
function nice(value: number, kind: MeasureKind, round: (x: number) => number): number {
  if (kind === "year" || value === 0) return round(value);
  const twoDigits = 1 - Math.floor(Math.log10(Math.abs(value)));
  const places = kind === "count" ? Math.min(0, twoDigits) : twoDigits;
  // Dividing by an integer power of ten keeps 0.29 from becoming 0.29000000000000004, and
  // toPrecision keeps 0.29 · 100 = 28.999999999999996 from flooring to 28.
  const scaled = (x: number) => round(Number(x.toPrecision(12)));
  return places >= 0 ? scaled(value * 10 ** places) / 10 ** places : scaled(value / 10 ** -places) * 10 ** -places;
}
