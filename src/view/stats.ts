import type { CoauthorGraph } from "../graph/types";
import type { Paper } from "../parse/types";
import { componentsOf, largestRoot } from "./components";
import { graphIndexOf } from "./graphIndex";
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
  const index = graphIndexOf(graph, papers);
  const { size } = componentsOf(index, view.visibility.nodes, view.visibility.links);
  let components = 0;
  for (let i = 0; i < size.length; i++) if (size[i]! > 0) components++;
  const best = largestRoot(size);
  const largest = best < 0 ? 0 : size[best]!;
  let authorsOnPapers = 0;
  index.papers.forEach((paper, p) => {
    if (view.papers.has(paper.id)) authorsOnPapers += index.paperAuthors[p]!;
  });
  const groups = new Set<number>();
  index.nodes.forEach((key, i) => {
    if (!view.visibility.nodes[i]) return;
    const community = graph.getNodeAttribute(key, "community");
    if (community !== undefined) groups.add(community);
  });
  return {
    authors,
    papers: view.papers.size,
    links,
    components,
    largestComponent: largest,
    largestShare: authors === 0 ? 0 : largest / authors,
    density: authors < 2 ? 0 : (2 * links) / (authors * (authors - 1)),
    meanAuthorsPerPaper: view.papers.size === 0 ? 0 : authorsOnPapers / view.papers.size,
    communities: groups.size,
  };
}
