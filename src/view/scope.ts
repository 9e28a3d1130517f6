import type { CoauthorGraph } from "../graph/types";
import type { Scope } from "./types";

export interface Scoped {
  authors: Set<string>;
  linkKept(a: string, b: string): boolean;
}

/**
 * Who a scope keeps of the visible authors and links. Ego: the author and everyone within
 * `depth` visible links, with all the links among them. Roster: its people who are visible
 * and, with `outside`, their visible co-authors, with the links that touch a roster member
 * (links among outsiders say nothing about the roster).
 */
export function scopeOf(graph: CoauthorGraph, authors: ReadonlyMap<string, unknown>, links: ReadonlyMap<string, number>, scope: Exclude<Scope, { kind: "all" }>): Scoped {
  if (scope.kind === "ego") {
    const kept = neighbourhood(graph, authors, links, scope.center, scope.depth);
    return { authors: kept, linkKept: (a, b) => kept.has(a) && kept.has(b) };
  }
  const roster = new Set(scope.people.filter((key) => authors.has(key)));
  const kept = new Set(roster);
  if (scope.outside) for (const key of roster) forEachVisibleNeighbour(graph, links, key, (other) => kept.add(other));
  return { authors: kept, linkKept: (a, b) => (roster.has(a) && kept.has(b)) || (roster.has(b) && kept.has(a)) };
}

/** Breadth-first, level by level, without recursion. */
export function neighbourhood(graph: CoauthorGraph, authors: ReadonlyMap<string, unknown>, links: ReadonlyMap<string, number>, center: string, depth: number): Set<string> {
  const reached = new Set<string>();
  if (!authors.has(center)) return reached;
  reached.add(center);
  let frontier = [center];
  for (let step = 0; step < depth; step++) {
    const next: string[] = [];
    for (const key of frontier) {
      forEachVisibleNeighbour(graph, links, key, (other) => {
        if (!reached.has(other)) {
          reached.add(other);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  return reached;
}

function forEachVisibleNeighbour(graph: CoauthorGraph, links: ReadonlyMap<string, number>, key: string, visit: (other: string) => void): void {
  graph.forEachEdge(key, (edge, _a, source, target) => {
    if (links.has(edge)) visit(source === key ? target : source);
  });
}
