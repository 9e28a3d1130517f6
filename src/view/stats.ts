import type { CoauthorGraph } from "../graph/types";
import type { Paper } from "../parse/types";
import { componentsOf } from "./components";
import { authorCount } from "./paperFilter";
import type { GraphView } from "./types";

/** What the statistics panel and `coauthor stats` say about the visible network. */
export interface NetworkStats {
  authors: number;
  papers: number;
  links: number;
  components: number;
  /** Authors in the largest component. */
  largestComponent: number;
  /** largestComponent / authors, 0 for an empty view. */
  largestShare: number;
  /** Links present over links possible: 2·links / (authors·(authors − 1)). */
  density: number;
  /** Over the visible papers, counting each person once per paper. */
  meanAuthorsPerPaper: number;
  /** Research groups with at least one visible author. */
  communities: number;
}

export function networkStats(graph: CoauthorGraph, view: GraphView, papers: ReadonlyMap<string, Paper>): NetworkStats {
  const authors = view.authors.size;
  const links = view.links.size;
  const components = componentsOf(view.authors.keys(), view.links.keys(), (link) => graph.extremities(link));
  const largest = components[0]?.length ?? 0;
  let authorsOnPapers = 0;
  for (const id of view.papers) authorsOnPapers += authorCount(papers.get(id)!);
  const groups = new Set<number>();
  for (const key of view.authors.keys()) {
    const community = graph.getNodeAttribute(key, "community");
    if (community !== undefined) groups.add(community);
  }
  return {
    authors,
    papers: view.papers.size,
    links,
    components: components.length,
    largestComponent: largest,
    largestShare: authors === 0 ? 0 : largest / authors,
    density: authors < 2 ? 0 : (2 * links) / (authors * (authors - 1)),
    meanAuthorsPerPaper: view.papers.size === 0 ? 0 : authorsOnPapers / view.papers.size,
    communities: groups.size,
  };
}
