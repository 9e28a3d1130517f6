/** A move of one item in a drawing buffer: from its slot to another. */
export interface SlotMove {
  from: number;
  to: number;
}

/**
 * The moves that put items drawn in slot order into layers: every item of a lower layer in a
 * slot before every item of a higher one, so that higher layers are drawn on top. Only the
 * items in another layer's slots move, each into a slot that one of them leaves, in slot order
 * both: after a hover or selection, the few items brought forward or sent back move and the
 * thousands of others stay (sigma's own ordering writes every item again).
 *
 * `layerAt[slot]` is the layer of the item in that slot, 0 for the bottom one.
 */
export function layerMoves(layerAt: ArrayLike<number>): SlotMove[] {
  const counts: number[] = [];
  for (let slot = 0; slot < layerAt.length; slot++) counts[layerAt[slot]!] = (counts[layerAt[slot]!] ?? 0) + 1;
  // An item out of its layer's slots leaves a slot that another such item needs: per layer, the
  // misplaced items of that layer and the slots of that layer taken by others are as many.
  const misplaced: number[][] = Array.from(counts, () => []);
  const free: number[][] = Array.from(counts, () => []);
  let start = 0;
  for (let home = 0; home < counts.length; home++) {
    const end = start + (counts[home] ?? 0);
    for (let slot = start; slot < end; slot++) {
      const layer = layerAt[slot]!;
      if (layer === home) continue;
      misplaced[layer]!.push(slot);
      free[home]!.push(slot);
    }
    start = end;
  }
  const moves: SlotMove[] = [];
  misplaced.forEach((slots, layer) => slots.forEach((from, i) => moves.push({ from, to: free[layer]![i]! })));
  return moves;
}
