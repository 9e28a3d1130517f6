import { downloadBlob } from "../export/png";
import { readDecisionsFile, writeDecisionsFile } from "../identity/decisionsFile";
import { authorPanel } from "../panels/authorPanel";
import { identityPanel } from "../panels/identityPanel";
import { linkPanel } from "../panels/linkPanel";
import { panelNav } from "../panels/panelNav";
import { toolPanel } from "../panels/toolPanels";
import type { PanelContext } from "../panels/types";
import type { Store } from "../state/store";
import type { AppState } from "../state/types";
import type { ExplorerController } from "./controller";
import { selectionSummary } from "./selectionSummary";
import type { Notify } from "./toast";

/**
 * Shows the panel for what is picked (an author, a link) or else the open tool (overview,
 * filters, statistics, table, path, roster, who is who). Screen readers hear a short summary
 * of what was selected (in `announcer`), not the whole panel; and focus that was in the panel
 * stays there: on the same control if it is still there, else on the new panel's heading.
 */
export function mountPanelView(aside: HTMLElement, announcer: HTMLElement, store: Store<AppState>, controller: ExplorerController, notify: Notify): void {
  const contextOf = (state: AppState): PanelContext => {
    const { data } = state;
    const derived = controller.derived;
    // What only some panels show is derived when one reads it: the statistics, for one, took a
    // fifth of the task of a filter change when every panel derived them.
    return {
      graph: data.graph!,
      view: derived.view,
      papers: data.papers,
      report: data.report,
      get visuals() {
        return derived.visuals;
      },
      get stats() {
        return derived.stats;
      },
      analysis: state.analysis && state.analysis.view === derived.view ? state.analysis : null,
      get facets() {
        return derived.facets;
      },
      get searchIndex() {
        return derived.searchIndex;
      },
      viewState: state.view,
      selected: state.selection.item,
      table: state.table,
      get path() {
        return derived.path;
      },
      sourceNames: data.sources.map((s) => s.name),
      decisions: data.decisions,
      canUndo: data.decisionHistory.length > 0,
      selectAuthor: (key) => controller.select({ kind: "author", key }, { center: true }),
      selectLink: (key) => controller.select({ kind: "link", key }),
      clearSelection: () => controller.select({ kind: "none" }),
      openPanel: (panel) => controller.openPanel(panel),
      showIdentity: () => controller.openPanel("identity"),
      setSettings: (patch) => controller.setSettings(patch),
      setViewState: (patch) => controller.setViewState(patch),
      setTable: (patch) => controller.setTable(patch),
      setDecisions: (decisions) => controller.setDecisions(decisions),
      undo: () => controller.undoDecision(),
      exportDecisions: () => downloadBlob(new Blob([writeDecisionsFile(data.decisions)], { type: "application/json" }), "coauthor-identities.json"),
      importDecisions: async (file) => {
        const { decisions, problems } = readDecisionsFile(await file.text());
        if (problems.length > 0) notify(`${file.name}: ${problems.join("; ")}`);
        if (decisions.length > 0) controller.setDecisions(decisions);
      },
    };
  };

  const render = (state: AppState, previous: AppState) => {
    if (!state.data.graph) return;
    const context = contextOf(state);
    const { item } = state.selection;
    const { panel } = state.view;
    // The table stays while its rows are picked: it follows the selection instead of giving way.
    const content =
      panel !== "table" && item.kind === "author" && context.view.authors.has(item.key)
        ? authorPanel(context, item.key)
        : panel !== "table" && item.kind === "link" && context.view.links.has(item.key)
          ? linkPanel(context, item.key)
          : panel === "identity"
            ? identityPanel(context)
            : toolPanel(context, panel);
    const focused = document.activeElement;
    const hadFocus = focused instanceof HTMLElement && aside.contains(focused);
    const keepScroll = item === previous.selection.item && panel === previous.view.panel;
    const scroll = aside.scrollTop;
    aside.replaceChildren(panelNav(context), content);
    aside.scrollTop = keepScroll ? scroll : 0;
    if (hadFocus) (focusable(aside, focused.dataset.focusKey) ?? content.querySelector<HTMLElement>("h2"))?.focus();
    if (item !== previous.selection.item || panel !== previous.view.panel) announcer.textContent = selectionSummary(context, panel, item !== previous.selection.item);
  };
  store.subscribe((state, previous) => {
    const { data, view, selection } = state;
    if (
      data.graph !== previous.data.graph ||
      data.report !== previous.data.report ||
      data.decisions !== previous.data.decisions ||
      view !== previous.view ||
      state.table !== previous.table ||
      state.analysis !== previous.analysis ||
      selection.item !== previous.selection.item
    ) {
      render(state, previous);
    }
  });
}

/**
 * The control with this focus key, if it can take focus; else the one its `data-focus-fallback`
 * names (a Next page button turned disabled on the last page gives way to Previous page);
 * null when none can.
 */
function focusable(root: HTMLElement, key: string | undefined, tried = new Set<string>()): HTMLElement | null {
  const element = key && !tried.has(key) ? root.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`) : null;
  if (!element || !element.matches(":disabled")) return element;
  return focusable(root, element.dataset.focusFallback, tried.add(key!));
}
