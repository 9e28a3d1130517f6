import { plural } from "../text/plural";
import { h } from "../ui/dom";
import { hiddenNotes } from "./hiddenNotes";
import type { SortState } from "./tableSort";
import { clampPage, isMoveKey, movedPosition, pageBounds, pageOf } from "./tablePaging";
import { sortedTable, type SortedTable } from "./sortedTable";
import { keepFocusClearOfFixedCells, tableBody, tableHead, tablePager } from "./tableParts";
import type { PanelContext } from "./types";
import "./table.css";

/**
 * Every visible author with every measure, sortable by each, a page of rows at a time; the
 * selected author's row is marked and shown. A name picked (click, Enter) opens the author's
 * panel, whose back button comes back here. The keyboard way to pick authors: arrows,
 * Home/End and PageUp/PageDown move between names, Enter selects, Escape leaves.
 */
export function authorTable(context: PanelContext): HTMLElement {
  const section = h("section", { class: "panel-table", attrs: { "aria-labelledby": "table-title" } });
  const selected = context.selected.kind === "author" && context.view.authors.has(context.selected.key) ? context.selected.key : null;
  const table = sortedTable(context, context.table.sort);
  // No page chosen since the selection: the selected author's.
  const reveal = context.table.page === null && selected !== null;
  const page = clampPage(reveal ? pageOf(table.positionOf(selected)) : (context.table.page ?? 0), table.order.length);
  // Which row's name takes Tab into the table (roving focus): where the keyboard last was
  // (context.drafts.tableActive), or the selected author's when the table turns to her page.
  const active = reveal ? selected : context.drafts.tableActive;
  section.addEventListener("keydown", (event) => {
    const heading = section.querySelector<HTMLElement>("h2");
    if (event.key !== "Escape" || event.target === heading) return;
    // Leaves the table for its heading and keeps the selection; Escape again lets it go, as on the page.
    event.stopPropagation();
    heading?.focus();
  });
  section.replaceChildren(...content(context, table, page, selected, active).filter((node): node is Node => node !== null));
  if (reveal) queueMicrotask(() => section.querySelector("tr[aria-selected=true]")?.scrollIntoView({ block: "nearest" }));
  return section;
}

function content(context: PanelContext, table: SortedTable, page: number, selected: string | null, active: string | null): (Node | null)[] {
  const total = table.order.length;
  const { start, end } = pageBounds(page, total);
  const onPage = (key: string | null) => key !== null && table.positionOf(key) >= start && table.positionOf(key) < end;
  const tabStop = onPage(active) ? active : onPage(selected) ? selected : total > 0 ? table.keyAt(start) : null;
  const body = tableBody(table, { start, end, selected, active: tabStop }, (key) => {
    context.setDrafts({ tableActive: key });
    context.selectAuthor(key);
  });
  body.addEventListener("keydown", (event) => {
    const button = (event.target as HTMLElement).closest<HTMLElement>("[data-position]");
    if (!button || !isMoveKey(event.key)) return;
    event.preventDefault();
    const to = movedPosition(event.key, Number(button.dataset.position), total);
    const moved = table.keyAt(to);
    context.setDrafts({ tableActive: moved });
    if (pageOf(to) !== page) {
      // Focus goes where its key now points, once the other page is drawn.
      button.dataset.focusKey = `row:${moved}`;
      context.setTable({ page: pageOf(to) });
      return;
    }
    const target = body.querySelector<HTMLElement>(`[data-position="${to}"]`)!;
    button.tabIndex = -1;
    target.tabIndex = 0;
    target.focus();
  });
  const sortBy = (sort: SortState) => {
    context.setDrafts({ tableActive: null });
    context.setTable({ sort, page: 0 });
  };
  const turn = (to: number) => {
    context.setDrafts({ tableActive: null });
    context.setTable({ page: to });
  };
  return [
    h("h2", { text: "Table of authors", attrs: { id: "table-title", tabindex: "-1" } }),
    h("p", { class: "table-note", text: countingNote(context) }),
    ...hiddenNotes(context),
    // The table's name is said above its box rather than in a caption, which would scroll sideways out of view.
    h("p", { class: "table-caption", text: `${plural(total, "visible author")}, ${table.sortText}`, attrs: { id: "table-caption" } }),
    scrollBox(h("table", { class: "author-table", attrs: { "aria-labelledby": "table-caption" } }, tableHead(table, context.table.sort, sortBy), body)),
    tablePager(page, total, turn),
  ];
}

/** The box the table scrolls in, both ways when it is the larger; panelView keeps its sideways scroll by its key. */
function scrollBox(table: HTMLElement): HTMLElement {
  const box = h("div", { class: "table-scroll", attrs: { "data-scroll-key": "table" } }, table);
  keepFocusClearOfFixedCells(box);
  return box;
}

/** What the numbers count: the visible network only, and which counting weighs the links. */
function countingNote(context: PanelContext): string {
  const { view } = context;
  const links =
    view.settings.counting === "fractional"
      ? "fractional counting: a paper with n authors adds 1/(n−1) to each of its links"
      : "full counting: each shared paper adds 1 to a link";
  return `Counts are over the visible network: ${plural(view.papers.size, "paper")}, ${plural(view.links.size, "link")} the filters keep, within the author’s or roster’s network when one is shown. Link strength uses ${links}.`;
}
