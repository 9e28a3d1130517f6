import { searchAuthors, type AuthorEntry } from "../search/authorIndex";
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
}

/**
 * What was typed and not yet picked, by picker id. A panel is rebuilt on every change of the
 * store, so the text being typed lives here rather than in the input; only a pick commits.
 */
const drafts = new Map<string, string>();

/** Forgets what was typed in a picker, so it shows its value again (after a swap, a clear). */
export function forgetAuthorPickerDraft(id: string): void {
  drafts.delete(id);
}

/**
 * A labelled ARIA combobox over authors: suggestions as you type, arrows to move, Enter to pick
 * (the first suggestion if none is highlighted), Escape to close. Built afresh on every render.
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
  input.value = drafts.get(id) ?? options.value;
  const list = h("ul", { class: "picker-options", attrs: { id: listId, role: "listbox", "aria-label": `${options.label}: matching authors` } });
  list.hidden = true;
  let matches: AuthorEntry[] = [];
  let active = -1;

  const render = () => {
    // At most eight suggestions (searchAuthors' limit).
    list.replaceChildren(
      ...matches.map((m, i) =>
        h(
          "li",
          {
            attrs: { role: "option", id: `${id}-option-${i}`, "aria-selected": String(i === active) },
            // mousedown, not click: it comes before the input loses focus and closes the list.
            on: { mousedown: (event) => (event.preventDefault(), pick(i)) },
          },
          h("span", { text: m.label }),
          h("span", { class: "muted", text: String(m.papers) }),
        ),
      ),
    );
    list.hidden = matches.length === 0;
    input.setAttribute("aria-expanded", String(matches.length > 0));
    if (active >= 0) input.setAttribute("aria-activedescendant", `${id}-option-${active}`);
    else input.removeAttribute("aria-activedescendant");
  };
  const close = () => {
    matches = [];
    active = -1;
    render();
  };
  const pick = (i: number) => {
    const match = matches[i];
    if (!match) return;
    input.value = match.label;
    drafts.delete(id);
    close();
    options.onPick(match.key);
  };

  input.addEventListener("input", () => {
    drafts.set(id, input.value);
    matches = searchAuthors(options.index(), input.value);
    active = -1;
    render();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (matches.length === 0) matches = searchAuthors(options.index(), input.value);
      const step = event.key === "ArrowDown" ? 1 : -1;
      active = matches.length === 0 ? -1 : (active + step + matches.length) % matches.length;
      render();
      event.preventDefault();
    } else if (event.key === "Enter") {
      if (matches.length === 0) matches = searchAuthors(options.index(), input.value);
      pick(Math.max(active, 0));
      event.preventDefault();
    } else if (event.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", () => {
    // Leaving without a pick: the text goes back to the author picked, so it never shows a name
    // that is not the one in use. (A rebuild of the panel moves focus to the new input instead.)
    if (!input.isConnected) return;
    drafts.delete(id);
    input.value = options.value;
    close();
  });

  return h("div", { class: "picker" }, h("label", { text: options.label, attrs: { for: id } }), h("div", { class: "picker-field" }, input, list));
}
