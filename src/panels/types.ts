import type { CoauthorGraph } from "../graph/types";
import type { IdentityDecision } from "../identity/types";
import type { Paper } from "../parse/types";
import type { AuthorEntry } from "../search/authorIndex";
import type { PanelShown } from "../state/selection";
import type { Analysis, LoadReport, PanelDrafts, PanelKind, Selected, TableView, ViewState } from "../state/types";
import type { Facets } from "../view/facets";
import type { CollaborationPath } from "../view/path";
import type { NetworkStats } from "../view/stats";
import type { GraphView, ViewSettings } from "../view/types";
import type { Visuals } from "../visual/types";

/**
 * What a panel may read and do. Panels compute nothing about the graph beyond looking things
 * up: counts come from the visible graph (`view`), which the filters and scope derive.
 */
export interface PanelContext {
  /** The full network: labels, aliases, positions, groups. */
  graph: CoauthorGraph;
  /** What is shown: visible authors and links with their counts in the view. */
  view: GraphView;
  papers: ReadonlyMap<string, Paper>;
  report: LoadReport;
  visuals: Visuals;
  stats: NetworkStats;
  /** Betweenness of this view, once the worker has computed it; null until then. */
  analysis: Analysis | null;
  facets: Facets;
  /** The visible authors, for pickers that search by name. */
  searchIndex: readonly AuthorEntry[];
  /** Counting, filters, scope, encodings, the open tool, the roster and the path asked for. */
  viewState: ViewState;
  /** What is selected, whether its panel or a tool shows. */
  selected: Selected;
  /** What the panel shows: the selected author's or link's panel, or the open tool. */
  shown: PanelShown;
  /** The table of authors' sort and page. */
  table: TableView;
  /** What is typed or pointed at in the panels and not yet applied: always the store's current one, for handlers too. */
  readonly drafts: PanelDrafts;
  /** The path asked for in this view, or null when none was asked or there is none. */
  path: CollaborationPath | null;
  /** The names of the inputs on screen. */
  sourceNames: string[];
  /** Whether the network is the sample's, shown until the user opens their own files. */
  showsSample: boolean;
  decisions: readonly IdentityDecision[];
  canUndo: boolean;
  selectAuthor(key: string): void;
  selectLink(key: string): void;
  clearSelection(): void;
  /** Opens a tool; what is selected stays selected. */
  openPanel(panel: PanelKind): void;
  /** Shows the selected author's or link's panel again. */
  showSelected(): void;
  showIdentity(): void;
  /** The toolbar's Open files…: picks files that replace the network; focus then returns to `returnFocus`. */
  openFiles(returnFocus: HTMLElement): void;
  /** Counting, filters and scope: the map and every panel follow. */
  setSettings(patch: Partial<ViewSettings>): void;
  setViewState(patch: Partial<ViewState>): void;
  setTable(patch: Partial<TableView>): void;
  /** Keeps what is typed or pointed at; draws nothing. */
  setDrafts(patch: Partial<PanelDrafts>): void;
  /** Takes identity decisions: the network is rebuilt with them. */
  setDecisions(decisions: IdentityDecision[]): void;
  undo(): void;
  exportDecisions(): void;
  importDecisions(file: File): void;
}
