import { MEASURES, type Measure, type MeasureContext, type MeasureId } from "../measures/measures";
import type { Analysis } from "../state/types";
import { TableData, type TableRows } from "./tableRows";
import type { PanelContext } from "./types";

export { MEASURES, type Measure, type MeasureContext };

/** Betweenness computed for the panel's view, or null while it is being computed. */
export function analysisOf(context: PanelContext): Analysis | null {
  return context.analysis;
}

/** What the measures read from the panel's view. */
export function measureContextOf(context: PanelContext): MeasureContext {
  return { visibleAuthors: context.view.authors.size, betweenness: analysisOf(context)?.betweenness ?? null };
}

/** The text of a cell: the formatted value, or why there is none, in words for screen readers. */
export function cellText(measure: Measure, value: number, context: MeasureContext): { text: string; spoken?: string } {
  if (!Number.isNaN(value)) return { text: measure.format(value) };
  return pending(measure, context) ? { text: "…", spoken: "not computed yet" } : { text: "—", spoken: "none" };
}

/** A value that will come (betweenness still being computed), as opposed to one that does not exist. */
export function pending(measure: Measure, context: MeasureContext): boolean {
  return measure.id === "betweenness" && context.betweenness === null;
}

/** The panel view's rows and one measure's value for each, made once per view (TableData). */
export function tableColumn(context: PanelContext, id: MeasureId): { rows: TableRows; column: Float64Array } {
  const data = TableData.of(context.graph, context.view);
  return { rows: data.rows, column: data.column(MEASURES.find((m) => m.id === id)!, measureContextOf(context)) };
}
