import louvain from "graphology-communities-louvain";
import { seededRandom } from "../text/random";
import type { CoauthorGraph } from "./types";

/**
 * Groups of authors who publish mostly with each other (Louvain modularity, weighted by
 * shared papers). Numbered by size, largest first, so colours are stable; a seeded generator
 * makes the same input always give the same groups. Writes `community` on every node and
 * returns the number of groups.
 */
export function assignCommunities(graph: CoauthorGraph): number {
  if (graph.order === 0) return 0;
  const raw = louvain(graph, { getEdgeWeight: "weight", rng: seededRandom(1) });
  const sizes = new Map<number, number>();
  for (const c of Object.values(raw)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  // Largest first; equal sizes by first appearance in node order.
  const ranked = [...sizes.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  const rank = new Map(ranked.map((c, i) => [c, i]));
  graph.forEachNode((key, attributes) => {
    attributes.community = rank.get(raw[key]!)!;
  });
  return ranked.length;
}
