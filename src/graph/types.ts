import type Graph from "graphology";

/** Data attributes of an author node. Layout adds x and y; nothing visual is stored here. */
export interface AuthorAttributes {
  /** Display name: the most frequent spelling in the input. */
  label: string;
  /** Number of papers. */
  papers: number;
  /** Ids of her papers, in input order. */
  paperIds: string[];
  /** How many of those papers list only some authors ("et al."). */
  etAlPapers: number;
  /** Other spellings of the same name seen in the input (folded to the same identity). */
  aliases: string[];
  firstYear: number | null;
  lastYear: number | null;
  /** Research group found by community detection (0 = largest); set by assignCommunities. */
  community?: number;
  x?: number;
  y?: number;
}

/** A co-authorship: the papers two authors share. */
export interface CoauthorshipAttributes {
  /** Number of shared papers. */
  weight: number;
  /** Their ids, in input order. */
  papers: string[];
}

export interface CoauthorGraphAttributes {
  papers: number;
  /** Papers whose author list was truncated ("et al."): links among unlisted authors are missing. */
  etAlPapers: number;
}

export type CoauthorGraph = Graph<AuthorAttributes, CoauthorshipAttributes, CoauthorGraphAttributes>;
