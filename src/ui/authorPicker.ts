import type { AuthorEntry } from "../search/authorIndex";
import { attachAuthorCombobox } from "./authorCombobox";
import { h } from "./dom";

export interface AuthorPickerOptions {
  /** Unique on the page: the input's id and focus key, and the prefix of its list's ids. */
  id: string;
  label: string;
  /** The name of the author picked, or "" when none is. */
  value: string;
  /** The authors it can pick: read when the user types, so always the current ones. */
  index: () => readonly AuthorEntry[];
  onPick(key: string): void;
  /**
   * What was typed and not yet picked, or undefined. A panel is rebuilt on every change of the
   * view, so the text being typed is kept by the caller (in the store) through `onDraft`
   * rather than in the input; only a pick commits. `onDraft(null)` forgets it.
   */
  draft: string | undefined;
  onDraft(text: string | null): void;
}

/**
 * A labelled author combobox (see attachAuthorCombobox). Built afresh on every render, so what
 * was typed is kept by `onDraft` and the text goes back to the value when left without a pick.
 */
export function authorPicker(options: AuthorPickerOptions): HTMLElement {
  const { id } = options;
  const listId = `${id}-options`;
  const input = h("input", {
    attrs: {
      id,
      type: "text",
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": listId,
      autocomplete: "off",
      spellcheck: "false",
      placeholder: "Type a name",
      "data-focus-key": id,
    },
  });
  input.value = options.draft ?? options.value;
  const list = h("ul", { class: "picker-options", attrs: { id: listId, role: "listbox", "aria-label": `${options.label}: matching authors` } });
  list.hidden = true;
  attachAuthorCombobox(input, list, {
    optionIdPrefix: `${id}-option`,
    index: options.index,
    onPick: (entry) => {
      options.onDraft(null);
      options.onPick(entry.key);
    },
    onInput: () => options.onDraft(input.value),
    onBlur: () => {
      // Leaving without a pick: the text goes back to the author picked, so it never shows a name
      // that is not the one in use. (A rebuild of the panel moves focus to the new input instead.)
      if (!input.isConnected) return;
      options.onDraft(null);
      input.value = options.value;
    },
  });

  return h("div", { class: "picker" }, h("label", { text: options.label, attrs: { for: id } }), h("div", { class: "picker-field" }, input, list));
}
