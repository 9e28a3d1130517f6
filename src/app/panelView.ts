import { downloadBlob } from "../export/png";
import { readDecisionsFile, writeDecisionsFile } from "../identity/decisionsFile";
import { authorPanel } from "../panels/authorPanel";
import { identityPanel } from "../panels/identityPanel";
import { linkPanel } from "../panels/linkPanel";
import { overviewPanel } from "../panels/overviewPanel";
import type { PanelContext } from "../panels/types";
import type { Store } from "../state/store";
import type { AppState } from "../state/types";
import { plural } from "../text/plural";
import type { ExplorerController } from "./controller";
import type { Notify } from "./toast";

/**
 * Shows the panel that matches the selection: an author, a link, who is who, or the overview.
 * Screen readers hear a short summary of what was selected (in `announcer`), not the whole
 * panel; and focus that was in the panel stays there: on the same control if it is still
 * there, else on the new panel's heading.
 */
export function mountPanelView(aside: HTMLElement, announcer: HTMLElement, store: Store<AppState>, controller: ExplorerController, notify: Notify): void {
  const render = (state: AppState, previous: AppState) => {
    const { graph } = state;
    if (!graph) return;
    const context: PanelContext = {
      graph,
      papers: state.papers,
      report: state.report,
      visuals: controller.visuals,
      sourceNames: state.sources.map((s) => s.name),
      decisions: state.decisions,
      canUndo: state.decisionHistory.length > 0,
      selectAuthor: (key) => controller.select({ kind: "author", key }, { center: true }),
      selectLink: (key) => controller.select({ kind: "link", key }),
      clearSelection: () => controller.select({ kind: "none" }),
      showIdentity: () => controller.select({ kind: "identity" }),
      setDecisions: (decisions) => controller.setDecisions(decisions),
      undo: () => controller.undoDecision(),
      exportDecisions: () => downloadBlob(new Blob([writeDecisionsFile(state.decisions)], { type: "application/json" }), "coauthor-identities.json"),
      importDecisions: async (file) => {
        const { decisions, problems } = readDecisionsFile(await file.text());
        if (problems.length > 0) notify(`${file.name}: ${problems.join("; ")}`);
        if (decisions.length > 0) controller.setDecisions(decisions);
      },
    };
    const { selection } = state;
    const panel =
      selection.kind === "author" && graph.hasNode(selection.key)
        ? authorPanel(context, selection.key)
        : selection.kind === "link" && graph.hasEdge(selection.key)
          ? linkPanel(context, selection.key)
          : selection.kind === "identity"
            ? identityPanel(context)
            : overviewPanel(context);
    const focused = document.activeElement;
    const hadFocus = focused instanceof HTMLElement && aside.contains(focused);
    aside.replaceChildren(panel);
    if (state.selection !== previous.selection) aside.scrollTop = 0;
    if (hadFocus) {
      const key = focused.dataset.focusKey;
      const again = key ? aside.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`) : null;
      (again ?? aside.querySelector<HTMLElement>("h2"))?.focus();
    }
    if (state.selection !== previous.selection) announcer.textContent = summary(state);
  };
  store.subscribe((state, previous) => {
    if (state.graph !== previous.graph || state.selection !== previous.selection || state.report !== previous.report || state.decisions !== previous.decisions) {
      render(state, previous);
    }
  });
}

/** A sentence saying what is now shown. */
function summary(state: AppState): string {
  const { graph, selection } = state;
  if (!graph) return "";
  if (selection.kind === "author" && graph.hasNode(selection.key)) {
    const a = graph.getNodeAttributes(selection.key);
    return `${a.label}: ${plural(a.papers, "paper")}, ${plural(graph.degree(selection.key), "co-author")}.`;
  }
  if (selection.kind === "link" && graph.hasEdge(selection.key)) {
    const [a, b] = graph.extremities(selection.key);
    return `${graph.getNodeAttribute(a, "label")} and ${graph.getNodeAttribute(b, "label")}: ${plural(graph.getEdgeAttribute(selection.key, "weight"), "shared paper")}.`;
  }
  if (selection.kind === "identity") return `Who is who: ${plural(state.report.candidatesFound, "pair")} of names that may be one person.`;
  return `Overview: ${plural(graph.order, "author")}.`;
}
