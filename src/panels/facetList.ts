import { plural } from "../text/plural";
import { h } from "../ui/dom";
import type { Facet } from "../view/facets";
import { facetsShown, toggled, TOP_FACETS } from "./facetChoice";

export interface FacetListOptions {
  /** "categories", "venues", "sources": ids and focus keys are made from it. */
  id: string;
  title: string;
  /** The noun for one value and for several: "venue", "venues". */
  noun: readonly [string, string];
  facets: readonly Facet[];
  /** null: no filter, every paper whatever its value. */
  chosen: readonly string[] | null;
  /** What is typed in the find box (kept in the store: the panel is rebuilt at every change, the text stays). */
  query: string;
  setQuery(query: string): void;
  /** Papers that have no value here, left out by any choice. */
  without: number;
  set(chosen: string[] | null): void;
}

/**
 * A checkbox per value with its papers. Nothing ticked is no filter ("All"); ticking values
 * keeps only papers with one of them. Long lists show the values with most papers and a box to
 * find the others; the ticked ones always show, so a choice can be undone where it was made.
 */
export function facetList(options: FacetListOptions): HTMLElement {
  const { id, facets, chosen, noun } = options;
  const list = h("ul", { class: "facet-values" });
  const more = h("p", { class: "hint facet-more", attrs: { id: `${id}-more` } });
  let query = options.query;
  const fill = () => {
    const { shown, more: left } = facetsShown(facets, chosen, query);
    list.replaceChildren(...shown.map((facet) => valueItem(options, facet)));
    more.textContent = left === 0 ? (shown.length === 0 ? `No ${noun[0]} contains “${query}”.` : "") : query ? `${plural(left, "more match", "more matches")}: type more to narrow them.` : `${plural(left, `more ${noun[0]}`, `more ${noun[1]}`)}: type to find them.`;
  };
  fill();
  const long = facets.length > TOP_FACETS;
  const find = long && h("input", {
    class: "facet-find",
    attrs: { type: "search", id: `${id}-find`, autocomplete: "off", spellcheck: "false", "aria-describedby": `${id}-more`, "data-focus-key": `${id}:find` },
    on: {
      input: (event) => {
        query = (event.currentTarget as HTMLInputElement).value;
        options.setQuery(query);
        fill();
      },
    },
  });
  if (find) find.value = query;
  const status = chosen
    ? `Only papers with ${chosen.length === 1 ? `this ${noun[0]}` : `one of these ${plural(chosen.length, noun[0], noun[1])}`}${options.without > 0 ? `; ${plural(options.without, "paper")} with no ${noun[0]} left out` : ""}.`
    : `All ${plural(facets.length, noun[0], noun[1])}. Tick some to show only their papers.`;
  return h(
    "fieldset",
    { class: "filter-group facet-list" },
    h("legend", { text: options.title }),
    h("p", { class: "hint", text: status }),
    chosen && h("button", { class: "facet-all", text: `All ${noun[1]}`, attrs: { type: "button", "data-focus-key": `${id}:all` }, on: { click: () => allChosen(options) } }),
    find && h("label", { class: "facet-find-label", text: `Find a ${noun[0]}`, attrs: { for: `${id}-find` } }),
    find,
    list,
    more,
  );
}

function valueItem(options: FacetListOptions, facet: Facet): HTMLElement {
  const input = h("input", {
    attrs: { type: "checkbox", "data-focus-key": `${options.id}:value:${facet.value}` },
    on: { change: () => options.set(toggled(options.chosen, facet.value, input.checked)) },
  });
  input.checked = options.chosen?.includes(facet.value) ?? false;
  return h(
    "li",
    {},
    h("label", { class: "filter-check" }, input, h("span", { class: "facet-value", text: facet.value }), h("span", { class: "facet-count", text: String(facet.papers) }, h("span", { class: "visually-hidden", text: facet.papers === 1 ? " paper" : " papers" }))),
  );
}

/**
 * Back to every value. The button goes with the filter, so the focus moves first to the
 * list's first checkbox, where the rebuilt panel puts it back.
 */
function allChosen(options: FacetListOptions): void {
  const first = document.querySelector<HTMLElement>(`[data-focus-key^="${CSS.escape(`${options.id}:value:`)}"]`);
  first?.focus();
  options.set(null);
}
