import Graph from "graphology";
import type { CoauthorGraph } from "../graph/types";
import { LayoutRunner } from "../layout/layoutClient";
import { LoadCancelled, startLoad } from "../load/loadClient";
import type { LoadResult } from "../load/messages";
import type { SourceError } from "../parse/index";
import type { SourceInput } from "../parse/index";
import { createRenderer, type Renderer } from "../render/renderer";
import { buildAuthorIndex, type AuthorEntry } from "../search/authorIndex";
import type { Store } from "../state/store";
import type { AppState, Selection } from "../state/types";
import { computeVisuals } from "../visual/compute";
import type { Visuals } from "../visual/types";
import { publishExplorer } from "./explorerHook";

/** Ties loading, drawing, layout and selection together; the UI calls these methods. */
export class ExplorerController {
  private drawing: Renderer | null = null;
  private layout: LayoutRunner | null = null;
  visuals: Visuals = { nodes: new Map(), edges: new Map(), communityColors: [], communities: 0 };
  authorIndex: AuthorEntry[] = [];

  constructor(
    private readonly store: Store<AppState>,
    private readonly container: HTMLElement,
    private readonly notify: (message: string) => void,
  ) {
    store.subscribe((state, previous) => {
      if (state.selection !== previous.selection || state.hovered !== previous.hovered) this.applyEmphasis(state);
      if (state.layout !== previous.layout && window.explorer) window.explorer.layout = state.layout;
    });
  }

  /** Loads inputs in a worker; the graph on screen stays until the new one is ready, and stays if nothing loads. */
  async load(sources: SourceInput[], unreadable: SourceError[] = [], referenceDate = this.store.get().referenceDate): Promise<void> {
    this.store.get().loading?.cancel();
    const label = sources.length === 1 ? `Reading ${sources[0]!.name}` : `Reading ${sources.length} files`;
    const running = startLoad({ sources, referenceDate }, (fraction) => {
      const loading = this.store.get().loading;
      if (loading) this.store.set({ loading: { ...loading, fraction } });
    });
    this.store.set({ loading: { label, fraction: 0, cancel: running.cancel } });
    let result: LoadResult;
    try {
      result = await running.result;
    } catch (error) {
      this.store.set({ loading: null });
      if (!(error instanceof LoadCancelled)) this.notify(`Could not load: ${(error as Error).message}`);
      return;
    }
    this.store.set({ loading: null });
    const errors = [...unreadable, ...result.errors];
    if (result.papers.length === 0) {
      this.store.set({ loadErrors: errors });
      this.notify(`Nothing loaded: ${errors.map((e) => `${e.file}: ${e.message}`).join("; ") || "no papers found"}. The current network is kept.`);
      return;
    }
    this.show(result, sources, errors, referenceDate);
  }

  private show(result: LoadResult, sources: SourceInput[], errors: SourceError[], referenceDate: string): void {
    this.layout?.stop();
    const graph = Graph.from(result.graph) as CoauthorGraph;
    this.visuals = computeVisuals(graph);
    this.authorIndex = buildAuthorIndex(graph);
    this.renderer.show(graph, this.visuals);
    performance.mark("first-frame"); // sigma has drawn it; `npm run bench` reads this mark
    this.layout = new LayoutRunner(graph, (key) => this.visuals.nodes.get(key)?.size ?? 4, (status) => this.store.set({ layout: status }));
    publishExplorer({ graph, sigma: this.renderer.sigma, layout: result.laidOut ? "settled" : "idle" });
    this.store.set({
      graph,
      sources,
      referenceDate,
      papers: new Map(result.papers.map((p) => [p.id, p])),
      warnings: result.warnings,
      loadErrors: errors,
      selection: { kind: "none" },
      hovered: null,
    });
    if (result.laidOut) this.store.set({ layout: "settled" });
    else this.layout.start();
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

  /** Re-reads the same inputs with another reference date for dates without a year. */
  setReferenceDate(date: string): void {
    const { sources } = this.store.get();
    if (sources.length > 0) void this.load(sources, [], date);
    else this.store.set({ referenceDate: date });
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
