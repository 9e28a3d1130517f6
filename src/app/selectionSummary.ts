import type { PanelContext } from "../panels/types";
import { selectedName } from "../panels/selectionLine";
import type { PanelKind } from "../state/types";
import { plural } from "../text/plural";

const TOOL_NAMES: Record<PanelKind, string> = {
  overview: "Overview",
  filters: "Filters",
  statistics: "Statistics",
  table: "Table of authors",
  path: "Collaboration path",
  roster: "Roster",
  identity: "Who is who",
};

/**
 * A sentence saying what the panel now shows, for screen readers: short, never the whole panel.
 * A tool shown while an author or link stays selected says so, since the map still shows it.
 */
export function selectionSummary(context: PanelContext): string {
  const { graph, view, shown, selected } = context;
  if (shown.kind === "author") {
    const a = view.authors.get(shown.key)!;
    return `${graph.getNodeAttribute(shown.key, "label")}: ${plural(a.papers, "paper")}, ${plural(a.coauthors, "co-author")}.`;
  }
  if (shown.kind === "link") {
    const [a, b] = graph.extremities(shown.key);
    const papers = graph.getEdgeAttribute(shown.key, "papers").filter((id) => view.papers.has(id)).length;
    return `${graph.getNodeAttribute(a, "label")} and ${graph.getNodeAttribute(b, "label")}: ${plural(papers, "shared paper")}.`;
  }
  const still = selected.kind === "none" ? "" : ` Still selected: ${selectedName(graph, selected)}.`;
  return `${toolSummary(context, shown.panel)}${still}`;
}

function toolSummary(context: PanelContext, panel: PanelKind): string {
  if (panel === "identity") return `Who is who: ${plural(context.report.candidatesFound, "pair")} of names that may be one person.`;
  if (panel === "overview") return `Overview: ${plural(context.view.authors.size, "author")}.`;
  return `${TOOL_NAMES[panel]}.`;
}
