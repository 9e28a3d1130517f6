import type Sigma from "sigma";
import type { Store } from "../state/store";
import type { AppState } from "../state/types";
import { plural } from "../text/plural";
import type { Visuals } from "../visual/types";
import { h } from "./dom";

/**
 * A tooltip beside the author under the pointer: name, papers and co-authors shown, and the
 * research group by name, so the colour is never the only way to tell the group.
 */
export function mountNodeTooltip(parent: HTMLElement, store: Store<AppState>, sources: { sigma: () => Sigma | null; visuals: () => Visuals | null; view: () => { authors: ReadonlyMap<string, { papers: number; coauthors: number }> } | null }): void {
  const tip = h("div", { class: "node-tooltip", attrs: { role: "tooltip", id: "node-tooltip" } });
  tip.hidden = true;
  parent.append(tip);
  store.subscribe((state, previous) => {
    const key = state.selection.hovered;
    // Filters too: a hovered author they hide loses her tooltip, and her counts are the view's.
    if (key === previous.selection.hovered && state.data.graph === previous.data.graph && state.view.settings === previous.view.settings) return;
    const sigma = sources.sigma();
    const graph = state.data.graph;
    const author = key && sources.view()?.authors.get(key);
    if (!key || !graph || !sigma || !author || !graph.hasNode(key)) {
      tip.hidden = true;
      return;
    }
    const community = graph.getNodeAttribute(key, "community");
    const group = sources.visuals()?.groups.find((g) => g.id === community);
    tip.replaceChildren(
      h("strong", { text: graph.getNodeAttribute(key, "label") }),
      h("span", { text: `${plural(author.papers, "paper")} · ${plural(author.coauthors, "co-author")}` }),
    );
    if (group) tip.append(h("span", { class: "node-tooltip-group" }, h("span", { class: "swatch", attrs: { style: `background:${group.color}` } }), `${group.name}’s group · ${plural(group.size, "author")}`));
    const point = sigma.graphToViewport(graph.getNodeAttributes(key) as { x: number; y: number });
    const box = sigma.getContainer().getBoundingClientRect();
    const parentBox = parent.getBoundingClientRect();
    tip.style.left = `${Math.round(box.left - parentBox.left + point.x + 14)}px`;
    tip.style.top = `${Math.round(box.top - parentBox.top + point.y + 14)}px`;
    tip.hidden = false;
  });
}
