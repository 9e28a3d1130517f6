import { h } from "../ui/dom";
import type { PanelContext } from "./types";

export function pathPanel(_context: PanelContext): HTMLElement {
  return h("section", { attrs: { "aria-label": "Collaboration path" } }, h("h2", { text: "Collaboration path", attrs: { tabindex: "-1" } }));
}
