import type { CoauthorGraph } from "../graph/types";
import type { Paper } from "../parse/types";

/** What a panel may read and do. Panels compute nothing about the graph beyond looking things up. */
export interface PanelContext {
  graph: CoauthorGraph;
  papers: ReadonlyMap<string, Paper>;
  selectAuthor(key: string): void;
  selectLink(key: string): void;
  clearSelection(): void;
}
