import { h } from "../ui/dom";
import type { PanelContext } from "./types";

export function authorTable(_context: PanelContext): HTMLElement {
  return h("section", { attrs: { "aria-label": "Table of authors" } }, h("h2", { text: "Table of authors", attrs: { tabindex: "-1" } }));
}
