import { plural } from "../text/plural";
import { h } from "../ui/dom";
import { hiddenNote } from "./overviewPanel";
import { DEFAULT_SORT, type SortState } from "./tableSort";
import { clampPage, isMoveKey, movedPosition, pageBounds, pageOf } from "./tablePaging";
import { sortedTable, type SortedTable } from "./sortedTable";
import { tableBody, tableHead, tablePager } from "./tableParts";
import type { PanelContext } from "./types";
import "./table.css";

interface TableState {
  sort: SortState;
  page: number;
  /** The row whose name takes Tab into the table (roving focus). */
  active: string | null;
  /** The selection the table last showed: a different one came from the map or the search. */
  seen: string | null;
}

// The panel is re-rendered on every store change; the sort and the page are the table's own and
// survive it here.
const state: TableState = { sort: DEFAULT_SORT, page: 0, active: null, seen: null };

/**
 * Every visible author with every measure, sortable by each, a page of rows at a time; the
 * selected author's row is marked and shown. The keyboard way to pick authors on the map:
 * arrows, Home/End and PageUp/PageDown move between names, Enter selects, Escape leaves.
 */
export function authorTable(context: PanelContext): HTMLElement {
  const section = h("section", { class: "panel-table", attrs: { "aria-labelledby": "table-title" } });
  const selected = context.selected.kind === "author" && context.view.authors.has(context.selected.key) ? context.selected.key : null;
  const reveal = selected !== null && selected !== state.seen;
  state.seen = selected;
  if (reveal) {
    state.page = pageOf(sortedTable(context, state.sort).positionOf(selected));
    state.active = selected;
  }

  const draw = (focusKey?: string) => {
    const table = sortedTable(context, state.sort);
    state.page = clampPage(state.page, table.order.length);
    section.replaceChildren(...content(context, table, selected, draw).filter((node): node is Node => node !== null));
    if (focusKey) focusFirst(section, [focusKey, "page:previous", "page:next"]);
  };
  section.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    // Leaves the table and keeps the selection (the page's Escape would drop it).
    event.stopPropagation();
    section.querySelector<HTMLElement>("h2")?.focus();
  });
  draw();
  if (reveal) queueMicrotask(() => section.querySelector("tr[aria-selected=true]")?.scrollIntoView({ block: "nearest" }));
  return section;
}

function content(context: PanelContext, table: SortedTable, selected: string | null, draw: (focusKey?: string) => void): (Node | null)[] {
  const total = table.order.length;
  const { start, end } = pageBounds(state.page, total);
  const onPage = (key: string | null) => key !== null && table.positionOf(key) >= start && table.positionOf(key) < end;
  const active = onPage(state.active) ? state.active : onPage(selected) ? selected : total > 0 ? table.keyAt(start) : null;
  const body = tableBody(table, { start, end, selected, active }, (key) => {
    state.seen = state.active = key;
    context.selectAuthor(key);
  });
  body.addEventListener("keydown", (event) => {
    const button = (event.target as HTMLElement).closest<HTMLElement>("[data-position]");
    if (!button || !isMoveKey(event.key)) return;
    event.preventDefault();
    const to = movedPosition(event.key, Number(button.dataset.position), total);
    state.active = table.keyAt(to);
    if (pageOf(to) !== state.page) {
      state.page = pageOf(to);
      draw(`row:${state.active}`);
      return;
    }
    const target = body.querySelector<HTMLElement>(`[data-position="${to}"]`)!;
    button.tabIndex = -1;
    target.tabIndex = 0;
    target.focus();
  });
  const sortBy = (sort: SortState) => {
    state.sort = sort;
    state.page = 0;
    state.active = null;
    draw(`sort:${sort.column}`);
  };
  const turn = (page: number, focusKey: string) => {
    state.page = page;
    state.active = null;
    draw(focusKey);
  };
  return [
    h("h2", { text: "Table of authors", attrs: { id: "table-title", tabindex: "-1" } }),
    h("p", { class: "table-note", text: countingNote(context) }),
    hiddenNote(context),
    h(
      "div",
      { class: "table-scroll" },
      h("table", { class: "author-table" }, h("caption", { text: `${plural(total, "visible author")}, ${table.sortText}` }), tableHead(table, state.sort, sortBy), body),
    ),
    tablePager(state.page, total, turn),
  ];
}

/** What the numbers count: the visible network only, and which counting weighs the links. */
function countingNote(context: PanelContext): string {
  const { view } = context;
  const links =
    view.settings.counting === "fractional"
      ? "fractional counting: a paper with n authors adds 1/(n−1) to each of its links"
      : "full counting: each shared paper adds 1 to a link";
  return `Counts are over the visible network: ${plural(view.papers.size, "paper")}, ${plural(view.links.size, "link")} the filters and scope keep. Link strength uses ${links}.`;
}

/** Focus the first of these controls that is there and enabled (a page button turns disabled at the ends). */
function focusFirst(root: HTMLElement, keys: string[]): void {
  for (const key of keys) {
    const element = root.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`);
    if (element && !element.hasAttribute("disabled")) {
      element.focus();
      return;
    }
  }
  root.querySelector<HTMLElement>("h2")?.focus();
}
