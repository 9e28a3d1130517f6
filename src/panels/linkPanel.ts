import { plural } from "../text/plural";
import { h } from "../ui/dom";
import { papersNewestFirst } from "./format";
import { paperList } from "./paperItem";
import { backButton } from "./panelNav";
import type { PanelContext } from "./types";

/** The papers two authors wrote together. */
export function linkPanel(context: PanelContext, edge: string): HTMLElement {
  const { graph } = context;
  const [a, b] = graph.extremities(edge);
  const { papers: ids } = graph.getEdgeAttributes(edge);
  const papers = papersNewestFirst(context.papers, ids.filter((id) => context.view.papers.has(id)));
  const nameButton = (key: string) => h("button", { class: "link", text: graph.getNodeAttribute(key, "label"), on: { click: () => context.selectAuthor(key) } });
  return h(
    "section",
    { class: "panel-link", attrs: { "aria-label": "Shared papers" } },
    backButton(context),
    h("h2", {}, nameButton(a), h("span", { class: "amp", text: " & " }), nameButton(b)),
    h("p", { class: "panel-facts", text: `${plural(papers.length, "shared paper")}` }),
    paperList(papers, context),
  );
}
