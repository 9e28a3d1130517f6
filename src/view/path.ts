import { bidirectional } from "graphology-shortest-path/dijkstra";
import type { CoauthorGraph } from "../graph/types";
import type { Paper } from "../parse/types";
import type { GraphView } from "./types";

export interface PathStep {
  from: string;
  to: string;
  link: string;
  /** The paper behind the step: their most recent shared paper that the view keeps; null in a network file, which has no papers. */
  paper: string | null;
}

export interface CollaborationPath {
  /** Person ids, from the first author to the second. */
  authors: string[];
  steps: PathStep[];
}

/** A cost no chain of visible links reaches: hidden links are in effect absent. */
const HIDDEN = 1e9;

/**
 * The shortest chain of co-authors between two visible authors, over visible links only, or
 * null when there is none. Fewest steps first; among chains as short, the one through the
 * strongest collaborations: each step costs 1 plus a tie-breaker below 1/(authors + 1) that is
 * smaller for heavier links, so the tie-breakers of a whole chain never outweigh one step.
 * graphology's bidirectional Dijkstra runs on the full graph, hidden links costing more than
 * any visible chain: no second graph has to be built for the view.
 */
export function collaborationPath(graph: CoauthorGraph, view: GraphView, papers: ReadonlyMap<string, Paper>, from: string, to: string): CollaborationPath | null {
  if (!view.authors.has(from) || !view.authors.has(to)) return null;
  const tie = 1 / (view.authors.size + 1);
  const found = bidirectional(graph, from, to, (edge: string) => {
    const weight = view.links.get(edge);
    return weight === undefined ? HIDDEN : 1 + tie / (1 + weight);
  });
  if (!found || found.length === 0) return null;
  const steps: PathStep[] = [];
  for (let i = 0; i + 1 < found.length; i++) {
    const link = graph.edge(found[i]!, found[i + 1]!)!;
    if (!view.links.has(link)) return null;
    steps.push({ from: found[i]!, to: found[i + 1]!, link, paper: latestShared(graph.getEdgeAttribute(link, "papers"), view, papers) });
  }
  return { authors: found, steps };
}

/** The most recent paper of a link that the view keeps; of one year, the first listed. */
function latestShared(ids: readonly string[], view: GraphView, papers: ReadonlyMap<string, Paper>): string | null {
  let best: string | null = null;
  let bestYear = -Infinity;
  for (const id of ids) {
    if (!view.papers.has(id)) continue;
    const year = papers.get(id)?.year ?? -Infinity;
    if (best === null || year > bestYear) {
      best = id;
      bestYear = year;
    }
  }
  return best ?? ids[0] ?? null;
}
