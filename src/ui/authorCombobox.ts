import { searchAuthors, type AuthorEntry } from "../search/authorIndex";
import { h } from "./dom";

export interface AuthorComboboxOptions {
  /** Option i gets the id `${optionIdPrefix}-${i}`: ids must be unique on the page. */
  optionIdPrefix: string;
  /** The authors it can suggest: read when the user types, so always the current ones. */
  index: () => readonly AuthorEntry[];
  /** After the input shows the entry's label and the list has closed. */
  onPick(entry: AuthorEntry): void;
  /** On every edit, before the suggestions are updated. */
  onInput?(): void;
  /** When the input loses focus, before the list closes. */
  onBlur?(): void;
}

/**
 * Wires an input and its listbox as an ARIA combobox: suggestions as you type, arrows to move,
 * Enter to pick (the first suggestion if none is highlighted), Escape to close. One behaviour for
 * every author field (the toolbar search, the path pickers), so they cannot drift apart. Only
 * behaviour: the caller owns the elements and their static attributes (role, aria-controls, label).
 */
export function attachAuthorCombobox(input: HTMLInputElement, list: HTMLUListElement, options: AuthorComboboxOptions): void {
  const optionId = (i: number) => `${options.optionIdPrefix}-${i}`;
  let matches: AuthorEntry[] = [];
  let active = -1;
  // A polite live region beside the list, there from the start so that what it says is heard:
  // a name that matches nobody is told, rather than leaving an empty list that looks broken.
  const none = h("p", { class: "combobox-none", attrs: { role: "status" } });
  list.after(none);
  const tellNone = (query: string | null) => {
    none.textContent = query === null ? "" : `No author matches “${query}”`;
    none.classList.toggle("showing", query !== null);
  };

  const render = () => {
    // At most eight suggestions (searchAuthors' limit), so spreading them into the call is safe.
    list.replaceChildren(
      ...matches.map((m, i) =>
        h(
          "li",
          {
            attrs: { role: "option", id: optionId(i), "aria-selected": String(i === active) },
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
    if (active >= 0) input.setAttribute("aria-activedescendant", optionId(active));
    else input.removeAttribute("aria-activedescendant");
  };
  const close = () => {
    matches = [];
    active = -1;
    render();
    tellNone(null);
  };
  const pick = (i: number) => {
    const match = matches[i];
    if (!match) return;
    input.value = match.label;
    close();
    options.onPick(match);
  };
  // Keys can open the list without typing (an arrow on a prefilled input), so search if closed.
  const ensureMatches = () => {
    if (matches.length === 0) matches = searchAuthors(options.index(), input.value);
  };

  input.addEventListener("input", () => {
    options.onInput?.();
    matches = searchAuthors(options.index(), input.value);
    active = -1;
    render();
    const typed = input.value.trim();
    tellNone(matches.length === 0 && typed !== "" ? typed : null);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      ensureMatches();
      const step = event.key === "ArrowDown" ? 1 : -1;
      active = matches.length === 0 ? -1 : (active + step + matches.length) % matches.length;
      render();
      event.preventDefault();
    } else if (event.key === "Enter") {
      ensureMatches();
      pick(Math.max(active, 0));
      event.preventDefault();
    } else if (event.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", () => {
    options.onBlur?.();
    close();
  });
}
