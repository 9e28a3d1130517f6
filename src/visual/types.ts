/** How one node or edge is drawn, before hover and selection emphasis. */
export interface ItemVisual {
  size: number;
  color: string;
}

export interface Visuals {
  nodes: Map<string, ItemVisual>;
  edges: Map<string, ItemVisual>;
  /** One colour per community, largest first, as far as the palette goes: the legend. */
  communityColors: string[];
  /** How many communities there are; those past the palette share one grey. */
  communities: number;
}
