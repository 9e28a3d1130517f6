import type { Store } from "../state/store";
import type { AppState } from "../state/types";
import { searchWithView, viewFromSearch, type ViewToAddress } from "../state/viewAddress";
import type { ExplorerController } from "./controller";

/** The view as the address carries it (Save as HTML writes the same). */
export const addressed = (state: AppState): ViewToAddress => {
  const { scope } = state.view.settings;
  const item = state.selection.item;
  // An author's network (?ego=) opens with its author selected: the address need not say so twice.
  const implied = scope.kind === "ego" && item.kind === "author" && item.key === scope.center;
  return { settings: state.view.settings, sizeBy: state.view.sizeBy, colorBy: state.view.colorBy, panel: state.view.panel, selected: implied ? { kind: "none" } : item };
};

/**
 * The view lives in the address: filters, counting, size and colour, the open tool and the
 * selection are written there as the user works (replacing the entry: they are tuning, not
 * places, which stay viewHistory's), and an address opened restores them once its network is
 * shown. What an address asks for that cannot be read, or names nobody in the data, is left
 * out and said.
 */
export function mountViewAddress(store: Store<AppState>, controller: ExplorerController, notify: (message: string) => void): void {
  const asked = viewFromSearch(location.search);
  let following = false;
  const write = (state: AppState) => {
    const search = searchWithView(location.search, addressed(state));
    if (search !== location.search) history.replaceState(history.state, "", `${location.pathname}${search}${location.hash}`);
  };
  const restore = () => {
    const { view, ignored } = asked;
    const graph = store.get().data.graph!;
    if (Object.keys(view.settings).length > 0) controller.setSettings(view.settings);
    if (view.sizeBy || view.colorBy) controller.setViewState({ ...(view.sizeBy ? { sizeBy: view.sizeBy } : {}), ...(view.colorBy ? { colorBy: view.colorBy } : {}) });
    if (view.panel) controller.openPanel(view.panel);
    // An author's network in the address (?ego=) selects its author itself.
    const selected = view.selected;
    if (selected && !new URLSearchParams(location.search).has("ego")) {
      const there = selected.kind === "author" ? graph.hasNode(selected.key) : graph.hasEdge(selected.key);
      if (there) controller.select(selected);
      else ignored.push(`${selected.kind}=${selected.key} (not in the data loaded)`);
    }
    if (ignored.length > 0) notify(`The address asked for what could not be shown, left out: ${ignored.join(", ")}.`);
  };
  store.subscribe((state, previous) => {
    if (state.data.graph && !previous.data.graph) {
      // After the store has told everyone of the new network, as viewHistory does.
      queueMicrotask(() => {
        restore();
        following = true;
        write(store.get());
      });
      return;
    }
    if (following && (state.view !== previous.view || state.selection.item !== previous.selection.item)) write(state);
  });
}
