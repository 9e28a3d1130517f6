import { MEASURES, measureContextOf, type Measure, type MeasureContext } from "./tableMeasures";
import { TableData, type TableRows } from "./tableRows";
import { NAME_COLUMN, nameOrder, valueOrder, type SortState } from "./tableSort";
import type { PanelContext } from "./types";

/** The table's rows in the order shown, with what a page of them needs to be drawn. */
export interface SortedTable {
  rows: TableRows;
  measures: readonly Measure[];
  measureContext: MeasureContext;
  /** Row numbers in the order shown. */
  order: Uint32Array;
  keyAt(position: number): string;
  /** Where an author is in the order shown, -1 if not in the table. */
  positionOf(key: string): number;
  /** "by papers, most first". */
  sortText: string;
}

/** The last table sorted: a cache of what the store's view and sort give, nothing of its own. */
let last: { data: TableData; sort: SortState; context: MeasureContext; table: SortedTable } | null = null;

/**
 * The visible authors sorted as asked. Made again only when the view, the sort or betweenness
 * changes: selecting a row or turning a page re-renders the panel, and sorts nothing.
 */
export function sortedTable(context: PanelContext, sort: SortState): SortedTable {
  const data = TableData.of(context.graph, context.view);
  const measureContext = measureContextOf(context);
  if (last && last.data === data && last.sort === sort && last.context.betweenness === measureContext.betweenness && last.context.visibleAuthors === measureContext.visibleAuthors) {
    return last.table;
  }
  const table = sortWith(data, sort, measureContext);
  last = { data, sort, context: measureContext, table };
  return table;
}

export function sortWith(data: TableData, sort: SortState, measureContext: MeasureContext, measures: readonly Measure[] = MEASURES): SortedTable {
  const { rows } = data;
  const measure = measures.find((m) => m.id === sort.column);
  const order = measure ? valueOrder(data.column(measure, measureContext), rows.nameRank, sort.descending) : nameOrder(rows.nameRank, sort.descending);
  let positions: Int32Array | null = null;
  let rowOf: Map<string, number> | null = null;
  return {
    rows,
    measures,
    measureContext,
    order,
    keyAt: (position) => rows.keys[order[position]!]!,
    positionOf(key) {
      // Built at the first look-up: most renders look up the selected author only.
      rowOf ??= new Map(rows.keys.map((k, row) => [k, row]));
      if (!positions) {
        positions = new Int32Array(order.length);
        order.forEach((row, position) => (positions![row] = position));
      }
      const row = rowOf.get(key);
      return row === undefined ? -1 : positions[row]!;
    },
    sortText: sortText(measure ?? null, sort),
  };
}

function sortText(measure: Measure | null, sort: SortState): string {
  if (sort.column === NAME_COLUMN || !measure) return `by name, ${sort.descending ? "Z to A" : "A to Z"}`;
  const ends = measure.kind === "year" ? ["latest", "earliest"] : ["highest", "lowest"];
  return `by ${measure.label.toLowerCase()}, ${sort.descending ? ends[0] : ends[1]} first`;
}
