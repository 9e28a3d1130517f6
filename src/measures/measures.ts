import type { AuthorView } from "../view/types";

export type MeasureId = "papers" | "fractionalPapers" | "coauthors" | "strength" | "degree" | "betweenness" | "firstYear" | "lastYear";

/**
 * What a value is, which decides how it is scaled and rounded: a count of things (whole
 * numbers), an amount (fractions: fractional counts, link strength, centralities), or a year.
 * Counts and amounts grow disc areas (square-root scale); years spread linearly.
 */
export type MeasureKind = "count" | "amount" | "year";

/** What a measure reads beyond the author: how many are visible, and betweenness once computed. */
export interface MeasureContext {
  visibleAuthors: number;
  /** By person id; null until it has been computed for the visible graph. */
  betweenness: ReadonlyMap<string, number> | null;
}

/** One per-author measure: a table column, a sort key, what can drive node size or colour. */
export interface Measure {
  id: MeasureId;
  /** Short, for menus and table headers. */
  label: string;
  /** What the value is, for the legend after "Size: " or "Colour: ". */
  description: string;
  kind: MeasureKind;
  /**
   * Which end leads a ranking (the top five, a table's first sort): the most papers or
   * co-authors, but the earliest first year, the authors longest in the field.
   */
  leads: "highest" | "lowest";
  format(value: number): string;
  /** null when the author has none (no dated paper) or it is not known yet (betweenness). */
  value(key: string, author: AuthorView, context: MeasureContext): number | null;
}

const whole = new Intl.NumberFormat("en", { maximumFractionDigits: 0 });
const twoDecimals = new Intl.NumberFormat("en", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const threeDigits = new Intl.NumberFormat("en", { maximumSignificantDigits: 3 });
// Years are labels, not quantities: "2023", never "2,023".
const year = (value: number) => String(Math.round(value));

/** Every measure, in the order menus and tables list them. */
export const MEASURES: readonly Measure[] = [
  { id: "papers", label: "Papers", description: "number of papers", kind: "count", leads: "highest", format: (v) => whole.format(v), value: (_k, a) => a.papers },
  {
    id: "fractionalPapers",
    label: "Papers (fractional)",
    description: "papers, each counting 1/n for its n authors",
    kind: "amount",
    leads: "highest",
    format: (v) => twoDecimals.format(v),
    value: (_k, a) => a.fractionalPapers,
  },
  { id: "coauthors", label: "Co-authors", description: "number of co-authors shown", kind: "count", leads: "highest", format: (v) => whole.format(v), value: (_k, a) => a.coauthors },
  {
    id: "strength",
    label: "Link strength",
    description: "total weight of the author's links shown",
    kind: "amount",
    leads: "highest",
    format: (v) => twoDecimals.format(v),
    value: (_k, a) => a.strength,
  },
  {
    id: "degree",
    label: "Degree centrality",
    description: "share of the other authors shown who are co-authors",
    kind: "amount",
    leads: "highest",
    format: (v) => threeDigits.format(v),
    value: (_k, a, c) => (c.visibleAuthors < 2 ? 0 : a.coauthors / (c.visibleAuthors - 1)),
  },
  {
    id: "betweenness",
    label: "Betweenness",
    description: "share of shortest paths between others that pass through the author",
    kind: "amount",
    leads: "highest",
    format: (v) => threeDigits.format(v),
    value: (k, _a, c) => c.betweenness?.get(k) ?? null,
  },
  { id: "firstYear", label: "First year", description: "year of the first paper", kind: "year", leads: "lowest", format: year, value: (_k, a) => a.firstYear },
  { id: "lastYear", label: "Last year", description: "year of the last paper", kind: "year", leads: "highest", format: year, value: (_k, a) => a.lastYear },
];

const BY_ID = new Map(MEASURES.map((m) => [m.id, m]));

export function measureOf(id: MeasureId): Measure {
  return BY_ID.get(id)!;
}

/** Whether a string from a menu, a URL or the command line names a measure. */
export function isMeasureId(id: string): id is MeasureId {
  return BY_ID.has(id as MeasureId);
}
