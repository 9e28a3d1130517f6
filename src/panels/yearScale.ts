/**
 * The arithmetic of the year range slider: which year a point of it stands for, which thumb a
 * press takes, where a moved thumb stops, and how tall the bars of papers per year are. Pure,
 * so that the panel's pointer and keyboard handling stay thin.
 */

/** First and last year, inclusive. */
export type YearRange = readonly [number, number];
export type Thumb = "start" | "end";

/**
 * The year under a point of the slider, given as the fraction of its width from the left. The
 * years are laid out as equal columns side by side, one under each bar of the histogram, so
 * the year is the column the point falls in; points outside the slider take the nearest end.
 */
export function yearAtFraction(fraction: number, span: YearRange): number {
  const years = span[1] - span[0] + 1;
  const column = Math.floor(fraction * years);
  return span[0] + Math.min(years - 1, Math.max(0, column));
}

/** The middle of a year's column, as a fraction of the slider's width: where its thumb is drawn. */
export function fractionOfYear(year: number, span: YearRange): number {
  return (year - span[0] + 0.5) / (span[1] - span[0] + 1);
}

/**
 * Which thumb a press at `year` takes: the nearer one (the start on a tie), or null when both
 * thumbs sit on that very year, where only the direction of the drag can tell.
 */
export function thumbAt(year: number, range: YearRange): Thumb | null {
  if (range[0] === range[1] && year === range[0]) return null;
  if (year <= range[0]) return "start";
  if (year >= range[1]) return "end";
  return year - range[0] <= range[1] - year ? "start" : "end";
}

/** The range with one thumb moved to `year`; a thumb stops at the other one, never passes it. */
export function moveThumb(range: YearRange, thumb: Thumb, year: number): YearRange {
  return thumb === "start" ? [Math.min(year, range[1]), range[1]] : [range[0], Math.max(year, range[0])];
}

export function sameYears(a: YearRange | null, b: YearRange | null): boolean {
  return a === b || (a !== null && b !== null && a[0] === b[0] && a[1] === b[1]);
}

/**
 * Bar heights in percent of the tallest, on a linear scale so that the bars compare as the
 * counts do. A year with any paper gets at least a sliver: one paper among thousands still shows.
 */
export function barHeights(counts: readonly number[]): number[] {
  let most = 0;
  for (const count of counts) most = Math.max(most, count);
  return counts.map((count) => (count === 0 ? 0 : Math.max(MIN_BAR_PERCENT, (100 * count) / most)));
}

export const MIN_BAR_PERCENT = 4;
