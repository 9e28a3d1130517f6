import type { AttributeValue } from "../graph/types";
import type { ParseWarning } from "../parse/types";

export type NetworkFormatId = "gexf" | "graphml" | "graphology-json" | "vosviewer-json";

/** A value a network file gives an author or a link, as the file types it. */
export type FileValue = AttributeValue;

/** One author (a node) as a network file describes her: no papers, only what the file says. */
export interface NetworkAuthor {
  /** The node's id in the file: the key of the author in the graph. */
  id: string;
  /** Her label in the file, else her id. */
  name: string;
  /** 1-based line of the node's record in the file. */
  line: number;
  /** Every other attribute the file gives, by its key in the file (GEXF's attribute id, GraphML's attr.name). */
  attributes: Record<string, FileValue>;
  x?: number;
  y?: number;
  /** "#rrggbb", lower case. */
  color?: string;
  size?: number;
}

/** One link (an edge) between two authors of the file. */
export interface NetworkLink {
  source: string;
  target: string;
  /** The file's weight, 1 when it gives none. */
  weight: number;
  line: number;
  attributes: Record<string, FileValue>;
}

/** What a network reader gives: the authors and links it could read, and a warning per record it could not. */
export interface NetworkModel {
  authors: NetworkAuthor[];
  links: NetworkLink[];
  /** What each attribute is called where the file names it apart from its key (GEXF's titles): "modularity_class" → "Modularity Class". */
  titles: Record<string, string>;
  /** Each with the file and the 1-based line it is about. */
  warnings: ParseWarning[];
}

/**
 * One network format. Readers are pure: text in, model out; a broken record is a warning with
 * its line, and the other records are kept. They never throw on bad input.
 */
export interface NetworkReader {
  id: NetworkFormatId;
  /** What users call it: "GEXF". */
  label: string;
  /** File name endings the file picker offers, with the dot. */
  extensions: readonly string[];
  /** Whether the text is in this format, from its start only. */
  sniff(text: string): boolean;
  read(text: string, file: string): NetworkModel;
}
