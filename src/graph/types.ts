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
  /** Read from a network file: the colour it draws her in ("#rrggbb"), her size there, and what else it says of her by name. */
  fileColor?: string;
  fileSize?: number;
  fileAttributes?: Record<string, AttributeValue>;
}

/** A value a network file gives an author or a link. */
export type AttributeValue = string | number | boolean | string[];

/**
 * Where a network read from a network file (GEXF, GraphML, graphology or VOSviewer JSON) came
 * from, and what it gave: such a network has authors and links but no papers.
 */
export interface NetworkOrigin {
  file: string;
  /** The format's name: "GEXF". */
  format: string;
  /** Every author has a place in the file: the layout does not run over them. */
  positions: boolean;
  /** Some authors have a colour in the file: "as in the file" is a colour choice. */
  colors: boolean;
  sizes: boolean;
  /** The file says how many papers each author has (this explorer's own files do, and VOSviewer's "Documents"). */
  paperCounts: boolean;
}

/** A link: the papers two authors share. */
export interface LinkAttributes {
  /** Number of shared papers. */
  weight: number;
  /** Their ids, in input order; none for a link read from a network file. */
  papers: string[];
  /** What a network file says of the link besides its weight, by name. */
  fileAttributes?: Record<string, AttributeValue>;
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
  /** Set when the network was read from a network file rather than built from papers. */
  network?: NetworkOrigin;
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
