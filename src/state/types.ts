import type { CoauthorGraph } from "../graph/types";
import type { IdentityDecision } from "../identity/types";
import type { LayoutStatus } from "../layout/layoutClient";
import type { PapersRead } from "../load/readPapers";
import type { SourceInput } from "../parse/index";
import type { Paper } from "../parse/types";

export type Selection =
  | { kind: "none" }
  | { kind: "author"; key: string }
  | { kind: "link"; key: string }
  /** The identity panel: people who may be one, and the decisions taken. */
  | { kind: "identity" };

export interface Loading {
  label: string;
  fraction: number;
  cancel: () => void;
}

/** How the last load went: everything the overview's load report shows. */
export type LoadReport = Omit<PapersRead, "papers">;

export interface AppState {
  /** The inputs the graph was built from, kept to read them again (reference date, identity decisions). */
  sources: SourceInput[];
  referenceDate: string;
  /** Papers with more authors than this add no links; 0 for no limit. */
  maxAuthors: number;
  /** The user's identity decisions, in the order taken. */
  decisions: IdentityDecision[];
  /** Earlier lists of decisions, for undo; the last is the one before the current. */
  decisionHistory: IdentityDecision[][];
  papers: Map<string, Paper>;
  report: LoadReport;
  graph: CoauthorGraph | null;
  selection: Selection;
  hovered: string | null;
  layout: LayoutStatus | "idle";
  loading: Loading | null;
}
