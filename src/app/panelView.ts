import { downloadBlob } from "../export/download";
import { readDecisionsFile, writeDecisionsFile } from "../identity/decisionsFile";
import { authorPanel } from "../panels/authorPanel";
import { identityPanel } from "../panels/identityPanel";
import { linkPanel } from "../panels/linkPanel";
import { panelNav } from "../panels/panelNav";
import { selectionLine } from "../panels/selectionLine";
import { toolPanel } from "../panels/toolPanels";
import type { PanelContext } from "../panels/types";
import { panelShown, samePanelShown } from "../state/selection";
import type { Store } from "../state/store";
import type { AppState } from "../state/types";
import type { ExplorerController } from "./controller";
import { showsSample } from "./sample";
import { selectionSummary } from "./selectionSummary";
import type { Notify } from "./toast";

/**
 * Shows the panel for what is picked (an author, a link) or else the open tool (overview,
 * filters, statistics, table, path, roster, who is who), with a line naming what stays
 * selected. Screen readers hear a short summary of what is shown (in `announcer`), not the
 * whole panel; and focus that was in the panel stays there: on the same control if it is still
 * there, else where the new panel asks (`data-focus-entry`: the table's marked row), else on
 * its heading.
 */
export function mountPanelView(
  aside: HTMLElement,
  announcer: HTMLElement,
  store: Store<AppState>,
  controller: ExplorerController,
  notify: Notify,
  actions: { openFiles(returnFocus: HTMLElement): void },
): void {
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
      shown: panelShown(state.selection, state.view.panel, derived.view),
      table: state.table,
      get drafts() {
        return store.get().drafts;
      },
      get path() {
        return derived.path;
      },
      sourceNames: data.sources.map((s) => s.name),
      showsSample: showsSample(data.sources),
      decisions: data.decisions,
      canUndo: data.decisionHistory.length > 0,
      selectAuthor: (key) => controller.select({ kind: "author", key }, { center: true }),
      selectLink: (key) => controller.select({ kind: "link", key }),
      clearSelection: () => controller.select({ kind: "none" }),
      openPanel: (panel) => controller.openPanel(panel),
      showSelected: () => controller.showSelected(),
      showIdentity: () => controller.openPanel("identity"),
      openFiles: actions.openFiles,
      setSettings: (patch) => controller.setSettings(patch),
      setViewState: (patch) => controller.setViewState(patch),
      setTable: (patch) => controller.setTable(patch),
      setDrafts: (patch) => controller.setDrafts(patch),
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
    const { shown } = context;
    const { selection } = state;
    const content =
      shown.kind === "author"
        ? authorPanel(context, shown.key)
        : shown.kind === "link"
          ? linkPanel(context, shown.key)
          : shown.panel === "identity"
            ? identityPanel(context)
            : toolPanel(context, shown.panel);
    const before = panelShown(previous.selection, previous.view.panel, context.view);
    const samePanel = samePanelShown(shown, before);
    const focused = document.activeElement;
    const hadFocus = focused instanceof HTMLElement && aside.contains(focused);
    const keepScroll = samePanel && selection.item === previous.selection.item;
    const scroll = aside.scrollTop;
    // A redraw with the same sort and page (an analysis answer coming back) keeps the rows where they were too.
    const boxes = keepScroll ? scrolledBoxes(aside, state.table === previous.table) : [];
    // The panel keeps the open tool's width under an author's panel too (the table's is wider):
    // else every pick from the table would resize the map under the pointer.
    aside.dataset.tool = state.view.panel;
    const line = selectionLine(context);
    aside.replaceChildren(panelNav(context), ...(line ? [line] : []), content);
    aside.scrollTop = keepScroll ? scroll : 0;
    for (const { key, left, top } of boxes) {
      const box = aside.querySelector(`[data-scroll-key="${CSS.escape(key)}"]`);
      if (!box) continue;
      box.scrollLeft = left;
      box.scrollTop = top;
    }
    // On the same panel, focus on its heading stays there: Escape from the table put it there, and the next Escape lets the selection go.
    const onHeading = samePanel && focused instanceof HTMLHeadingElement && !focused.dataset.focusKey;
    if (hadFocus) (focusable(aside, focused.dataset.focusKey) ?? (onHeading ? content.querySelector<HTMLElement>("h2") : null) ?? content.querySelector<HTMLElement>("[data-focus-entry]") ?? content.querySelector<HTMLElement>("h2"))?.focus();
    if (!samePanel || selection.item !== previous.selection.item) announcer.textContent = selectionSummary(context);
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
      selection.item !== previous.selection.item ||
      selection.panelShowsItem !== previous.selection.panelShowsItem
    ) {
      render(state, previous);
    }
  });
}

/**
 * How far each box with a `data-scroll-key` is scrolled: the table's columns stay where the
 * user scrolled them through a sort or a page turn, which draw the panel anew. Down only when
 * the rows are the same (`sameRows`): a new sort or page starts at its first row.
 */
function scrolledBoxes(root: HTMLElement, sameRows: boolean): { key: string; left: number; top: number }[] {
  return [...root.querySelectorAll<HTMLElement>("[data-scroll-key]")].map((box) => ({
    key: box.dataset.scrollKey!,
    left: box.scrollLeft,
    top: sameRows ? box.scrollTop : 0,
  }));
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
