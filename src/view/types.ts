/**
 * What is shown is derived, never stored: papers → (counting, filters) → the visible graph →
 * visual attributes → the screen, the panels, the search, the statistics and the exports.
 * These are the choices that derivation takes, and what it gives.
 */

/**
 * How a paper with n authors counts. Full: every paper counts 1 for each author and 1 for each
 * link. Fractional: 1/n for each author and 1/(n−1) for each link, so each author's links from
 * one paper add up to 1 and a 50-author paper weighs no more than a 2-author one.
 */
export type Counting = "full" | "fractional";

/** Whose network is shown: everyone, one author's neighbourhood, or a list of people. */
export type Scope =
  | { kind: "all" }
  /** An author and the collaborators within `depth` steps (1 or 2). */
  | { kind: "ego"; center: string; depth: 1 | 2 }
  /** The people of a roster (person ids) and, when `outside`, everyone who wrote with one of them. */
  | { kind: "roster"; people: string[]; outside: boolean };

export interface ViewSettings {
  counting: Counting;
  /** Authors with fewer papers (among those the filters keep) are hidden. */
  minPapers: number;
  /** Links lighter than this (in the chosen counting) are hidden. */
  minWeight: number;
  /** Only the largest connected component is shown. */
  largestComponent: boolean;
  /** Papers whose author list was cut ("et al.") are left out. */
  excludeTruncated: boolean;
  /** Inclusive years; null: every paper, with or without a year. With a range, papers without a year are out. */
  years: readonly [number, number] | null;
  /** A paper is kept when it has one of these categories; null: no filter. */
  categories: readonly string[] | null;
  venues: readonly string[] | null;
  /** Names of the files the papers were read from. */
  sources: readonly string[] | null;
  scope: Scope;
}

export const DEFAULT_VIEW_SETTINGS: ViewSettings = {
  counting: "full",
  minPapers: 1,
  minWeight: 0,
  largestComponent: false,
  excludeTruncated: false,
  years: null,
  categories: null,
  venues: null,
  sources: null,
  scope: { kind: "all" },
};

/** One visible author, counted over the papers the filters keep. */
export interface AuthorView {
  /** Papers, full counting. */
  papers: number;
  /** Papers, fractional counting: 1/n for a paper with n authors. */
  fractionalPapers: number;
  /** Ids of the kept papers, in input order. */
  readonly paperIds: string[];
  /** Visible links. */
  coauthors: number;
  /** Total weight of the visible links, in the chosen counting. */
  strength: number;
  firstYear: number | null;
  lastYear: number | null;
}

/** The visible graph: the full graph's people and links that remain, with their counts. */
export interface GraphView {
  settings: ViewSettings;
  /** Visible authors by person id, in the full graph's node order. */
  authors: ReadonlyMap<string, AuthorView>;
  /** Visible links (the full graph's edge keys) and their weight in the chosen counting. */
  links: ReadonlyMap<string, number>;
  /** Ids of the kept papers that have at least one visible author. */
  papers: ReadonlySet<string>;
  /**
   * The same visibility as flags by position in the full graph's node and edge order
   * (`graphIndexOf`), for passes over every author or link that would otherwise look each key up.
   */
  visibility: { nodes: Uint8Array; links: Uint8Array };
  /**
   * What the full network has and this view does not show, by the filters and the scope
   * together. Papers without authors are not counted: no view shows them (`withoutAuthors`).
   */
  hidden: HiddenCounts;
  /** The part of `hidden` that the scope (an author's network, a roster) leaves out of what the filters keep; zeros without a scope. */
  outsideScope: HiddenCounts;
  /** Papers read without any author: in the data, but in no network, since there is nobody to draw. */
  withoutAuthors: number;
}

export interface HiddenCounts {
  authors: number;
  links: number;
  papers: number;
}
