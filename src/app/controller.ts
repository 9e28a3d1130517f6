import Graph from "graphology";
import { previousGroupsOf, type PreviousGroups } from "../graph/keptGroups";
import type { CoauthorGraph } from "../graph/types";
import type { IdentityDecision } from "../identity/types";
import { layoutInputFromGraph } from "../layout/input";
import { LayoutRunner } from "../layout/layoutClient";
import { LoadCancelled, startLoad } from "../load/loadClient";
import type { LoadResult } from "../load/messages";
import type { SourceError, SourceInput } from "../parse/index";
import { createRenderer, type Renderer } from "../render/renderer";
import { DEFAULT_VIEW_STATE, NO_DRAFTS } from "../state/initialState";
import { pick, showItem, showTool } from "../state/selection";
import type { Store } from "../state/store";
import type { AppState, CameraView, DataState, PanelDrafts, PanelKind, Selected, SelectionState, TableView, ViewState } from "../state/types";
import type { LoadMode } from "../ui/loadControls";
import type { ViewSettings } from "../view/types";
import { analysisInputOf, betweennessByKey } from "../measures/analysis";
import { AnalysisCancelled, AnalysisClient } from "../measures/analysisClient";
import type { GraphView } from "../view/types";
import { Derivation } from "./derivation";
import { publishExplorer } from "./explorerHook";
import { loadMessage } from "./loadMessage";

export interface LoadOptions {
  /** Open replaces the network; add keeps what is loaded and reads the new files with it. */
  mode?: LoadMode;
  /** Files that could not even be read as bytes, reported with the load. */
  unreadable?: SourceError[];
  /** True for a reload of the same data: people stay where they are and the selection stays. */
  keepView?: boolean;
  /** The work kept from the last visit: the network opens with this view and selection (an author no longer there is let go). */
  restore?: RestoredView;
}

/** How a network kept from the last visit was looked at. */
export interface RestoredView {
  view: ViewState;
  selection: SelectionState;
  table: TableView;
  drafts: PanelDrafts;
  /** Where the map looked; null for the fitted frame. */
  camera: CameraView | null;
}

/** How long the view must stay the same before its betweenness is computed. */
const ANALYSIS_DELAY_MS = 300;

/** Ties loading, drawing, layout and selection together; the UI calls these methods. */
export class ExplorerController {
  private drawing: Renderer | null = null;
  private layout: LayoutRunner | null = null;
  private loadCount = 0;
  private readonly analysis = new AnalysisClient();
  private analysisTimer: ReturnType<typeof setTimeout> | null = null;
  private analysed: GraphView | null = null;
  readonly derived: Derivation;

  constructor(
    private readonly store: Store<AppState>,
    private readonly container: HTMLElement,
    private readonly notify: (message: string | null, action?: { label: string; run: () => void }) => void,
    /** What is drawn over the map (the status line): the map's fitted frame keeps clear of it. */
    private readonly mapCovers: () => readonly HTMLElement[] = () => [],
  ) {
    this.derived = new Derivation(() => store.get());
    store.subscribe((state, previous) => {
      if (state.layout !== previous.layout && window.explorer) window.explorer.layout = state.layout;
      // A new graph is drawn by show(); within one graph, anything shown may have changed.
      if (!state.data.graph) return;
      this.scheduleAnalysis();
      if (state.data.graph !== previous.data.graph) return;
      if (state.view !== previous.view || state.selection !== previous.selection || state.analysis !== previous.analysis || state.layout !== previous.layout) this.redraw();
    });
  }

  private setData(patch: Partial<DataState>): void {
    this.store.set({ data: { ...this.store.get().data, ...patch } });
  }

  private setView(patch: Partial<ViewState>): void {
    this.store.set({ view: { ...this.store.get().view, ...patch } });
  }

