import type Graph from "graphology";
import type { SerializedGraph } from "graphology-types";

/** Data attributes of an author node, keyed by person id. Layout adds x and y; nothing visual is stored here. */
export interface AuthorAttributes {
  /** Display name: the most frequent spelling in the input. */
  label: string;
  /** Number of papers. */
  papers: number;
  /** Ids of her papers, in input order. */
  paperIds: string[];
  /** How many of those papers list only some authors ("et al."). */
  etAlPapers: number;
  /** Other spellings of the same person seen in the input. */
  aliases: string[];
  /** Ids the sources give this person ("orcid:0000-…", "dblp:123/4567"), when any. */
  sourceIds?: string[];
  firstYear: number | null;
  lastYear: number | null;
  /** Research group found by community detection (0 = largest); set by assignCommunities. */
  community?: number;
  x?: number;
  y?: number;
}

/** A link: the papers two authors share. */
export interface LinkAttributes {
  /** Number of shared papers. */
  weight: number;
  /** Their ids, in input order. */
  papers: string[];
}

export interface CoauthorGraphAttributes {
  papers: number;
  /** Papers whose author list was truncated ("et al."): links among unlisted authors are missing. */
  etAlPapers: number;
  /** Papers with more authors than maxAuthors: their authors are nodes, but they add no links. */
  largePapers: number;
  /** The author count above which a paper adds no links; 0 for no limit. */
  maxAuthors: number;
  /** Groups that carry on groups of the network this one was rebuilt from (`carryGroups`). */
  keptGroups?: KeptGroup[];
}

/** A research group that carries on one of the network before a rebuild, and what it keeps of it. */
export interface KeptGroup {
  /** Its `community` number now. */
  community: number;
  /** The colour the earlier group was drawn in. */
  color: string | null;
  /** The person the earlier group was named after, while she is in this one; else null. */
  center: string | null;
}

export type CoauthorGraph = Graph<AuthorAttributes, LinkAttributes, CoauthorGraphAttributes>;

/** The graph in graphology's own serialization, as the worker sends it and `Graph.from()` reads it. */
export type SerializedCoauthorGraph = SerializedGraph<AuthorAttributes, LinkAttributes, CoauthorGraphAttributes>;
