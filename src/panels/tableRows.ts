import type { CoauthorGraph } from "../graph/types";
import type { AuthorView, GraphView } from "../view/types";
import type { Measure, MeasureContext } from "./tableMeasures";

/** The visible authors as rows: keys, names and counts by row number, in the view's order. */
export interface TableRows {
  keys: readonly string[];
  labels: readonly string[];
  authors: readonly AuthorView[];
  /** Each row's place in name order: sorting by name, or breaking ties by it, compares integers. */
  nameRank: Uint32Array;
}

const collator = new Intl.Collator("en");

/** Lower case without accents, compared by code point: most names are told apart by this alone. */
function folded(label: string): string {
  return (/[^\x20-\x7e]/.test(label) ? label.normalize("NFD").replace(/\p{M}/gu, "") : label).toLowerCase();
}

/**
 * Positions in name order, as people read names: case and accents do not send a name to the end.
 * Compared folded first and with the collator only on ties: a collator for every comparison
 * took twice as long (67 against 30 ms for 10,000 names). Equal names keep their key order.
 */
export function nameRanks(labels: readonly string[], keys: readonly string[]): Uint32Array {
  const fold = labels.map(folded);
  const byName = Uint32Array.from(labels.keys());
  byName.sort((a, b) => {
    const x = fold[a]!;
    const y = fold[b]!;
    if (x !== y) return x < y ? -1 : 1;
    return collator.compare(labels[a]!, labels[b]!) || (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0);
  });
  const rank = new Uint32Array(labels.length);
  byName.forEach((row, place) => (rank[row] = place));
  return rank;
}

interface GraphNames {
  keys: string[];
  labels: string[];
  /** Node positions in name order. */
  byName: Uint32Array;
}

/** Every author's name, and all of them in name order, by node position: names do not change with the view. */
const namesByGraph = new WeakMap<CoauthorGraph, GraphNames>();

function namesOf(graph: CoauthorGraph): GraphNames {
  let names = namesByGraph.get(graph);
  if (!names) {
    const keys = graph.nodes();
    const labels = keys.map((key) => graph.getNodeAttribute(key, "label"));
    const rank = nameRanks(labels, keys);
    const byName = new Uint32Array(keys.length);
    rank.forEach((place, node) => (byName[place] = node));
    namesByGraph.set(graph, (names = { keys, labels, byName }));
  }
  return names;
}

/** The visible authors (flags by node position, as `view.visibility` holds them) as rows. */
export function tableRows(graph: CoauthorGraph, view: GraphView): TableRows {
  const names = namesOf(graph);
  const visible = view.visibility.nodes;
  const keys: string[] = [];
  const labels: string[] = [];
  const authors: AuthorView[] = [];
  const rowOfNode = new Int32Array(visible.length).fill(-1);
  for (let node = 0; node < visible.length; node++) {
    if (!visible[node]) continue;
    rowOfNode[node] = keys.length;
    keys.push(names.keys[node]!);
    labels.push(names.labels[node]!);
    authors.push(view.authors.get(names.keys[node]!)!);
  }
  // Places among the visible only, 0 to n − 1, read off the whole network's name order in one pass.
  const nameRank = new Uint32Array(keys.length);
  let place = 0;
  for (const node of names.byName) if (rowOfNode[node]! >= 0) nameRank[rowOfNode[node]!] = place++;
  return { keys, labels, authors, nameRank };
}

/** A measure's value for every row; NaN where it has none or is not known yet. */
export function measureColumn(rows: TableRows, measure: Measure, context: MeasureContext): Float64Array {
  const values = new Float64Array(rows.keys.length);
  for (let row = 0; row < values.length; row++) values[row] = measure.value(rows.keys[row]!, rows.authors[row]!, context) ?? NaN;
  return values;
}

/**
 * Rows and columns of one view, made once: a panel re-rendered for a selection or a page
 * reads them again. A view is a new object whenever counting, filters or scope change.
 */
export class TableData {
  private static readonly byView = new WeakMap<GraphView, TableData>();
  private readonly columns = new Map<string, { betweenness: MeasureContext["betweenness"]; values: Float64Array }>();

  private constructor(readonly rows: TableRows) {}

  static of(graph: CoauthorGraph, view: GraphView): TableData {
    let data = TableData.byView.get(view);
    if (!data) TableData.byView.set(view, (data = new TableData(tableRows(graph, view))));
    return data;
  }

  column(measure: Measure, context: MeasureContext): Float64Array {
    const cached = this.columns.get(measure.id);
    // Betweenness arrives later for the same view: a column made before it is made again.
    if (cached && cached.betweenness === context.betweenness) return cached.values;
    const values = measureColumn(this.rows, measure, context);
    this.columns.set(measure.id, { betweenness: context.betweenness, values });
    return values;
  }
}
