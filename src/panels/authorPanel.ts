import { h, plural } from "../ui/dom";
import { papersNewestFirst, yearSpan } from "./format";
import { paperList } from "./paperItem";
import type { PanelContext } from "./types";

/** Co-authors by shared papers, most first, then by name. */
export function coauthorsOf(context: PanelContext, key: string): { key: string; label: string; shared: number; edge: string }[] {
  const { graph } = context;
  return graph
    .mapEdges(key, (edge, attributes, source, target) => {
      const other = source === key ? target : source;
      return { key: other, label: graph.getNodeAttribute(other, "label"), shared: attributes.weight, edge };
    })
    .sort((a, b) => b.shared - a.shared || a.label.localeCompare(b.label));
}

export function authorPanel(context: PanelContext, key: string): HTMLElement {
  const author = context.graph.getNodeAttributes(key);
  const papers = papersNewestFirst(context.papers, author.paperIds);
  const coauthors = coauthorsOf(context, key);
  const facts = [plural(author.papers, "paper"), plural(coauthors.length, "co-author"), yearSpan(author.firstYear, author.lastYear)];

  return h(
    "section",
    { class: "panel-author", attrs: { "aria-label": `Author: ${author.label}` } },
    h("button", { class: "panel-back link", text: "← Overview", on: { click: () => context.clearSelection() } }),
    h("h2", { text: author.label }),
    h("p", { class: "panel-facts", text: facts.filter(Boolean).join(" · ") }),
    author.aliases.length > 0 && h("p", { class: "muted", text: `Also written ${author.aliases.join(", ")}.` }),
    author.etAlPapers > 0 &&
      h("p", {
        class: "note note-etal",
        text: `${etAlSentence(author.etAlPapers, author.papers)}: co-authors beyond them are not in the network.`,
      }),
    h("h3", { text: "Co-authors" }),
    coauthors.length === 0
      ? h("p", { class: "muted", text: "No co-authors in this listing." })
      : h(
          "ol",
          { class: "coauthor-list" },
          ...coauthors.map((c) =>
            h(
              "li",
              {},
              h("button", { class: "link", text: c.label, on: { click: () => context.selectAuthor(c.key) } }),
              " ",
              h("button", { class: "link shared-count", text: plural(c.shared, "shared paper"), attrs: { title: "Show the papers they share" }, on: { click: () => context.selectLink(c.edge) } }),
            ),
          ),
        ),
    h("h3", { text: "Papers" }),
    paperList(papers, context, key),
  );
}

function etAlSentence(etAl: number, total: number): string {
  if (total === 1) return "The paper lists only its first authors (et al.)";
  if (etAl === total) return `All ${total} papers list only their first authors (et al.)`;
  return `${etAl} of ${total} papers list only their first authors (et al.)`;
}
