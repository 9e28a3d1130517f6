import { NETWORK_LABELS } from "../network/extensions";
import { formatById } from "../parse/formats/registry";
import type { FormatId } from "../parse/formats/types";
import type { Paper } from "../parse/types";
import { plural } from "../text/plural";
import { h } from "../ui/dom";
import type { PanelContext } from "./types";
import { warningsList } from "./warningsList";

const SHOWN_WITHOUT_AUTHORS = 50;

/**
 * How the data was read, so that nothing is dropped without being counted: each file with its
 * format and papers, duplicates merged, names merged and possibly the same, truncated and
 * oversized author lists, papers without authors, every warning with its file and line.
 */
export function loadReport(context: PanelContext): HTMLElement {
  const { report, graph } = context;
  const { etAlPapers, largePapers, maxAuthors } = graph.getAttributes();
  const withoutAuthors = [...context.papers.values()].filter((p) => p.authors.length === 0);
  const facts: (HTMLElement | false)[] = [
    report.duplicates > 0 && h("li", { text: `${plural(report.duplicates, "duplicate record")} of the same paper merged (see the warnings for which)` }),
    report.identity.namesMerged > 0 && h("li", { text: `${plural(report.identity.namesMerged, "person", "people")} written in more than one way, each now one author` }),
    report.candidatesFound > 0 &&
      h(
        "li",
        {},
        `${plural(report.candidatesFound, "pair")} of names that may be one person, kept apart: `,
        h("button", { class: "link", text: "review them", attrs: { "data-focus-key": "review-candidates" }, on: { click: () => context.showIdentity() } }),
      ),
    etAlPapers > 0 && h("li", { text: `${plural(etAlPapers, "paper")} list only their first authors (et al.)` }),
    largePapers > 0 && h("li", { text: `${plural(largePapers, "paper")} with more than ${maxAuthors} authors: their authors are shown, but they add no links (Settings)` }),
    withoutAuthors.length > 0 && h("li", { text: `${plural(withoutAuthors.length, "paper")} without authors that could be read, listed below` }),
  ];
  return h(
    "section",
    { class: "load-report", attrs: { "aria-labelledby": "load-report-title" } },
    h("h3", { text: "How the data was read", attrs: { id: "load-report-title" } }),
    h(
      "ul",
      { class: "file-list" },
      report.files.map((f) =>
        h("li", {}, h("span", { class: "file-name", text: f.file }), " ", h("span", { class: "muted", text: f.error ? `skipped: ${f.error}` : fileFacts(f) })),
      ),
    ),
    h("ul", { class: "report-facts" }, facts),
    !graph.getAttribute("network") && h("p", {}, h("button", { class: "link", text: "Who is who: names, merges and splits…", on: { click: () => context.showIdentity() } })),
    withoutAuthors.length > 0 && papersWithoutAuthors(withoutAuthors),
    warningsList(report.warnings, report.errors),
  );
}

function fileFacts(file: PanelContext["report"]["files"][number]): string {
  const format = file.format ? (NETWORK_LABELS[file.format] ?? formatById(file.format as FormatId)?.label ?? file.format) : "unknown format";
  const encoding = file.encoding && file.encoding !== "utf-8" ? ` · ${file.encoding}` : "";
  const counts = file.network ? `${plural(file.network.authors, "author")}, ${plural(file.network.links, "link")}, no papers (a network file)` : plural(file.papers, "paper");
  return `${format} · ${counts}${encoding}`;
}

function papersWithoutAuthors(papers: Paper[]): HTMLElement {
  return h(
    "section",
    { class: "without-authors", attrs: { "aria-label": "Papers without authors" } },
    h("h3", { text: `Papers without authors: ${papers.length}` }),
    h(
      "ul",
      { class: "warning-list" },
      ...papers.slice(0, SHOWN_WITHOUT_AUTHORS).map((p) => h("li", {}, h("span", { class: "where", text: `${p.source.file}:${p.source.line}` }), " ", p.title)),
    ),
    papers.length > SHOWN_WITHOUT_AUTHORS && h("p", { class: "muted", text: `… and ${papers.length - SHOWN_WITHOUT_AUTHORS} more (the CLI lists them all).` }),
  );
}
