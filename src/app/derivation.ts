import type { CoauthorGraph } from "../graph/types";
import { buildAuthorIndex, type AuthorEntry } from "../search/authorIndex";
import type { MeasureId } from "../measures/measures";
import type { AppState, ColorBy } from "../state/types";
import { deriveView } from "../view/derive";
import { facetsOf, type Facets } from "../view/facets";
import { focusOf, type Focus } from "../view/focus";
import { collaborationPath, type CollaborationPath } from "../view/path";
import { networkStats, type NetworkStats } from "../view/stats";
import type { GraphView } from "../view/types";
import { computeVisuals, networkLinkColors } from "../visual/compute";
import { groupColors } from "../visual/groupColors";
import type { Visuals } from "../visual/types";

/** One cached value, recomputed only when one of its inputs is a different object. */
function memo<Args extends readonly unknown[], R>(compute: (...args: Args) => R): (...args: Args) => R {
  let last: Args | null = null;
  let value: R;
  return (...args) => {
    if (!last || args.length !== last.length || args.some((arg, i) => arg !== last![i])) {
      value = compute(...args);
      last = args;
    }
    return value;
  };
}

/**
 * Everything shown is derived from the store: the visible graph, its visuals, the search
 * index, the statistics, the path and the focus. Each is cached on the inputs it reads, so a
 * hover recomputes the focus only, and a filter change does not re-read the papers.
 */
export class Derivation {
  private readonly viewOf = memo(deriveView);
  private readonly facetsOf = memo((papers: AppState["data"]["papers"]) => facetsOf(papers.values()));
  private readonly fullIndex = memo(buildAuthorIndex);
  private readonly indexOf = memo((index: AuthorEntry[], view: GraphView) =>
    index.filter((entry) => view.authors.has(entry.key)).map((entry) => ({ ...entry, papers: view.authors.get(entry.key)!.papers })),
  );
  private readonly groupColorsOf = memo(groupColors);
  /** Faded by the positions: again when the layout stops or settles. */
  private readonly linkColorsOf = memo((graph: CoauthorGraph, _moving: "running" | "still") => networkLinkColors(graph));
  private readonly visualsOf = memo(
    (graph: CoauthorGraph, view: GraphView, sizeBy: MeasureId, colorBy: ColorBy, betweenness: ReadonlyMap<string, number> | null, colors: ReadonlyMap<number, string>, linkColors: ReadonlyMap<string, string>) =>
      computeVisuals(graph, view, { sizeBy, colorBy }, { betweenness, groupColors: colors, linkColors }),
  );
  private readonly statsOf = memo(networkStats);
  private readonly pathOf = memo((graph: CoauthorGraph, view: GraphView, papers: AppState["data"]["papers"], ends: AppState["view"]["path"]) =>
    ends.from !== null && ends.to !== null ? collaborationPath(graph, view, papers, ends.from, ends.to) : null,
  );
  private readonly focusFor = memo(
    (graph: CoauthorGraph, view: GraphView, hovered: string | null, selected: AppState["selection"]["item"], path: CollaborationPath | null, roster: readonly string[] | null) =>
      focusOf(graph, view, { hovered, selected, path, roster }),
  );

  constructor(private readonly state: () => AppState) {}

  private get graph(): CoauthorGraph {
    const graph = this.state().data.graph;
    if (!graph) throw new Error("no network loaded");
    return graph;
  }

  get view(): GraphView {
    const { data, view } = this.state();
    return this.viewOf(this.graph, data.papers, view.settings);
  }

  get facets(): Facets {
    return this.facetsOf(this.state().data.papers);
  }

  /** The visible authors, for the search box: hidden ones are not found. */
  get searchIndex(): AuthorEntry[] {
    return this.indexOf(this.fullIndex(this.graph), this.view);
  }

  /** Betweenness of the current view, once the worker has answered for it. */
  get betweenness(): ReadonlyMap<string, number> | null {
    const { analysis } = this.state();
    return analysis && analysis.view === this.view ? analysis.betweenness : null;
  }

  /**
   * Recomputed when the layout stops or settles too: link fading reads positions. Betweenness,
   * which arrives after the view, counts only when size or colour shows it: otherwise its arrival
   * would make new visuals that draw the same, and every author and link be compared again.
   */
  get visuals(): Visuals {
    const { view, layout } = this.state();
    const linkColors = this.linkColorsOf(this.graph, layout === "running" ? "running" : "still");
    const betweenness = view.sizeBy === "betweenness" || view.colorBy === "betweenness" ? this.betweenness : null;
    return this.visualsOf(this.graph, this.view, view.sizeBy, view.colorBy, betweenness, this.groupColors, linkColors);
  }

  /** Every group's colour, by community number, on the whole network: filters do not change them. */
  get groupColors(): ReadonlyMap<number, string> {
    return this.groupColorsOf(this.graph);
  }

  get stats(): NetworkStats {
    return this.statsOf(this.graph, this.view, this.state().data.papers);
  }

  /** The path asked for in the current view, or null when none was asked or there is none. */
  get path(): CollaborationPath | null {
    return this.pathOf(this.graph, this.view, this.state().data.papers, this.state().view.path);
  }

  get focus(): Focus | null {
    const { selection, view } = this.state();
    return this.focusFor(this.graph, this.view, selection.hovered, selection.item, this.path, view.roster.highlight ? view.roster.people : null);
  }
}
