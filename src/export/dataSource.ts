import type { CoauthorGraph } from "../graph/types";
import type { Paper } from "../parse/types";
import { plural } from "../text/plural";
import { deriveView } from "../view/derive";
import { DEFAULT_VIEW_SETTINGS, type GraphView } from "../view/types";
import { computeVisuals, networkLinkColors, type Encodings } from "../visual/compute";
import type { Visuals } from "../visual/types";
import type { DataSource } from "./dataFormats";
import { viewGraph } from "./viewGraph";

/** What the map shows, as drawn: the visible authors and links, their counts under the filters, the screen's sizes and colours. */
export function shownSource(graph: CoauthorGraph, view: GraphView, visuals: Visuals, papers: ReadonlyMap<string, Paper>): DataSource {
  const shown = viewGraph(graph, view);
  const kept = [...view.papers].map((id) => papers.get(id)!).filter(Boolean);
  const filtered = view.hidden.authors + view.hidden.links + view.hidden.papers > 0;
  return { graph: shown, visuals, papers: kept, description: networkDescription(kept, shown, filtered ? " shown by the explorer's filters" : "") };
}

/** The whole network, whatever the filters: everyone, sized and coloured by the same measures as the screen, over every paper. */
export function wholeSource(graph: CoauthorGraph, papers: ReadonlyMap<string, Paper>, encodings: Encodings, groupColors: ReadonlyMap<number, string>): DataSource {
  const view = deriveView(graph, papers, DEFAULT_VIEW_SETTINGS);
  const visuals = computeVisuals(graph, view, encodings, { betweenness: null, groupColors, linkColors: networkLinkColors(graph) });
  return shownSource(graph, view, visuals, papers);
}

/** The sentence a file describes its network with: how many papers from which files, authors and links. `how` follows "network". */
export function networkDescription(papers: readonly Paper[], graph: CoauthorGraph, how = ""): string {
  const files = [...new Set(papers.map((paper) => paper.source.file))];
  return `Co-authorship network${how} of ${plural(papers.length, "paper")} from ${files.join(", ")}: ${plural(graph.order, "author")}, ${plural(graph.size, "link")}.`;
}
