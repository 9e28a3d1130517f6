import type { Legend } from "./scales";

/** How one node or edge is drawn, before hover and selection emphasis. */
export interface ItemVisual {
  size: number;
  color: string;
}

/** A research group as drawn: its colour, and what its legend entry and zoomed-out label say. */
export interface GroupVisual {
  /** The `community` number on the graph's nodes. */
  id: number;
  /** Visible authors in it. */
  size: number;
  /** Person id of its most central author, after whom it is named. */
  center: string;
  /** The most central author's label: "Jeonghye Kim's group" is written from it. */
  name: string;
  color: string;
}

export interface Visuals {
  /** Groups with at least one visible author, largest first. */
  groups: GroupVisual[];
  nodes: ReadonlyMap<string, ItemVisual>;
  edges: ReadonlyMap<string, ItemVisual>;
  /** What size and colour show; colour by research group has no scale (the groups are its legend). */
  legend: { size: Legend; color: Legend | null };
}
