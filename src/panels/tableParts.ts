import { h } from "../ui/dom";
import type { SortedTable } from "./sortedTable";
import { cellText } from "./tableMeasures";
import { pageCount, rowsLabel } from "./tablePaging";
import { NAME_COLUMN, nextSort, type SortState } from "./tableSort";

/**
 * Column headers, each a button that sorts by its column; the sorted one says which way in
 * `aria-sort` for screen readers and with an arrow for the eye.
 */
export function tableHead(table: SortedTable, sort: SortState, sortBy: (sort: SortState) => void): HTMLElement {
  const columns = [{ id: NAME_COLUMN, label: "Name", description: "Sort by name" }, ...table.measures];
  return h(
    "thead",
    {},
    h(
      "tr",
      {},
      columns.map(({ id, label, description }) => {
        const sorted = sort.column === id;
        return h(
          "th",
          { class: id === NAME_COLUMN ? "name-column" : "measure-column", attrs: { scope: "col", ...(sorted && { "aria-sort": sort.descending ? "descending" : "ascending" }) } },
          h(
            "button",
            { class: "sort-button", attrs: { "data-focus-key": `sort:${id}`, title: description }, on: { click: () => sortBy(nextSort(sort, id)) } },
            label,
            h("span", { class: "sort-mark", text: sorted ? (sort.descending ? "▼" : "▲") : "", attrs: { "aria-hidden": "true" } }),
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
              ...(selected && { "aria-current": "true" }),
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
