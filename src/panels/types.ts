import type { CoauthorGraph } from "../graph/types";
import type { IdentityDecision } from "../identity/types";
import type { Paper } from "../parse/types";
import type { LoadReport } from "../state/types";
import type { Visuals } from "../visual/types";

/** What a panel may read and do. Panels compute nothing about the graph beyond looking things up. */
export interface PanelContext {
  graph: CoauthorGraph;
  papers: ReadonlyMap<string, Paper>;
  report: LoadReport;
  visuals: Visuals;
  /** The names of the inputs on screen. */
  sourceNames: string[];
  decisions: readonly IdentityDecision[];
  canUndo: boolean;
  selectAuthor(key: string): void;
  selectLink(key: string): void;
  clearSelection(): void;
  showIdentity(): void;
  /** Takes identity decisions: the network is rebuilt with them. */
  setDecisions(decisions: IdentityDecision[]): void;
  undo(): void;
  exportDecisions(): void;
  importDecisions(file: File): void;
}