  /**
   * Loads inputs in a worker. The network on screen stays until the new one is ready, and stays
   * if nothing usable was read. A load started while another runs cancels it.
   */
  async load(inputs: SourceInput[], options: LoadOptions = {}): Promise<void> {
    const { data, loading } = this.store.get();
    loading?.cancel();
    this.notify(null);
    const id = ++this.loadCount;
    const adding = options.mode === "add" && data.graph !== null;
    const sources = adding ? [...data.sources, ...inputs] : inputs;
    const rebuilding = options.keepView === true || adding;
    const label = inputs.length === 1 ? `Reading ${inputs[0]!.name}` : `Reading ${inputs.length} files`;
    const running = startLoad(
      {
        sources,
        referenceDate: data.referenceDate,
        maxAuthors: data.maxAuthors,
        decisions: data.decisions,
        // A rebuild keeps people where they were, and groups that carry on their colours and names.
        positions: rebuilding ? this.positions() : undefined,
        groups: rebuilding ? this.previousGroups() : undefined,
      },
      (fraction) => {
        const current = this.store.get().loading;
        if (id === this.loadCount && current) this.store.set({ loading: { ...current, fraction } });
      },
    );
    this.store.set({ loading: { label: options.keepView ? "Rebuilding the network" : label, fraction: 0, cancel: running.cancel } });
    let result: LoadResult;
    try {
      result = await running.result;
    } catch (error) {
      // A load cancelled by a newer one must not clear the newer one's progress bar.
      if (id !== this.loadCount) return;
      this.store.set({ loading: null });
      if (!(error instanceof LoadCancelled)) this.notify(`Could not load: ${(error as Error).message}`);
      return;
    }
    if (id !== this.loadCount) return;
    this.store.set({ loading: null });

    const errors = [...(options.unreadable ?? []), ...result.errors];
    const failed = new Set(result.errors.map((e) => e.file));
    const newOnes = inputs.filter((input) => !failed.has(input.name));
    const read = result.papers.length > 0 || result.graph.attributes?.network !== undefined;
    if (!read || (!options.keepView && newOnes.length === 0)) {
      this.setData({ report: { ...this.store.get().data.report, errors } });
      this.notify(`Nothing loaded: ${errors.map((e) => `${e.file}: ${e.message}`).join("; ") || "no papers found"}. The current network is kept.`);
      return;
    }
    this.show(result, sources.filter((s) => !failed.has(s.name)), errors, rebuilding, options.restore);
    const message = loadMessage(newOnes.map((s) => s.name), errors, options.keepView === true);
    if (message) this.notify(message);
  }

  private show(result: LoadResult, sources: SourceInput[], errors: SourceError[], keepView: boolean, restore?: RestoredView): void {
    this.layout?.stop();
    const graph = Graph.from(result.graph) as CoauthorGraph;
    const { papers, ...report } = result;
    // A restored view is kept as a rebuild's is, and looks where it looked (the layout is seeded: the same people are there).
    const rebuilt = keepView;
    if (restore) {
      this.store.set({ drafts: restore.drafts });
      keepView = true;
    }
    const { selection, view, table } = restore ?? this.store.get();
    // A network file's own colours are shown as it draws them; papers have none to show.
    const network = graph.getAttribute("network");
    const colorBy = network?.colors ? "file" : view.colorBy === "file" ? "community" : view.colorBy;
    // A new network starts unfiltered; a rebuild of the same one keeps the filters and what is picked.
    this.store.set({
      data: { ...this.store.get().data, graph, sources, papers: new Map(papers.map((p) => [p.id, p])), report: { ...report, errors } },
      view: keepView ? view : { ...view, colorBy, settings: { ...view.settings, years: null, categories: null, venues: null, sources: null, scope: { kind: "all" } }, path: { from: null, to: null } },
      selection: keepView && stillThere(selection.item, graph) ? { ...selection, hovered: null } : pick({ ...selection, hovered: null }, { kind: "none" }),
      table: keepView ? table : { ...table, page: null },
    });
    this.renderer.show(graph, this.drawn(), { keepCamera: rebuilt });
    if (restore?.camera) this.renderer.setCamera(restore.camera);
    else if (!rebuilt) this.store.set({ camera: null });
    performance.mark("first-frame"); // sigma has drawn it; `npm run bench` reads this mark
    this.layout = new LayoutRunner(graph, () => {
      const visuals = this.derived.visuals;
      return layoutInputFromGraph(graph, (key) => visuals.nodes.get(key)?.size ?? 4, this.derived.view);
    }, (status) => this.store.set({ layout: status }));
    publishExplorer({ graph, sigma: this.renderer.sigma, layout: result.laidOut ? "settled" : "idle", view: () => this.derived.view, setSettings: (patch) => this.setSettings(patch), labels: () => this.renderer.labels() });
    if (result.laidOut) this.store.set({ layout: "settled" });
    else this.layout.start();
  }

