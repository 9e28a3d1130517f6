import type { CoauthorGraph } from "../graph/types";
import { graphOfRead } from "../load/graphOfRead";
import type { PapersRead } from "../load/readPapers";
import type { Paper } from "../parse/types";
import { deriveView } from "../view/derive";
import { facetsOf } from "../view/facets";
import type { GraphView, ViewSettings } from "../view/types";
import type { ViewOptions } from "./args";
import { unmatchedFilters, viewSettingsOf } from "./viewSettings";

/** The full network of the papers and the part of it the options show, as the explorer derives it. */
export interface VisibleNetwork {
  graph: CoauthorGraph;
  papers: ReadonlyMap<string, Paper>;
  settings: ViewSettings;
  view: GraphView;
  /** Filter values no paper has, said on stderr. */
  unmatched: string[];
}

/**
 * Builds the graph as the explorer does (from the papers, or from a network file), groups it
 * into communities over the whole network (so a filter never changes who is in which group),
 * then derives the visible part. Every filter is src/view's: nothing here decides what is shown.
 */
export function visibleNetwork(read: PapersRead, maxAuthors: number, options: ViewOptions): VisibleNetwork {
  const { papers } = read;
  const { graph } = graphOfRead(read, maxAuthors);
  const byId = new Map(papers.map((p) => [p.id, p]));
  const facets = facetsOf(papers);
  const settings = viewSettingsOf(options, facets);
  return { graph, papers: byId, settings, view: deriveView(graph, byId, settings), unmatched: unmatchedFilters(options, facets) };
}
