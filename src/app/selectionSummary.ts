import type { PanelContext } from "../panels/types";
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

/** A sentence saying what is now shown, for screen readers: short, never the whole panel. */
export function selectionSummary(context: PanelContext, panel: PanelKind, picked = false): string {
  const { graph, view, selected } = context;
  // In the table a picked author stays in the table: still, say who it is.
  if ((panel !== "table" || picked) && selected.kind === "author" && view.authors.has(selected.key)) {
    const a = view.authors.get(selected.key)!;
    return `${graph.getNodeAttribute(selected.key, "label")}: ${plural(a.papers, "paper")}, ${plural(a.coauthors, "co-author")}.`;
  }
  if (panel !== "table" && selected.kind === "link" && view.links.has(selected.key)) {
    const [a, b] = graph.extremities(selected.key);
    const shared = graph.getEdgeAttribute(selected.key, "papers").filter((id) => view.papers.has(id)).length;
    return `${graph.getNodeAttribute(a, "label")} and ${graph.getNodeAttribute(b, "label")}: ${plural(shared, "shared paper")}.`;
  }
  if (panel === "identity") return `Who is who: ${plural(context.report.candidatesFound, "pair")} of names that may be one person.`;
  if (panel === "overview") return `Overview: ${plural(view.authors.size, "author")}.`;
  return `${TOOL_NAMES[panel]}.`;
}
