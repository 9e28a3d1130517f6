import { h } from "../ui/dom";
import type { SortedTable } from "./sortedTable";
import { cellText } from "./tableMeasures";
import { pageCount, rowsLabel } from "./tablePaging";
import { NAME_COLUMN, nextSort, type SortState } from "./tableSort";

/**
 * A label cut after its first word, at a space or after a hyphen: "Papers", " (fractional)";
 * "Co-", "authors". The rest is empty for one word.
 */
export function firstWord(label: string): [string, string] {
  const end = label.search(/[\s-]/);
  if (end < 0) return [label, ""];
  const cut = label[end] === "-" ? end + 1 : end;
  return [label.slice(0, cut), label.slice(cut)];
}

/**
 * Column headers, each a button that sorts by its column; the sorted one says which way in
 * `aria-sort` for screen readers and with an arrow for the eye. A measure's arrow goes before
 * its label, held to its first word: on the first line of a label that wraps, mostly the
 * shorter one, it widens no column. The nine columns then fit a 780 px panel (table.css).
 */
export function tableHead(table: SortedTable, sort: SortState, sortBy: (sort: SortState) => void): HTMLElement {
  const columns = [{ id: NAME_COLUMN, label: "Name", description: "Sort by name", measure: null }, ...table.measures.map((measure) => ({ ...measure, measure }))];
  return h(
    "thead",
    {},
    h(
      "tr",
      {},
      columns.map(({ id, label, description, measure }) => {
        const sorted = sort.column === id;
        const mark = h("span", { class: "sort-mark", text: sorted ? (sort.descending ? "▼" : "▲") : "", attrs: { "aria-hidden": "true" } });
        return h(
          "th",
          { class: id === NAME_COLUMN ? "name-column" : "measure-column", attrs: { scope: "col", ...(sorted && { "aria-sort": sort.descending ? "descending" : "ascending" }) } },
          h(
            "button",
            { class: "sort-button", attrs: { "data-focus-key": `sort:${id}`, title: description }, on: { click: () => sortBy(nextSort(sort, id, measure)) } },
            id === NAME_COLUMN ? h("span", { class: "sort-lead" }, label, mark) : [h("span", { class: "sort-lead" }, mark, firstWord(label)[0]), firstWord(label)[1]],
          ),
        );
      }),
    ),
  );
}

export interface PageRows {
  start: number;
  end: number;
  selected: string | null;
  /** The row whose name button is in the Tab order. */
  active: string | null;
}

/**
 * One page of rows. The name is a row header holding a button that selects the author; the
 * selected row is marked for screen readers (`aria-selected`, `aria-current`) and for the eye
 * by weight and an arrow, not by colour alone.
 */
export function tableBody(table: SortedTable, page: PageRows, pick: (key: string) => void): HTMLElement {
  const rows: HTMLElement[] = [];
  for (let position = page.start; position < page.end; position++) {
    const row = table.order[position]!;
    const key = table.rows.keys[row]!;
    const selected = key === page.selected;
    rows.push(
      h(
        "tr",
        { class: selected ? "selected" : undefined, attrs: selected ? { "aria-selected": "true" } : {} },
        h(
          "th",
          { class: "name-column", attrs: { scope: "row" } },
          h("span", { class: "row-mark", text: selected ? "▶" : "", attrs: { "aria-hidden": "true" } }),
          h("button", {
            class: "link row-name",
            text: table.rows.labels[row]!,
            attrs: {
              "data-focus-key": `row:${key}`,
              "data-position": String(position),
              tabindex: key === page.active ? "0" : "-1",
              // Focus coming back to the table (from the author's panel) lands on the row.
              ...(selected && { "aria-current": "true", "data-focus-entry": "" }),
            },
            on: { click: () => pick(key) },
          }),
        ),
        // Values of the rows shown only: a page does not compute eight columns of ten thousand.
        table.measures.map((measure) => {
          const { text, spoken } = cellText(measure, measure.value(key, table.rows.authors[row]!, table.measureContext) ?? NaN, table.measureContext);
          return spoken === undefined
            ? h("td", { text })
            : h("td", {}, h("span", { text, attrs: { "aria-hidden": "true" } }), h("span", { class: "visually-hidden", text: spoken }));
        }),
      ),
    );
  }
  return h("tbody", {}, rows);
}

/** Previous and next page around "Rows 51–100 of 10,000", which each button reads as its description. */
export function tablePager(page: number, total: number, turn: (page: number) => void): HTMLElement {
  // Focus stays on the button pressed, or goes to the other at the first or last page.
  const button = (text: string, to: number, key: string, fallback: string) =>
    h("button", {
      text,
      disabled: to < 0 || to >= pageCount(total),
      attrs: { "data-focus-key": key, "data-focus-fallback": fallback, "aria-describedby": "table-rows" },
      on: { click: () => turn(to) },
    });
  return h(
    "div",
    { class: "table-pager", attrs: { role: "group", "aria-label": "Pages of the table" } },
    button("Previous page", page - 1, "page:previous", "page:next"),
    h("span", { text: rowsLabel(page, total), attrs: { id: "table-rows" } }),
    button("Next page", page + 1, "page:next", "page:previous"),
  );
}

/**
 * Keeps what takes focus in the box clear of its fixed header and name column (WCAG 2.4.11):
 * the browser scrolls a focused control into view as if nothing stuck, so a row reached with
 * ArrowUp, or a header reached with Shift+Tab, could land under them.
 */
export function keepFocusClearOfFixedCells(box: HTMLElement): void {
  const clear = (target: HTMLElement) => {
    const cell = target.closest("th, td");
    if (!cell) return;
    const place = target.getBoundingClientRect();
    // The header's name cell sticks both ways (the thead's own box scrolls away): where it ends, the header and the names end.
    const corner = box.querySelector("thead .name-column")?.getBoundingClientRect();
    if (!corner) return;
    // Whole pixels up: a scroll of a fraction of one may leave that fraction under.
    if (!cell.closest("thead") && place.top < corner.bottom) box.scrollTop -= Math.ceil(corner.bottom - place.top);
    if (!cell.classList.contains("name-column") && place.left < corner.right) box.scrollLeft -= Math.ceil(corner.right - place.left);
  };
  // After the browser's own scrolling into view, which may come after the event.
  box.addEventListener("focusin", (event) => requestAnimationFrame(() => clear(event.target as HTMLElement)));
}
