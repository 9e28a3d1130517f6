import type { NetworkOrigin } from "../graph/types";
import { plural } from "../text/plural";
import { h } from "../ui/dom";
import { DEFAULT_VIEW_SETTINGS, type ViewSettings } from "../view/types";
import { encodings } from "./encodings";
import { papersWithout } from "./facetChoice";
import { facetList } from "./facetList";
import { checkField, countingChoice, numberAtLeast, numberField, wholeAtLeast } from "./filterControls";
import { resetFilters } from "./resetFilters";
import { networkFileOf } from "./networkFileNotes";
import type { PanelContext } from "./types";
import { yearPlayer } from "./yearPlayer";
import { yearsSection } from "./yearsSection";
import "./filters.css";

/**
 * Counting, thresholds, years, categories, venues and files, and what drives size and colour.
 * Every change goes to the settings at once: the map and the panels follow, and nobody moves.
 */
export function filtersPanel(context: PanelContext): HTMLElement {
  const { settings } = context.viewState;
  const set = (patch: Partial<ViewSettings>) => context.setSettings(patch);
  const network = networkFileOf(context.graph);
  if (network) return fileFiltersPanel(context, network, set);
  const root: HTMLElement = h(
    "section",
    { class: "panel-filters", attrs: { "aria-label": "Filters" } },
    h("h2", { text: "Filters", attrs: { tabindex: "-1" } }),
    h("p", { class: "panel-facts filters-shown", text: shownLine(context) }),
    h(
      "div",
      { class: "filter-actions" },
      h("button", { text: "Reset all filters", attrs: { type: "button", "aria-describedby": "filters-reset-hint", "data-focus-key": "filters:reset" }, on: { click: () => resetFilters(context) } }),
    ),
    h("p", { class: "hint", attrs: { id: "filters-reset-hint" }, text: "Reset keeps the counting, and the author’s or roster’s network if one is shown." }),
    yearsSection(context, () => root),
    countingChoice(settings.counting, (counting) => set({ counting })),
    thresholds(context, set),
    facetSections(context, set),
    encodings(context.viewState, (patch) => context.setViewState(patch)),
  );
  return root;
}

/**
 * The filters of a network read from a network file: it has no papers, so the years, the
 * counting, the truncated lists, categories, venues and files have nothing to choose from, and
 * are said not to apply rather than offered. Minimum papers stays when the file counts papers.
 */
function fileFiltersPanel(context: PanelContext, network: NetworkOrigin, set: (patch: Partial<ViewSettings>) => void): HTMLElement {
  const { settings } = context.viewState;
  const { stats } = context;
  const outside = stats.authors - stats.largestComponent;
  const shown = (n: number, hidden: number, noun: string) => (hidden === 0 ? `all ${plural(n, noun)}` : `${n.toLocaleString("en")} of ${plural(n + hidden, noun)}`);
  return h(
    "section",
    { class: "panel-filters", attrs: { "aria-label": "Filters" } },
    h("h2", { text: "Filters", attrs: { tabindex: "-1" } }),
    h("p", { class: "panel-facts filters-shown", text: `Showing ${shown(context.view.authors.size, context.view.hidden.authors, "author")}, ${shown(context.view.links.size, context.view.hidden.links, "link")}.` }),
    h("div", { class: "filter-actions" }, h("button", { text: "Reset all filters", attrs: { type: "button", "data-focus-key": "filters:reset" }, on: { click: () => resetFilters(context) } })),
    h("p", { class: "note", text: `${network.file} is a network file: it has no papers, so filters by year, counting, categories, venues and files do not apply.` }),
    h(
      "section",
      { class: "filter-section", attrs: { "aria-labelledby": "filter-thresholds" } },
      h("h3", { text: "Authors and links", attrs: { id: "filter-thresholds" } }),
      network.paperCounts &&
        numberField("min-papers", "Minimum papers per author", settings.minPapers, { min: 1, step: "1" }, "Authors with fewer papers, as the file counts them, are hidden.", wholeAtLeast(1), (minPapers) => set({ minPapers })),
      numberField("min-weight", "Minimum link weight", settings.minWeight, { min: 0, step: "any" }, "Links lighter than this, by the file’s weights, are hidden.", numberAtLeast(0), (minWeight) => set({ minWeight })),
      checkField(
        "largest-component",
        "Largest connected component only",
        settings.largestComponent,
        settings.largestComponent ? "Authors not connected to the largest group are hidden." : outside > 0 ? `Would hide ${plural(outside, "author")} in ${plural(stats.components - 1, "smaller component")}.` : "Everyone shown is connected.",
        (largestComponent) => set({ largestComponent }),
      ),
    ),
    encodings(context.viewState, (patch) => context.setViewState(patch), network),
  );
}

