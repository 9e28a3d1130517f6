import { searchAuthors, type AuthorEntry } from "../search/authorIndex";
import { h } from "./dom";

/**
 * An ARIA combobox: suggestions as you type, arrows to move, Enter to pick (the first
 * suggestion if none is highlighted), Escape to close.
 */
export function mountSearchBox(input: HTMLInputElement, list: HTMLUListElement, index: () => readonly AuthorEntry[], onPick: (key: string) => void): void {
  let matches: AuthorEntry[] = [];
  let active = -1;

  const render = () => {
    // At most `limit` (8) suggestions, so spreading them into the call is safe.
    list.replaceChildren(
      ...matches.map((m, i) =>
        h(
          "li",
          {
            attrs: { role: "option", id: `search-option-${i}`, "aria-selected": String(i === active) },
            on: {
              // mousedown, not click: it fires before the input loses focus and closes the list.
              mousedown: (event) => {
                event.preventDefault();
                pick(i);
              },
            },
          },
          h("span", { text: m.label }),
          h("span", { class: "muted", text: `${m.papers}` }),
        ),
      ),
    );
    const open = matches.length > 0;
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    if (active >= 0) input.setAttribute("aria-activedescendant", `search-option-${active}`);
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
    close();
    onPick(match.key);
  };

  input.addEventListener("input", () => {
    matches = searchAuthors(index(), input.value);
    active = -1;
    render();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (matches.length === 0) matches = searchAuthors(index(), input.value);
      const step = event.key === "ArrowDown" ? 1 : -1;
      active = matches.length === 0 ? -1 : (active + step + matches.length) % matches.length;
      render();
      event.preventDefault();
    } else if (event.key === "Enter") {
      if (matches.length === 0) matches = searchAuthors(index(), input.value);
      pick(Math.max(active, 0));
      event.preventDefault();
    } else if (event.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", close);
}
