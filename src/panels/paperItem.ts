import type { Paper } from "../parse/types";
import { h } from "../ui/dom";
import { formatDate } from "./format";
import type { PanelContext } from "./types";

/** One paper: title, date, categories, authors (each a link to her), abstract on demand, origin. */
export function paperItem(paper: Paper, context: PanelContext, current?: string): HTMLElement {
  const meta = [formatDate(paper), ...paper.categories, paper.score === null ? null : `score ${paper.score}`].filter(Boolean).join(" · ");
  const authors = h("p", { class: "paper-authors" });
  paper.authors.forEach((name, i) => {
    if (i > 0) authors.append(", ");
    const key = paper.authorIds?.[i] ?? "";
    if (key === current || !context.graph.hasNode(key)) authors.append(h("span", { class: key === current ? "author-current" : "", text: name }));
    else authors.append(h("button", { class: "link", text: name, on: { click: () => context.selectAuthor(key) } }));
  });
  if (paper.etAl) {
    authors.append(" ", h("span", { class: "badge badge-etal", text: "et al.", attrs: { title: "The listing shows only the first authors of this paper." } }));
  }
  return h(
    "li",
    { class: "paper", attrs: { "data-paper-id": paper.id } },
    h("h4", { class: "paper-title", text: paper.title }),
    h("p", { class: "paper-meta", text: meta }),
    authors,
    paper.abstract
      ? h("details", { class: "paper-abstract" }, h("summary", { text: "Abstract" }), h("p", { text: paper.abstract }))
      : h("p", { class: "muted", text: "No abstract in the listing." }),
    h("p", { class: "paper-source", text: `From ${paper.source.file}, line ${paper.source.line}` }),
  );
}

export function paperList(papers: Paper[], context: PanelContext, current?: string): HTMLElement {
  return h("ol", { class: "paper-list" }, papers.map((paper) => paperItem(paper, context, current)));
}
