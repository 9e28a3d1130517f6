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

/** The tools of the side panel, one button each; the open one is marked as current while it shows. */
export function panelNav(context: PanelContext): HTMLElement {
  const { panel } = context.viewState;
  const picked = context.shown.kind !== "tool";
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

/**
 * Back from an author or a link to the tool that was open, as it was left (the table at its
 * sort and page); the author or link stays selected.
 */
export function backButton(context: PanelContext): HTMLElement {
  const { panel } = context.viewState;
  const tool = panel === "identity" ? "Who is who" : (TOOLS.find((t) => t.panel === panel)?.label ?? "Overview");
  return h("button", { class: "panel-back link", text: `← ${tool}`, on: { click: () => context.openPanel(panel) } });
}
