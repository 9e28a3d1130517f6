/** How one node or edge is drawn, before hover and selection emphasis. */
export interface ItemVisual {
  size: number;
  color: string;
}

export interface Visuals {
  nodes: Map<string, ItemVisual>;
  edges: Map<string, ItemVisual>;
  /** One colour per community, largest first: the legend. */
  communityColors: string[];
}
