import { authorPanel } from "../panels/authorPanel";
import { linkPanel } from "../panels/linkPanel";
import { overviewPanel } from "../panels/overviewPanel";
import type { PanelContext } from "../panels/types";
import type { Store } from "../state/store";
import type { AppState } from "../state/types";
import type { ExplorerController } from "./controller";

/** Shows the panel that matches the selection: an author, a link, or the overview. */
export function mountPanelView(aside: HTMLElement, store: Store<AppState>, controller: ExplorerController): void {
  const render = (state: AppState) => {
    const { graph } = state;
    if (!graph) return;
    const context: PanelContext = {
      graph,
      papers: state.papers,
      selectAuthor: (key) => controller.select({ kind: "author", key }, { center: true }),
      selectLink: (key) => controller.select({ kind: "link", key }),
      clearSelection: () => controller.select({ kind: "none" }),
    };
    const { selection } = state;
    const panel =
      selection.kind === "author" && graph.hasNode(selection.key)
        ? authorPanel(context, selection.key)
        : selection.kind === "link" && graph.hasEdge(selection.key)
          ? linkPanel(context, selection.key)
          : overviewPanel(context, { sourceNames: state.sources.map((s) => s.name), warnings: state.warnings, errors: state.loadErrors, visuals: controller.visuals });
    aside.replaceChildren(panel);
    aside.scrollTop = 0;
  };
  store.subscribe((state, previous) => {
    if (state.graph !== previous.graph || state.selection !== previous.selection || state.loadErrors !== previous.loadErrors) render(state);
  });
}