/** "Showing 120 of 300 authors, 80 of 200 papers". */
function shownLine({ view }: PanelContext): string {
  const part = (shown: number, hidden: number, noun: string) => (hidden === 0 ? `all ${plural(shown, noun)}` : `${shown.toLocaleString("en")} of ${plural(shown + hidden, noun)}`);
  return `Showing ${part(view.authors.size, view.hidden.authors, "author")}, ${part(view.papers.size, view.hidden.papers, "paper")}.`;
}

function thresholds(context: PanelContext, set: (patch: Partial<ViewSettings>) => void): HTMLElement {
  const { settings } = context.viewState;
  const { stats, graph } = context;
  const etAl = graph.getAttribute("etAlPapers");
  const outside = stats.authors - stats.largestComponent;
  return h(
    "section",
    { class: "filter-section", attrs: { "aria-labelledby": "filter-thresholds" } },
    h("h3", { text: "Authors and links", attrs: { id: "filter-thresholds" } }),
    numberField("min-papers", "Minimum papers per author", settings.minPapers, { min: 1, step: "1" }, "Authors with fewer papers among those kept are hidden.", wholeAtLeast(1), (minPapers) => set({ minPapers })),
    numberField(
      "min-weight",
      "Minimum link weight",
      settings.minWeight,
      { min: 0, step: "any" },
      settings.counting === "full" ? "Links with fewer shared papers are hidden." : "Links lighter than this are hidden; in fractional counting a shared paper with n authors weighs 1/(n−1).",
      numberAtLeast(0),
      (minWeight) => set({ minWeight }),
    ),
    checkField(
      "largest-component",
      "Largest connected component only",
      settings.largestComponent,
      settings.largestComponent ? "Authors not connected to the largest group are hidden." : outside > 0 ? `Would hide ${plural(outside, "author")} in ${plural(stats.components - 1, "smaller component")}.` : "Everyone shown is connected.",
      (largestComponent) => set({ largestComponent }),
    ),
    checkField(
      "exclude-truncated",
      "Leave out papers with truncated (“et al.”) author lists",
      settings.excludeTruncated,
      etAl === 0 ? "No paper has a truncated author list." : `${etAl.toLocaleString("en")} of ${plural(graph.getAttribute("papers"), "paper")} list only their first authors.`,
      (excludeTruncated) => set({ excludeTruncated }),
    ),
  );
}

/** Categories, venues and files, each only when there is a choice to make (or one made). */
function facetSections(context: PanelContext, set: (patch: Partial<ViewSettings>) => void): HTMLElement[] {
  const { facets } = context;
  const { settings } = context.viewState;
  const without = papersWithout(context.papers);
  // What is typed in each list's find box is kept in the store, for the next render and a reload.
  const query = (id: string) => ({
    query: context.drafts.facetQueries[id] ?? "",
    setQuery: (text: string) => context.setDrafts({ facetQueries: { ...context.drafts.facetQueries, [id]: text } }),
  });
  const lists = [
    facets.categories.length > 1 || settings.categories
      ? facetList({ ...query("categories"), id: "categories", title: "Categories", noun: ["category", "categories"], facets: facets.categories, chosen: settings.categories, without: without.category, set: (categories) => set({ categories }) })
      : null,
    facets.venues.length > 1 || settings.venues
      ? facetList({ ...query("venues"), id: "venues", title: "Venues", noun: ["venue", "venues"], facets: facets.venues, chosen: settings.venues, without: without.venue, set: (venues) => set({ venues }) })
      : null,
    facets.sources.length > 1 || settings.sources
      ? facetList({ ...query("sources"), id: "sources", title: "Files", noun: ["file", "files"], facets: facets.sources, chosen: settings.sources, without: 0, set: (sources) => set({ sources }) })
      : null,
  ];
  return lists.filter((list): list is HTMLFieldSetElement => list !== null);
}
