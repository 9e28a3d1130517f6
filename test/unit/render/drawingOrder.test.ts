import { describe, expect, it } from "vitest";
import { layerMoves } from "../../../src/render/drawingOrder";

/** The layers in slot order after the moves. */
function moved(layerAt: number[]): number[] {
  const after = [...layerAt];
  for (const { from, to } of layerMoves(layerAt)) after[to] = layerAt[from]!;
  return after;
}

describe("moving items between the layers of a drawing buffer", () => {
  it("moves nothing when every layer is in its slots already", () => {
    expect(layerMoves([0, 0, 1, 2, 2])).toEqual([]);
    expect(layerMoves([])).toEqual([]);
  });

  it("brings a focused item to the top by trading slots with the item it displaces", () => {
    // Layer 0 owns slots 0–3, layer 1 slot 4: the item in slot 1 and the one in slot 4 trade.
    expect(layerMoves([0, 1, 0, 0, 0])).toEqual([
      { from: 4, to: 1 },
      { from: 1, to: 4 },
    ]);
  });

  it("sorts three layers moving only the misplaced items, each into a slot another leaves, in slot order", () => {
    // Two items of layer 0, three of 1, one of 2: the layers own slots 0–1, 2–4 and 5. Misplaced
    // are slot 1 (layer 2), slot 4 (layer 0) and slot 5 (layer 1); the rest stay.
    const layers = [0, 2, 1, 1, 0, 1];
    expect(layerMoves(layers)).toEqual([
      { from: 4, to: 1 },
      { from: 5, to: 4 },
      { from: 1, to: 5 },
    ]);
    expect(moved(layers)).toEqual([0, 0, 1, 1, 1, 2]);
  });

  it("sends items back down when the focus is let go", () => {
    expect(moved([1, 0, 0, 2, 0, 0])).toEqual([0, 0, 0, 0, 1, 2]);
    // A layer with no item (nothing at 1) takes no slots.
    expect(moved([2, 0, 0])).toEqual([0, 0, 2]);
  });
});
