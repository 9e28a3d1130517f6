import { UnionFind } from "../identity/unionFind";

/**
 * Connected components of the visible network, largest first (ties: the one met first in node
 * order). Computed on the overlay of visible authors and links rather than with
 * graphology-components, which needs a graph of its own: building one for 10,000 authors takes
 * 150–300 ms, too long to do on the page at every filter change.
 */
export function componentsOf(authors: Iterable<string>, links: Iterable<string>, endsOf: (link: string) => readonly [string, string]): string[][] {
  const sets = new UnionFind();
  const order: string[] = [];
  for (const key of authors) {
    sets.add(key);
    order.push(key);
  }
  for (const link of links) {
    const [a, b] = endsOf(link);
    sets.union(a, b);
  }
  const byRoot = new Map<string, string[]>();
  for (const key of order) {
    const root = sets.find(key);
    let members = byRoot.get(root);
    if (!members) byRoot.set(root, (members = []));
    members.push(key);
  }
  // Map order is the order of first appearance, so a stable sort keeps ties in node order.
  return [...byRoot.values()].sort((a, b) => b.length - a.length);
}
