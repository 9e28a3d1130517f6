import type Sigma from "sigma";
import { layerMoves } from "./drawingOrder";
import { EDGE_TYPE, NODE_TYPE } from "./emphasis";
import { internalsOf, type SigmaInternals } from "./sigmaInternals";

/** One kind of item (authors or links) as sigma files it. */
interface Kind {
  type: string;
  data: (s: SigmaInternals) => Record<string, { zIndex: number; type: string }>;
  slots: (s: SigmaInternals) => Record<string, number>;
  write(s: SigmaInternals, key: string, slot: number): void;
}

const AUTHORS: Kind = {
  type: NODE_TYPE,
  data: (s) => s.nodeDataCache,
  slots: (s) => s.nodeProgramIndex,
  write: (s, key, slot) => s.addNodeToProgram(key, s.nodeIndices[key]!, slot),
};
const LINKS: Kind = {
  type: EDGE_TYPE,
  data: (s) => s.edgeDataCache,
  slots: (s) => s.edgeProgramIndex,
  write: (s, key, slot) => s.addEdgeToProgram(key, s.edgeIndices[key]!, slot),
};

/**
 * What sigma's indexing pass does after authors and links were handed over with their new
 * looks but the same positions, at the cost of what changed rather than of the whole network:
 * the items whose zIndex changed are moved between the layers of the drawing buffers (the
 * focus drawn over the rest). sigma's label grid, which its pass files too, is not: the label
 * layer (labels.ts) places every label itself. sigma's own pass writes every author and link into its buffers
 * again and sorts them all: 60 to 130 ms on 10,000 authors and 33,000 links with software
 * WebGL, in the frame drawn after a click or a filter.
 *
 * Falls back to sigma's pass when it is due anyway, when the items are not all drawn by one
 * program each (the layers here are slots of one buffer), or when a zIndex is not a small
 * whole number.
 */
export function displayIndexing(sigma: Sigma): { index(): void } {
  const internals = internalsOf(sigma);
  const graph = () => sigma.getGraph();
  // Which item is in which slot, read from sigma after each of its own passes.
  let slotted: { authors: string[]; links: string[] } | null = null;
  sigma.on("afterProcess", () => (slotted = null));

  /** The item in each slot; null when some item is drawn by another program. */
  const readSlots = (kind: Kind, keys: string[]): string[] | null => {
    const slots = kind.slots(internals);
    const data = kind.data(internals);
    const keyAt: string[] = new Array(keys.length);
    for (const key of keys) {
      if (data[key]!.type !== kind.type) return null;
      keyAt[slots[key]!] = key;
    }
    return keyAt;
  };

  const slotsNow = () => {
    const authors = readSlots(AUTHORS, graph().nodes());
    const links = readSlots(LINKS, graph().edges());
    return authors && links ? { authors, links } : null;
  };

  /**
   * Each slot's layer: its item's zIndex, a small whole number (the reducers give 0 to 2);
   * null if one is not, for sigma's own pass to sort.
   */
  const layersOf = (kind: Kind, keyAt: string[]): Uint8Array | null => {
    const data = kind.data(internals);
    const layerAt = new Uint8Array(keyAt.length);
    for (let slot = 0; slot < keyAt.length; slot++) {
      const z = data[keyAt[slot]!]!.zIndex;
      if (!Number.isInteger(z) || z < 0 || z > 255) return null;
      layerAt[slot] = z;
    }
    return layerAt;
  };

  /** Moves the items out of their layer's slots into it. */
  const moveToLayers = (kind: Kind, keyAt: string[], layerAt: Uint8Array): void => {
    const moves = layerMoves(layerAt);
    const moved = moves.map((move) => keyAt[move.from]!);
    moves.forEach((move, i) => {
      keyAt[move.to] = moved[i]!;
      kind.write(internals, moved[i]!, move.to);
    });
  };

  return {
    index() {
      if (!internals.needToProcess) {
        slotted ??= slotsNow();
        const authorLayers = slotted && layersOf(AUTHORS, slotted.authors);
        const linkLayers = slotted && layersOf(LINKS, slotted.links);
        if (slotted && authorLayers && linkLayers) {
          moveToLayers(AUTHORS, slotted.authors, authorLayers);
          moveToLayers(LINKS, slotted.links, linkLayers);
          sigma.scheduleRender();
          return;
        }
      }
      sigma.refresh({ partialGraph: { nodes: [], edges: [] }, schedule: true });
    },
  };
}
