import { plural } from "../text/plural";
import { h } from "../ui/dom";
import { formatWeight, papersNewestFirst } from "./format";
import { fileAttributesList, networkFileOf, noPapersNote } from "./networkFileNotes";
import { paperList } from "./paperItem";
import { backButton } from "./panelNav";
import type { PanelContext } from "./types";

/** The papers two authors wrote together. */
export function linkPanel(context: PanelContext, edge: string): HTMLElement {
  const { graph } = context;
  const [a, b] = graph.extremities(edge);
  const network = networkFileOf(graph);
  const { papers: ids } = graph.getEdgeAttributes(edge);
  const papers = papersNewestFirst(context.papers, ids.filter((id) => context.view.papers.has(id)));
  const nameButton = (key: string) => h("button", { class: "link", text: graph.getNodeAttribute(key, "label"), on: { click: () => context.selectAuthor(key) } });
  return h(
    "section",
    { class: "panel-link", attrs: { "aria-label": network ? "Link" : "Shared papers" } },
    backButton(context),
    h("h2", { attrs: { tabindex: "-1" } }, nameButton(a), h("span", { class: "amp", text: " & " }), nameButton(b)),
    network
      ? [
          h("p", { class: "panel-facts", text: `Link weight ${formatWeight(graph.getEdgeAttribute(edge, "weight"))} in the file` }),
          noPapersNote(network, "link"),
          fileAttributesList(graph.getEdgeAttribute(edge, "fileAttributes"), "In the file"),
        ]
      : [h("p", { class: "panel-facts", text: `${plural(papers.length, "shared paper")}` }), paperList(papers, context)],
  );
}