  /**
   * Betweenness of the visible graph, in a worker, a moment after the view stops changing: the
   * year animation or a dragged slider do not start one computation per step.
   */
  private scheduleAnalysis(): void {
    const view = this.derived.view;
    if (view === this.analysed) return;
    this.analysed = view;
    if (this.analysisTimer) clearTimeout(this.analysisTimer);
    this.analysis.cancel();
    this.analysisTimer = setTimeout(() => {
      this.analysisTimer = null;
      const graph = this.store.get().data.graph;
      if (!graph || this.derived.view !== view) return;
      const input = analysisInputOf(graph, view);
      const keys = input.keys;
      this.analysis.betweenness(input).then(
        (result) => {
          if (this.derived.view !== view) return;
          this.store.set({ analysis: { view, betweenness: betweennessByKey(keys, result), exact: result.exact, sources: result.sources, error: result.error } });
        },
        (error: unknown) => {
          if (!(error instanceof AnalysisCancelled)) console.error(`betweenness failed: ${(error as Error).message}`);
        },
      );
    }, ANALYSIS_DELAY_MS);
  }

  private drawn() {
    return { view: this.derived.view, visuals: this.derived.visuals, focus: this.derived.focus };
  }

  private redraw(): void {
    this.drawing?.setDrawn(() => this.drawn());
  }

  /** Where every person is now, to keep them there through a rebuild. */
  private positions(): Record<string, [number, number]> | undefined {
    const graph = this.store.get().data.graph;
    if (!graph) return undefined;
    const positions: Record<string, [number, number]> = {};
    graph.forEachNode((key, a) => {
      if (a.x !== undefined && a.y !== undefined) positions[key] = [a.x, a.y];
    });
    return positions;
  }

  /** The groups on screen, by colour and name, for those that carry on through a rebuild to keep them. */
  private previousGroups(): PreviousGroups | undefined {
    const graph = this.store.get().data.graph;
    return graph ? previousGroupsOf(graph, this.derived.groupColors, this.derived.visuals.groups) : undefined;
  }

  /** sigma is set up at the first graph shown, then kept: its WebGL set-up is the slowest step of the first picture. */
  private get renderer(): Renderer {
    this.drawing ??= createRenderer(this.container, {
      onHoverNode: (key) => this.store.set({ selection: { ...this.store.get().selection, hovered: key } }),
      onClickNode: (key) => this.select({ kind: "author", key }),
      onClickEdge: (key) => this.select({ kind: "link", key }),
      onClickBackground: () => this.select({ kind: "none" }),
    }, this.mapCovers);
    this.drawing.onCameraRest((camera) => this.store.set({ camera }));
    return this.drawing;
  }

  setCamera(camera: CameraView): void {
    this.drawing?.setCamera(camera);
  }

  zoom(step: "in" | "out" | "fit"): void {
    this.drawing?.zoom(step);
  }

