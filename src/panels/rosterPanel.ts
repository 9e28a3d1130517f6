import { h } from "../ui/dom";
import type { PanelContext } from "./types";

export function rosterPanel(_context: PanelContext): HTMLElement {
  return h("section", { attrs: { "aria-label": "Roster" } }, h("h2", { text: "Roster", attrs: { tabindex: "-1" } }));
}
