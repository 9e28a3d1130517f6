import type { SerializedCoauthorGraph } from "../export/graphJson";
import type { SourceError } from "../parse/index";
import type { Paper, ParseWarning, SourceText } from "../parse/types";

export interface LoadRequest {
  sources: SourceText[];
  referenceDate: string;
}

/** What a load produces: papers, the graph built from them, and everything that went wrong. */
export interface LoadResult {
  papers: Paper[];
  warnings: ParseWarning[];
  errors: SourceError[];
  /** With positions: seeded, or final when laidOut. */
  graph: SerializedCoauthorGraph;
  /** True when the graph was small enough to be laid out before it is shown. */
  laidOut: boolean;
}

export type LoadMessage =
  | { type: "progress"; fraction: number }
  | { type: "done"; result: LoadResult }
  | { type: "error"; message: string };
