import type Sigma from "sigma";
import type { Store } from "../state/store";
import type { AppState } from "../state/types";
import { plural } from "../text/plural";
import type { Visuals } from "../visual/types";
import { h } from "./dom";
import { intersection, placeTooltip, type Rect } from "./tooltipPlacement";

/** Pixels between the pointer and the tooltip's corner. */
const POINTER_OFFSET = 14;

/**
 * A tooltip beside the author under the pointer: name, papers and co-authors shown, and the
 * research group by name, so the colour is never the only way to tell the group. It stays
 * whole on the map, flipped to the other side of the pointer near an edge (on a phone, the
 * map is the upper half of the screen and the sheet covers the rest). A click or a tap anywhere, or an
 * author, a link or a tool opening in the panel, takes it away until the pointer goes to another
 * author: on a touch screen the tap that opens an author also hovers her, and her tooltip
 * would otherwise stay over the sheet and the tools until the background is tapped.
 */
export function mountNodeTooltip(parent: HTMLElement, store: Store<AppState>, sources: { sigma: () => Sigma | null; visuals: () => Visuals | null; view: () => { authors: ReadonlyMap<string, { papers: number; coauthors: number }> } | null }): void {
  const tip = h("div", { class: "node-tooltip", attrs: { role: "tooltip", id: "node-tooltip" } });
  tip.hidden = true;
  parent.append(tip);
  let dismissed = false;
  const dismiss = () => {
    dismissed = true;
    tip.hidden = true;
  };
  document.addEventListener("click", dismiss, { capture: true });
  store.subscribe((state, previous) => {
    const key = state.selection.hovered;
    const { selection, view } = state;
    if (key !== previous.selection.hovered) dismissed = false;
    if (selection.item !== previous.selection.item || selection.panelShowsItem !== previous.selection.panelShowsItem || view.panel !== previous.view.panel) dismiss();
    if (dismissed) return;
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
    const map = sigma.getContainer().getBoundingClientRect();
    const parentBox = parent.getBoundingClientRect();
    // Measured at the parent's corner, where its width is its own and not what is left of the parent.
    tip.style.left = "0px";
    tip.style.top = "0px";
    tip.hidden = false;
    const measured = tip.getBoundingClientRect();
    const size = { width: Math.ceil(measured.width), height: Math.ceil(measured.height) };
    const screen: Rect = { left: 0, top: 0, right: document.documentElement.clientWidth, bottom: document.documentElement.clientHeight };
    const onMap = intersection(map, screen);
    const bounds = onMap && size.width <= onMap.right - onMap.left && size.height <= onMap.bottom - onMap.top ? onMap : screen;
    const at = placeTooltip({ x: map.left + point.x, y: map.top + point.y }, size, bounds, POINTER_OFFSET);
    tip.style.left = `${at.left - parentBox.left}px`;
    tip.style.top = `${at.top - parentBox.top}px`;
  });
}
