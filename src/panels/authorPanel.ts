import { provenanceOf } from "../identity/provenance";
import { plural } from "../text/plural";
import { h } from "../ui/dom";
import { papersNewestFirst, yearSpan } from "./format";
import { candidateItem } from "./identityPanel";
import { paperList } from "./paperItem";
import { backButton } from "./panelNav";
import type { NetworkOrigin } from "../graph/types";
import { fileAttributesList, networkFileOf, noPapersNote } from "./networkFileNotes";
import { formatWeight } from "./format";
import type { PanelContext } from "./types";

/**
 * Visible co-authors by papers shared in the view, most first, then by name. In a network file,
 * which has no papers, `shared` is the link's weight there.
 */
export function coauthorsOf(context: PanelContext, key: string): { key: string; label: string; shared: number; edge: string }[] {
  const { graph, view } = context;
  const fromFile = networkFileOf(graph) !== undefined;
  const result: { key: string; label: string; shared: number; edge: string }[] = [];
  graph.forEachEdge(key, (edge, attributes, source, target) => {
    if (!view.links.has(edge)) return;
    const other = source === key ? target : source;
    const shared = fromFile ? view.links.get(edge)! : attributes.papers.filter((id) => view.papers.has(id)).length;
    result.push({ key: other, label: graph.getNodeAttribute(other, "label"), shared, edge });
  });
  return result.sort((a, b) => b.shared - a.shared || a.label.localeCompare(b.label));
}

export function authorPanel(context: PanelContext, key: string): HTMLElement {
  const network = networkFileOf(context.graph);
  if (network) return fileAuthorPanel(context, key, network);
  const author = context.graph.getNodeAttributes(key);
  const shown = context.view.authors.get(key)!;
  const papers = papersNewestFirst(context.papers, shown.paperIds);
  const coauthors = coauthorsOf(context, key);
  const hiddenPapers = author.papers - shown.papers;
  const facts = [plural(shown.papers, "paper"), plural(coauthors.length, "co-author"), yearSpan(shown.firstYear, shown.lastYear), hiddenPapers > 0 && `${hiddenPapers} more hidden by the filters`];

  return h(
    "section",
    { class: "panel-author", attrs: { "aria-label": `Author: ${author.label}` } },
    backButton(context),
    h("h2", { text: author.label, attrs: { tabindex: "-1" } }),
    h("p", { class: "panel-facts", text: facts.filter(Boolean).join(" · ") }),
    egoControls(context, key),
    author.etAlPapers > 0 &&
      h("p", {
        class: "note note-etal",
        text: `${etAlSentence(author.etAlPapers, author.papers)}: co-authors beyond them are not in the network.`,
      }),
    coauthorList(context, coauthors, "No co-authors in this listing.", (c) => ({ text: plural(c.shared, "shared paper"), title: "Show the papers they share" })),
    h("h3", { text: "Papers" }),
    paperList(papers, context, key),
    whoThisIs(context, key),
  );
}

/** Show only this author's network, one or two steps out; or find a path from them. */
function egoControls(context: PanelContext, key: string): HTMLElement {
  const { scope } = context.viewState.settings;
  const current = scope.kind === "ego" && scope.center === key ? scope.depth : null;
  const ego = (depth: 1 | 2) =>
    h("button", {
      text: depth === 1 ? "Co-authors" : "Two steps",
      attrs: { "aria-pressed": String(current === depth), "data-focus-key": `ego:${depth}`, title: depth === 1 ? "Show only this author and their co-authors" : "Show this author, their co-authors and theirs" },
      on: { click: () => context.setSettings({ scope: { kind: "ego", center: key, depth } }) },
    });
  return h(
    "div",
    { class: "ego-controls", attrs: { role: "group", "aria-label": "Show this author's network" } },
    h("span", { class: "muted", text: "Their network:" }),
    ego(1),
    ego(2),
    h("button", {
      text: "Path from here…",
      attrs: { "data-focus-key": "path-from" },
      on: {
        click: () => {
          context.setViewState({ path: { from: key, to: null } });
          context.openPanel("path");
        },
      },
    }),
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

/**
 * An author read from a network file: her name, co-authors by the weight of their links, her
 * network and a path from her, what the file says of her; and, plainly, no paper list.
 */
function fileAuthorPanel(context: PanelContext, key: string, network: NetworkOrigin): HTMLElement {
  const author = context.graph.getNodeAttributes(key);
  const shown = context.view.authors.get(key)!;
  const coauthors = coauthorsOf(context, key);
  const facts = [network.paperCounts && `${plural(author.papers, "paper")} as the file counts them`, plural(coauthors.length, "co-author"), yearSpan(shown.firstYear, shown.lastYear)];
  const known = [author.aliases.length > 0 && `Also written ${author.aliases.map((a) => `“${a}”`).join(", ")}`, (author.sourceIds ?? []).length > 0 && `Ids: ${author.sourceIds!.join(", ")}`];
  return h(
    "section",
    { class: "panel-author", attrs: { "aria-label": `Author: ${author.label}` } },
    backButton(context),
    h("h2", { text: author.label, attrs: { tabindex: "-1" } }),
    h("p", { class: "panel-facts", text: facts.filter(Boolean).join(" · ") }),
    egoControls(context, key),
    noPapersNote(network, "author"),
    coauthorList(context, coauthors, "No co-authors shown.", (c) => ({ text: `link weight ${formatWeight(c.shared)}`, title: "Show the link" })),
    fileAttributesList(author.fileAttributes, "In the file"),
    h("p", { class: "muted", text: [`Node “${key}” of ${network.file}`, ...known].filter(Boolean).join(" · ") }),
  );
}

type Coauthor = ReturnType<typeof coauthorsOf>[number];

/** The co-authors, each a button to her panel and one to the link between them, worded by what the link holds. */
function coauthorList(context: PanelContext, coauthors: readonly Coauthor[], none: string, linkButton: (c: Coauthor) => { text: string; title: string }): HTMLElement[] {
  const list =
    coauthors.length === 0
      ? h("p", { class: "muted", text: none })
      : h(
          "ol",
          { class: "coauthor-list" },
          coauthors.map((c) => {
            const { text, title } = linkButton(c);
            return h(
              "li",
              {},
              h("button", { class: "link", text: c.label, on: { click: () => context.selectAuthor(c.key) } }),
              " ",
              h("button", { class: "link shared-count", text, attrs: { title }, on: { click: () => context.selectLink(c.edge) } }),
            );
          }),
        );
  return [h("h3", { text: "Co-authors" }), list];
}
