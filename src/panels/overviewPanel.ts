import { plural } from "../text/plural";
import { h } from "../ui/dom";
import { yearSpan } from "./format";
import { hiddenNotes, withoutAuthorsNote } from "./hiddenNotes";
import { legend } from "./legend";
import { loadReport } from "./loadReport";
import { tableColumn } from "./tableMeasures";
import { topRows } from "./tableSort";
import type { PanelContext } from "./types";

const TOP_AUTHORS = 10;

/** What the whole network holds, how complete it is, who is in it most, and how the data was read. */
export function overviewPanel(context: PanelContext): HTMLElement {
  const { graph, view } = context;
  const { etAlPapers } = graph.getAttributes();
  let first: number | null = null;
  let last: number | null = null;
  for (const id of view.papers) {
    const p = context.papers.get(id)!;
    if (p.year === null) continue;
    first = first === null ? p.year : Math.min(first, p.year);
    last = last === null ? p.year : Math.max(last, p.year);
  }
  // As the table and the statistics rank them, from the view's table rows: sorting every
  // visible author by papers and name took 30-50 ms of each panel render on 10,000 authors.
  const network = graph.getAttribute("network");
  // A network file that does not count papers ranks its authors by co-authors.
  const ranking = network && !network.paperCounts ? "coauthors" : "papers";
  const { rows, column } = tableColumn(context, ranking);
  const top = topRows(column, rows.nameRank, TOP_AUTHORS).map((row) => ({ key: rows.keys[row]!, label: rows.labels[row]!, papers: rows.authors[row]![ranking] }));

  return h(
    "section",
    { class: "panel-overview", attrs: { "aria-label": "Overview" } },
    h("h2", { text: context.sourceNames.join(", "), attrs: { tabindex: "-1" } }),
    context.showsSample && sampleHint(context),
    h("p", { class: "panel-facts", text: [network ? `a ${network.format} network, no papers` : plural(view.papers.size, "paper"), plural(view.authors.size, "author"), plural(view.links.size, "link"), yearSpan(first, last)].filter(Boolean).join(" · ") }),
    hiddenNotes(context),
    withoutAuthorsNote(context),
    etAlPapers > 0 &&
      h("p", {
        class: "note note-etal",
        text: `${etAlPapers} of ${plural(graph.getAttribute("papers"), "paper")} list only their first authors (et al.). The network shows the listed authors only: links among the others are missing.`,
      }),
    h("p", { class: "hint", text: network ? "Hover an author to see their co-authors. Click an author or a link for what the file says of them." : "Hover an author to see their co-authors. Click an author for their papers, a link for the papers two authors share." }),
    h("h3", { text: ranking === "papers" ? "Most papers" : "Most co-authors" }),
    h(
      "ol",
      { class: "top-authors" },
      top.map((a) => h("li", {}, h("button", { class: "link", text: a.label, on: { click: () => context.selectAuthor(a.key) } }), " ", h("span", { class: "muted", text: String(a.papers) }))),
    ),
    legend(context),
    loadReport(context),
  );
}

/** On the sample: the explorer is for the user's own bibliography, and which files it opens. */
function sampleHint(context: PanelContext): HTMLElement {
  const open: HTMLButtonElement = h("button", { class: "link", text: "Open files…", attrs: { "data-focus-key": "sample-open-files" }, on: { click: () => context.openFiles(open) } });
  return h(
    "p",
    { class: "sample-hint" },
    "This is a sample. ",
    open,
    " to see your own: BibTeX, RIS, Web of Science, Scopus, Zotero CSL-JSON, OpenAlex, dblp XML or a pasted listing; or a network: GEXF, GraphML, VOSviewer or graphology JSON.",
  );
}
