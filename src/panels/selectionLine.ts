import type { CoauthorGraph } from "../graph/types";
import type { Selected } from "../state/types";
import { h } from "../ui/dom";
import type { PanelContext } from "./types";
import "./selectionLine.css";

/** An author's name, or a link's two names ("Jeonghye Kim & Minbeom Kim"). */
export function selectedName(graph: CoauthorGraph, item: Exclude<Selected, { kind: "none" }>): string {
  if (item.kind === "author") return graph.getNodeAttribute(item.key, "label");
  const [a, b] = graph.extremities(item.key);
  return `${graph.getNodeAttribute(a, "label")} & ${graph.getNodeAttribute(b, "label")}`;
}

/**
 * At the top of a tool while an author or a link stays selected (emphasised on the map, marked
 * in the table): who it is, Show for their panel again, Let go to drop the selection. An item
 * the filters hide has no panel to show: the line says so. Null when nothing is selected or the
 * item's panel is what shows.
 */
export function selectionLine(context: PanelContext): HTMLElement | null {
  const { selected: item, shown, view } = context;
  if (item.kind === "none" || shown.kind !== "tool") return null;
  const name = selectedName(context.graph, item);
  const visible = item.kind === "author" ? view.authors.has(item.key) : view.links.has(item.key);
  return h(
    "div",
    { class: "panel-selection", attrs: { role: "group", "aria-labelledby": "panel-selection-name" } },
    h("span", { attrs: { id: "panel-selection-name" } }, "Selected: ", h("strong", { text: name }), visible ? "" : ", hidden by the filters"),
    visible &&
      h("button", {
        class: "link",
        text: "Show",
        attrs: { "aria-label": `Show ${name}`, "data-focus-key": "selection:show" },
        on: { click: () => context.showSelected() },
      }),
    h("button", {
      class: "link",
      text: "Let go",
      attrs: { "aria-label": `Let go of ${name}`, "data-focus-key": "selection:let-go" },
      on: { click: () => context.clearSelection() },
    }),
  );
}
