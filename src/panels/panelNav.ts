import type { PanelKind } from "../state/types";
import { h } from "../ui/dom";
import type { PanelContext } from "./types";

const TOOLS: { panel: PanelKind; label: string }[] = [
  { panel: "overview", label: "Overview" },
  { panel: "filters", label: "Filters" },
  { panel: "statistics", label: "Statistics" },
  { panel: "table", label: "Table" },
  { panel: "path", label: "Path" },
  { panel: "roster", label: "Roster" },
];

/** The tools of the side panel, one button each; the open one is marked as current. */
export function panelNav(context: PanelContext): HTMLElement {
  const { panel } = context.viewState;
  const picked = context.selected.kind !== "none" && panel !== "table";
  return h(
    "nav",
    { class: "panel-nav", attrs: { "aria-label": "Panel" } },
    TOOLS.map((tool) =>
      h("button", {
        class: "panel-tab",
        text: tool.label,
        attrs: { "data-focus-key": `tool:${tool.panel}`, ...(tool.panel === panel && !picked ? { "aria-current": "page" } : {}) },
        on: { click: () => context.openPanel(tool.panel) },
      }),
    ),
  );
}

/** Back from an author or a link to the tool that was open. */
export function backButton(context: PanelContext): HTMLElement {
  const tool = TOOLS.find((t) => t.panel === context.viewState.panel)?.label ?? "Overview";
  return h("button", { class: "panel-back link", text: `← ${tool}`, on: { click: () => context.clearSelection() } });
}
