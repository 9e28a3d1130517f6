import { h } from "../ui/dom";
import type { PanelContext } from "./types";

export function filtersPanel(_context: PanelContext): HTMLElement {
  return h("section", { attrs: { "aria-label": "Filters" } }, h("h2", { text: "Filters", attrs: { tabindex: "-1" } }));
}
