import { h } from "../ui/dom";
import { hiddenNotes } from "./hiddenNotes";
import { formatCount, formatDensity, formatMean, formatShare, sampledSentence } from "./statsFormat";
import { analysisOf, MEASURES, measureContextOf, pending, type Measure, type MeasureContext } from "./tableMeasures";
import { TableData } from "./tableRows";
import { topRows } from "./tableSort";
import type { PanelContext } from "./types";
import "./statistics.css";

const TOP = 5;

/** The visible network in numbers, and who leads by each measure. */
export function statisticsPanel(context: PanelContext): HTMLElement {
  const { stats } = context;
  const network = context.graph.getAttribute("network");
  const facts: [string, string][] = [
    ["Authors", formatCount(stats.authors)],
    ["Papers", network ? `none: ${network.file} is a network file` : formatCount(stats.papers)],
    ["Links", formatCount(stats.links)],
    ["Connected components", formatCount(stats.components)],
    ["Largest component", `${formatShare(stats.largestShare)} of the authors (${formatCount(stats.largestComponent)})`],
    ["Density", formatDensity(stats.density)],
    ["Authors per paper", formatMean(stats.meanAuthorsPerPaper)],
    ["Research groups", formatCount(stats.communities)],
  ].filter(([term]) => !(network && term === "Authors per paper")) as [string, string][];
  const data = TableData.of(context.graph, context.view);
  const measureContext = measureContextOf(context);
  return h(
    "section",
    { class: "panel-statistics", attrs: { "aria-labelledby": "statistics-title" } },
    h("h2", { text: "Statistics", attrs: { id: "statistics-title", tabindex: "-1" } }),
    h("p", { class: "muted", text: "Of the visible network: the authors, papers and links the filters keep, within the author’s or roster’s network when one is shown." }),
    hiddenNotes(context),
    h(
      "dl",
      { class: "stats-list" },
      facts.map(([term, value]) => h("div", {}, h("dt", { text: term }), h("dd", { text: value }))),
    ),
    h("p", { class: "hint", text: "Density: the share of all possible pairs of authors who wrote together. Authors per paper: the mean over the visible papers." }),
    sampledNote(context),
    MEASURES.map((measure) => topList(context, data, measure, measureContext)),
  );
}

function sampledNote(context: PanelContext): HTMLElement | null {
  const sentence = sampledSentence(analysisOf(context), context.stats.authors);
  return sentence === null ? null : h("p", { class: "note note-sampled", text: sentence });
}

/** The five authors who lead by a measure (the most papers, the earliest first year), each a button that selects them on the map. */
function topList(context: PanelContext, data: TableData, measure: Measure, measureContext: MeasureContext): HTMLElement[] {
  const order = measure.leads === "lowest" ? ` (${measure.kind === "year" ? "earliest" : "lowest"} first)` : "";
  const heading = h("h3", { text: `Top by ${measure.label.toLowerCase()}${order}`, attrs: { title: measure.description } });
  if (pending(measure, measureContext)) return [heading, h("p", { class: "muted", text: "Not computed yet." })];
  const values = data.column(measure, measureContext);
  const { keys, labels, nameRank } = data.rows;
  const top = topRows(values, nameRank, TOP, measure.leads === "highest");
  if (top.length === 0) return [heading, h("p", { class: "muted", text: "No author has one." })];
  return [
    heading,
    h(
      "ol",
      { class: "top-measure" },
      top.map((row) =>
        h(
          "li",
          {},
          h("button", {
            class: "link",
            text: labels[row]!,
            attrs: { "data-focus-key": `top:${measure.id}:${keys[row]}` },
            on: { click: () => context.selectAuthor(keys[row]!) },
          }),
          h("span", { class: "top-value", text: measure.format(values[row]!) }),
        ),
      ),
    ),
  ];
}
