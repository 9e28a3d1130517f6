import Graph from "graphology";
import type { CoauthorGraph } from "../graph/types";
import type { IdentityDecision } from "../identity/types";
import { LayoutRunner } from "../layout/layoutClient";
import { LoadCancelled, startLoad } from "../load/loadClient";
import type { LoadResult } from "../load/messages";
import type { SourceError, SourceInput } from "../parse/index";
import { createRenderer, type Renderer } from "../render/renderer";
import { buildAuthorIndex, type AuthorEntry } from "../search/authorIndex";
import type { Store } from "../state/store";
import type { AppState, Selection } from "../state/types";
import { computeVisuals } from "../visual/compute";
import type { LoadMode } from "../ui/loadControls";
import type { Visuals } from "../visual/types";
import { publishExplorer } from "./explorerHook";
import { loadMessage } from "./loadMessage";


export interface LoadOptions {
  /** Open replaces the network; add keeps what is loaded and reads the new files with it. */
  mode?: LoadMode;
  /** Files that could not even be read as bytes, reported with the load. */
  unreadable?: SourceError[];
  /** True for a reload of the same data: people stay where they are and the selection stays. */
  keepView?: boolean;
}

/** Ties loading, drawing, layout and selection together; the UI calls these methods. */
export class ExplorerController {
  private drawing: Renderer | null = null;
  private layout: LayoutRunner | null = null;
  private loadCount = 0;
  visuals: Visuals = { nodes: new Map(), edges: new Map(), groups: [], communityColors: [], communities: 0 };
  authorIndex: AuthorEntry[] = [];

  constructor(
    private readonly store: Store<AppState>,
    private readonly container: HTMLElement,
    private readonly notify: (message: string | null, action?: { label: string; run: () => void }) => void,
  ) {
    store.subscribe((state, previous) => {
      if (state.selection !== previous.selection || state.hovered !== previous.hovered) this.applyEmphasis(state);
      if (state.layout !== previous.layout && window.explorer) window.explorer.layout = state.layout;
    });
  }

  /**
   * Loads inputs in a worker. The network on screen stays until the new one is ready, and stays
   * if nothing usable was read. A load started while another runs cancels it.
   */
  async load(inputs: SourceInput[], options: LoadOptions = {}): Promise<void> {
    const state = this.store.get();
    state.loading?.cancel();
    this.notify(null);
    const id = ++this.loadCount;
    const adding = options.mode === "add" && state.graph !== null;
    const sources = adding ? [...state.sources, ...inputs] : inputs;
    const label = inputs.length === 1 ? `Reading ${inputs[0]!.name}` : `Reading ${inputs.length} files`;
    const running = startLoad(
      {
        sources,
        referenceDate: state.referenceDate,
        maxAuthors: state.maxAuthors,
        decisions: state.decisions,
        positions: options.keepView || adding ? this.positions() : undefined,
      },
      (fraction) => {
        const loading = this.store.get().loading;
        if (id === this.loadCount && loading) this.store.set({ loading: { ...loading, fraction } });
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
    if (result.papers.length === 0 || (!options.keepView && newOnes.length === 0)) {
      this.store.set({ report: { ...this.store.get().report, errors } });
      this.notify(`Nothing loaded: ${errors.map((e) => `${e.file}: ${e.message}`).join("; ") || "no papers found"}. The current network is kept.`);
      return;
    }
    this.show(result, sources.filter((s) => !failed.has(s.name)), errors, options.keepView === true);
    const message = loadMessage(newOnes.map((s) => s.name), errors, options.keepView === true);
    if (message) this.notify(message);
  }

  private show(result: LoadResult, sources: SourceInput[], errors: SourceError[], keepView: boolean): void {
    this.layout?.stop();
    const graph = Graph.from(result.graph) as CoauthorGraph;
    this.visuals = computeVisuals(graph);
    this.authorIndex = buildAuthorIndex(graph);
    this.renderer.show(graph, this.visuals, { keepCamera: keepView });
    performance.mark("first-frame"); // sigma has drawn it; `npm run bench` reads this mark
    this.layout = new LayoutRunner(graph, (key) => this.visuals.nodes.get(key)?.size ?? 4, (status) => this.store.set({ layout: status }));
    publishExplorer({ graph, sigma: this.renderer.sigma, layout: result.laidOut ? "settled" : "idle" });
    const { papers, ...report } = result;
    const previous = this.store.get().selection;
    this.store.set({
      graph,
      sources,
      papers: new Map(papers.map((p) => [p.id, p])),
      report: { ...report, errors },
      selection: keepView && stillThere(previous, graph) ? previous : { kind: "none" },
      hovered: null,
    });
    if (result.laidOut) this.store.set({ layout: "settled" });
    else this.layout.start();
  }

  /** Where every person is now, to keep them there through a rebuild. */
  private positions(): Record<string, [number, number]> | undefined {
    const graph = this.store.get().graph;
    if (!graph) return undefined;
    const positions: Record<string, [number, number]> = {};
    graph.forEachNode((key, a) => {
      if (a.x !== undefined && a.y !== undefined) positions[key] = [a.x, a.y];
    });
    return positions;
  }

  /** sigma is set up at the first graph shown, then kept: its WebGL set-up is the slowest step of the first picture. */
  private get renderer(): Renderer {
    this.drawing ??= createRenderer(this.container, {
      onHoverNode: (key) => this.store.set({ hovered: key }),
      onClickNode: (key) => this.select({ kind: "author", key }),
      onClickEdge: (key) => this.select({ kind: "link", key }),
      onClickBackground: () => this.select({ kind: "none" }),
    });
    return this.drawing;
  }

  select(selection: Selection, options: { center?: boolean } = {}): void {
    this.store.set({ selection });
    if (options.center && selection.kind === "author") this.renderer.centerOn(selection.key);
  }

  toggleLayout(): void {
    if (!this.layout) return;
    if (this.layout.running) this.layout.stop();
    else this.layout.start();
  }

  /** Reads the same inputs again after a setting that changes how they are read or linked. */
  private reload(): void {
    const { sources } = this.store.get();
    if (sources.length > 0) void this.load(sources, { keepView: true });
  }

  /** Dates without a year are read again against another reference date. */
  setReferenceDate(date: string): void {
    this.store.set({ referenceDate: date });
    this.reload();
  }

  setMaxAuthors(maxAuthors: number): void {
    this.store.set({ maxAuthors });
    this.reload();
  }

  /** Takes identity decisions (a merge, a split, a file of them) and rebuilds the network; undo goes back. */
  setDecisions(decisions: IdentityDecision[]): void {
    const { decisions: current, decisionHistory } = this.store.get();
    this.store.set({ decisions, decisionHistory: [...decisionHistory, current] });
    this.reload();
  }

  undoDecision(): void {
    const { decisionHistory } = this.store.get();
    const previous = decisionHistory[decisionHistory.length - 1];
    if (!previous) return;
    this.store.set({ decisions: previous, decisionHistory: decisionHistory.slice(0, -1) });
    this.reload();
  }

  get sigma() {
    return this.drawing?.sigma ?? null;
  }

  private applyEmphasis(state: AppState): void {
    this.drawing?.setEmphasis({
      hoveredNode: state.hovered,
      selectedNode: state.selection.kind === "author" ? state.selection.key : null,
      selectedEdge: state.selection.kind === "link" ? state.selection.key : null,
    });
  }
}

function stillThere(selection: Selection, graph: CoauthorGraph): boolean {
  if (selection.kind === "author") return graph.hasNode(selection.key);
  if (selection.kind === "link") return graph.hasEdge(selection.key);
  return true;
}