  /** Picks an author or a link, whose panel shows; the table turns to the page of an author picked. */
  select(item: Selected, options: { center?: boolean } = {}): void {
    const { selection, table } = this.store.get();
    this.store.set({ selection: pick(selection, item), table: item.kind === "author" ? { ...table, page: null } : table });
    if (options.center && item.kind === "author") this.renderer.centerOn(item.key);
  }

  /** Opens a tool in the side panel (the back button opens the one that was open); what is selected stays selected. */
  openPanel(panel: PanelKind): void {
    const { view, selection } = this.store.get();
    this.store.set({ view: view.panel === panel ? view : { ...view, panel }, selection: showTool(selection) });
  }

  /** Shows the selected author's or link's panel again, over the tool that showed instead. */
  showSelected(): void {
    this.store.set({ selection: showItem(this.store.get().selection) });
  }

  /** Counting, filters, scope: the map, panels, search and statistics follow; nobody moves. */
  setSettings(patch: Partial<ViewSettings>): void {
    this.setView({ settings: { ...this.store.get().view.settings, ...patch } });
  }

  setViewState(patch: Partial<ViewState>): void {
    this.setView(patch);
  }

  /** The table's sort and page. */
  setTable(patch: Partial<TableView>): void {
    this.store.set({ table: { ...this.store.get().table, ...patch } });
  }

  /** What is typed or pointed at in a panel and not yet applied (see PanelDrafts): nothing is drawn again. */
  setDrafts(patch: Partial<PanelDrafts>): void {
    this.store.set({ drafts: { ...this.store.get().drafts, ...patch } });
  }

  toggleLayout(): void {
    if (!this.layout) return;
    if (this.layout.running) this.layout.stop();
    else this.layout.start();
  }

  /**
   * Opens `inputs` as if for the first time: no identity decisions, the view as a new visit
   * has it, nothing selected or typed. What *Start afresh* shows once the saved work is emptied.
   */
  startAfresh(inputs: SourceInput[], fresh: { referenceDate: string; maxAuthors: number; table: TableView }): Promise<void> {
    const { data, selection } = this.store.get();
    this.store.set({
      data: { ...data, referenceDate: fresh.referenceDate, maxAuthors: fresh.maxAuthors, decisions: [], decisionHistory: [] },
      view: DEFAULT_VIEW_STATE,
      selection: pick({ ...selection, hovered: null }, { kind: "none" }),
      table: fresh.table,
      drafts: NO_DRAFTS,
    });
    return this.load(inputs);
  }

  /** Reads the same inputs again after a setting that changes how they are read or linked. */
  private reload(): void {
    const { sources } = this.store.get().data;
    if (sources.length > 0) void this.load(sources, { keepView: true });
  }

  /** Dates without a year are read again against another reference date. */
  setReferenceDate(date: string): void {
    this.setData({ referenceDate: date });
    this.reload();
  }

  setMaxAuthors(maxAuthors: number): void {
    this.setData({ maxAuthors });
    this.reload();
  }

  /** Takes identity decisions (a merge, a split, a file of them) and rebuilds the network; undo goes back. */
  setDecisions(decisions: IdentityDecision[]): void {
    const { decisions: current, decisionHistory } = this.store.get().data;
    this.setData({ decisions, decisionHistory: [...decisionHistory, current] });
    this.reload();
  }

  undoDecision(): void {
    const { decisionHistory } = this.store.get().data;
    const previous = decisionHistory[decisionHistory.length - 1];
    if (!previous) return;
    this.setData({ decisions: previous, decisionHistory: decisionHistory.slice(0, -1) });
    this.reload();
  }

  get sigma() {
    return this.drawing?.sigma ?? null;
  }

  /** The view on screen as a figure's camera; null before the first network. */
  viewCamera() {
    return this.drawing?.viewCamera() ?? null;
  }
}

function stillThere(item: Selected, graph: CoauthorGraph): boolean {
  if (item.kind === "author") return graph.hasNode(item.key);
  if (item.kind === "link") return graph.hasEdge(item.key);
  return true;
}
