import type { AuthorEntry } from "../search/authorIndex";
import { attachAuthorCombobox } from "./authorCombobox";

/** The toolbar's author search: the combobox behaviour on the input and list in index.html. */
export function mountSearchBox(input: HTMLInputElement, list: HTMLUListElement, index: () => readonly AuthorEntry[], onPick: (key: string) => void): void {
  attachAuthorCombobox(input, list, { optionIdPrefix: "search-option", index, onPick: (entry) => onPick(entry.key) });
}
