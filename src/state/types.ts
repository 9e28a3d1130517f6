import type { CoauthorGraph } from "../graph/types";
import type { IdentityDecision } from "../identity/types";
import type { LayoutStatus } from "../layout/layoutClient";
import type { PapersRead } from "../load/readPapers";
import type { SourceInput } from "../parse/index";
import type { Paper } from "../parse/types";
import type { MeasureId } from "../measures/measures";
import type { GraphView, ViewSettings } from "../view/types";

/** How the last load went: everything the overview's load report shows. */
export type LoadReport = Omit<PapersRead, "papers">;

/** What was read: the inputs, how they were read, and the full network built from them. */
export interface DataState {
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
  /** Every author and link read; positions live here. What is shown is derived from it (src/view). */
  graph: CoauthorGraph | null;
}

/** The side panel's tools; an author or link picked is shown over them until a tool is opened again. */
export type PanelKind = "overview" | "filters" | "statistics" | "table" | "path" | "roster" | "identity";

/** What drives node colour: a measure, the research groups, or the colours a network file gives ("file"). */
export type ColorBy = "community" | "file" | MeasureId;

export interface Roster {
  /** The names as pasted, one per line. */
  text: string;
  /** The people they matched. */
  people: string[];
  /** Roster members are emphasised in every view. */
  highlight: boolean;
}

/** How the data is looked at: counting, filters, scope, encodings, the open tool. */
export interface ViewState {
  settings: ViewSettings;
  sizeBy: MeasureId;
  colorBy: ColorBy;
  panel: PanelKind;
  roster: Roster;
  /** The two ends of the collaboration path asked for (person ids); the path is found once both are set. */
  path: { from: string | null; to: string | null };
}

/** The column the table of authors is sorted by ("name" or a measure id) and which way. */
export interface TableSort {
  column: string;
  descending: boolean;
}

/** The table of authors as it is looked at. */
export interface TableView {
  sort: TableSort;
  /** The page shown (from 0); null for the page of the selected author, or the first. */
  page: number | null;
}

export type Selected = { kind: "none" } | { kind: "author"; key: string } | { kind: "link"; key: string };

export interface SelectionState {
  item: Selected;
  hovered: string | null;
  /**
   * Whether the side panel shows the selected item's panel, or the open tool with the item
   * still selected (a tool opened, or the back button pressed): what is selected and what the
   * panel shows are two things. Never true with nothing selected (see state/selection.ts).
   */
  panelShowsItem: boolean;
}

/**
 * What the user has under way in the panels and not yet applied: text typed in a picker, a
 * facet list's find box or the roster, the roster's outside-collaborators choice before it is
 * shown, the table row the keyboard is on. Panels read it when drawn; a change of it draws
 * nothing (the panel is rebuilt on view changes, and these must outlive that, and a reload).
 */
export interface PanelDrafts {
  /** What was typed in each author picker and not yet picked, by picker id. */
  pickers: Readonly<Record<string, string>>;
  /** What is typed in each facet list's find box, by list id ("categories", "venues", "sources"). */
  facetQueries: Readonly<Record<string, string>>;
  /** The roster's text as typed, before *Show the roster*; null when it is the roster's own. */
  roster: string | null;
  /** Whether a roster, once shown, includes its outside collaborators. */
  rosterOutside: boolean;
  /** The table row (person id) that takes Tab into the table: where the keyboard last was. */
  tableActive: string | null;
}

/** What the ego banner shows of the browser history: whether Back and Forward lead anywhere, and an author asked for who is not there. */
export interface ViewHistoryStatus {
  canBack: boolean;
  canForward: boolean;
  /** The person id or name an address or history entry asked for that the network does not have. */
  missing: string | null;
  /** How many authors that name fits when it fits several (else 0): which one was meant is for the user to say. */
  several: number;
}

export interface Loading {
  label: string;
  fraction: number;
  cancel: () => void;
}

/** Betweenness of one visible graph, computed in a worker: it arrives after the view it belongs to. */
export interface Analysis {
  view: GraphView;
  betweenness: ReadonlyMap<string, number>;
  exact: boolean;
  /** Authors it was computed from (all of them when exact). */
  sources: number;
  /** When sampled: the widest half-width of the authors' 95 % ranges, on the normalised scale; 0 when exact. */
  error: number | null;
}

/** Where the map looks, as sigma's camera has it: the middle of the map in the fitted frame (0 to 1 across it) and the zoom (1: the whole frame). */
export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export interface AppState {
  data: DataState;
  view: ViewState;
  selection: SelectionState;
  table: TableView;
  drafts: PanelDrafts;
  viewHistory: ViewHistoryStatus;
  analysis: Analysis | null;
  layout: LayoutStatus | "idle";
  loading: Loading | null;
  /**
   * Where the map looked when it last came to rest (not every frame of a drag), for the address
   * and the saved work; null while the map shows the fitted frame a network opens on.
   */
  camera: CameraView | null;
}
