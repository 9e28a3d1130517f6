import { provenanceOf } from "../identity/provenance";
import { plural } from "../text/plural";
import { h } from "../ui/dom";
import { papersNewestFirst, yearSpan } from "./format";
import { candidateItem } from "./identityPanel";
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
    h("h2", { text: author.label, attrs: { tabindex: "-1" } }),
    h("p", { class: "panel-facts", text: facts.filter(Boolean).join(" · ") }),
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
          coauthors.map((c) =>
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
    whoThisIs(context, key),
  );
}

const SOURCE_ID_NAMES: Record<string, string> = { orcid: "ORCID", dblp: "dblp", openalex: "OpenAlex", scopus: "Scopus" };

/** Provenance and identity: how the person is written, which files, which ids, who else they might be. */
function whoThisIs(context: PanelContext, key: string): HTMLElement {
  const author = context.graph.getNodeAttributes(key);
  const { spellings, files } = provenanceOf(key, author.paperIds, context.papers);
  const candidates = context.report.candidates.filter((c) => c.a === key || c.b === key);
  const split = (spelling: string) => context.setDecisions([...context.decisions, { action: "split", person: key, spelling }]);
  return h(
    "section",
    { class: "who", attrs: { "aria-labelledby": "who-title" } },
    h("h3", { text: "Who this is", attrs: { id: "who-title" } }),
    h(
      "ul",
      { class: "spellings" },
      spellings.map(({ name, papers }) =>
        h(
          "li",
          {},
          h("span", { text: `Written “${name}” on ${plural(papers, "paper")}` }),
          spellings.length > 1 &&
            h("button", {
              class: "link",
              text: "a different person?",
              attrs: { "aria-label": `Make “${name}” a different person`, "data-focus-key": `split:${name}` },
              on: { click: () => split(name) },
            }),
        ),
      ),
    ),
    (author.sourceIds ?? []).length > 0 &&
      h("p", { class: "muted", text: `Identified by ${author.sourceIds!.map((id) => `${SOURCE_ID_NAMES[id.slice(0, id.indexOf(":"))] ?? ""} ${id.slice(id.indexOf(":") + 1)}`).join(", ")}` }),
    h("p", { class: "muted", text: `From ${files.map((f) => `${f.file} (${plural(f.papers, "paper")})`).join(", ")}` }),
    candidates.length > 0 && h("h3", { text: "May be the same person as" }),
    candidates.length > 0 && h("ol", { class: "candidate-list" }, candidates.map((c) => candidateItem(context, c))),
    h("p", {}, h("button", { class: "link", text: "Who is who…", on: { click: () => context.showIdentity() } })),
  );
}

function etAlSentence(etAl: number, total: number): string {
  if (total === 1) return "The paper lists only its first authors (et al.)";
  if (etAl === total) return `All ${total} papers list only their first authors (et al.)`;
  return `${etAl} of ${total} papers list only their first authors (et al.)`;
}
