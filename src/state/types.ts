import type { CoauthorGraph } from "../graph/types";
import type { LayoutStatus } from "../layout/layoutClient";
import type { SourceError } from "../parse/index";
import type { SourceInput } from "../parse/index";
import type { Paper, ParseWarning } from "../parse/types";

export type Selection =
  | { kind: "none" }
  | { kind: "author"; key: string }
  | { kind: "link"; key: string };

export interface Loading {
  label: string;
  fraction: number;
  cancel: () => void;
}

export interface AppState {
  /** The inputs the graph was built from, kept to re-read them when the reference date changes. */
  sources: SourceInput[];
  referenceDate: string;
  papers: Map<string, Paper>;
  warnings: ParseWarning[];
  /** Inputs of the last load that could not be used at all. */
  loadErrors: SourceError[];
  graph: CoauthorGraph | null;
  selection: Selection;
  hovered: string | null;
  layout: LayoutStatus | "idle";
  loading: Loading | null;
}
