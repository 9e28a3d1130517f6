import { h } from "../ui/dom";
import type { PanelContext } from "./types";

export function statisticsPanel(_context: PanelContext): HTMLElement {
  return h("section", { attrs: { "aria-label": "Statistics" } }, h("h2", { text: "Statistics", attrs: { tabindex: "-1" } }));
}
