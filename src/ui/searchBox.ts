import type { AuthorEntry } from "../search/authorIndex";
import type { Store } from "../state/store";
import type { AppState } from "../state/types";
import { attachAuthorCombobox } from "./authorCombobox";

/**
 * The toolbar's author search: the combobox behaviour on the input and list in index.html. The
 * box shows the selected author's name, however she was chosen (here, on the map, in a panel),
 * and empties when the selection is let go or is a link: it never names someone not selected.
 */
export function mountSearchBox(input: HTMLInputElement, list: HTMLUListElement, store: Store<AppState>, index: () => readonly AuthorEntry[], onPick: (key: string) => void): void {
  attachAuthorCombobox(input, list, { optionIdPrefix: "search-option", index, onPick: (entry) => onPick(entry.key) });
  store.subscribe((state, previous) => {
    if (state.selection.item === previous.selection.item && state.data.graph === previous.data.graph) return;
    const { item } = state.selection;
    const graph = state.data.graph;
    input.value = item.kind === "author" && graph?.hasNode(item.key) ? graph.getNodeAttribute(item.key, "label") : "";
  });
}
