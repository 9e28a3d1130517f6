import type { GraphIndex } from "./graphIndex";
import type { Scope } from "./types";

/**
 * Narrows the visible authors and links to a scope, in place. Ego: the author and everyone
 * within `depth` visible links, with all the links among them. Roster: its people who are
 * visible and, with `outside`, their visible co-authors, with the links that touch a roster
 * member (links among outsiders say nothing about the roster).
 */
export function applyScope(index: GraphIndex, nodeVisible: Uint8Array, linkVisible: Uint8Array, scope: Exclude<Scope, { kind: "all" }>): void {
  const kept = new Uint8Array(nodeVisible.length);
  if (scope.kind === "ego") {
    const center = index.nodeIndex.get(scope.center);
    if (center !== undefined && nodeVisible[center]) reach(index, linkVisible, center, scope.depth, kept);
    for (let e = 0; e < linkVisible.length; e++) if (!kept[index.linkSource[e]!] || !kept[index.linkTarget[e]!]) linkVisible[e] = 0;
  } else {
    const roster = new Uint8Array(nodeVisible.length);
    for (const key of scope.people) {
      const i = index.nodeIndex.get(key);
      if (i !== undefined && nodeVisible[i]) roster[i] = kept[i] = 1;
    }
    for (let e = 0; e < linkVisible.length; e++) {
      if (!linkVisible[e]) continue;
      const s = index.linkSource[e]!;
      const t = index.linkTarget[e]!;
      if (scope.outside && roster[s]) kept[t] = 1;
      if (scope.outside && roster[t]) kept[s] = 1;
    }
    for (let e = 0; e < linkVisible.length; e++) {
      const s = index.linkSource[e]!;
      const t = index.linkTarget[e]!;
      if (!((roster[s] && kept[t]) || (roster[t] && kept[s]))) linkVisible[e] = 0;
    }
  }
  nodeVisible.set(kept);
}

/** Breadth-first from `center` over visible links, level by level, without recursion. */
function reach(index: GraphIndex, linkVisible: Uint8Array, center: number, depth: number, reached: Uint8Array): void {
  reached[center] = 1;
  let frontier = [center];
  for (let step = 0; step < depth; step++) {
    const next: number[] = [];
    for (const i of frontier) {
      for (let at = index.nodeLinkStart[i]!; at < index.nodeLinkStart[i + 1]!; at++) {
        const e = index.nodeLinks[at]!;
        if (!linkVisible[e]) continue;
        const other = index.linkSource[e] === i ? index.linkTarget[e]! : index.linkSource[e]!;
        if (!reached[other]) {
          reached[other] = 1;
          next.push(other);
        }
      }
    }
    frontier = next;
  }
}
