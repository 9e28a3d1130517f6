import Graph from "graphology";
import type { CoauthorGraph } from "../graph/types";
import type { GraphView } from "../view/types";

/**
 * What is on the map as a network of its own, for the files written from the page: the visible
 * authors with their papers, years and paper ids counted over the papers the filters keep, and
 * the visible links with their weight in the chosen counting and the kept papers they share.
 * Positions, groups, names and ids are the full network's, so the file shows the same picture.
 */
export function viewGraph(graph: CoauthorGraph, view: GraphView): CoauthorGraph {
  const out: CoauthorGraph = new Graph({ type: "undirected" });
  out.replaceAttributes({ ...graph.getAttributes(), papers: view.papers.size });
  for (const [key, author] of view.authors) {
    out.addNode(key, { ...graph.getNodeAttributes(key), papers: author.papers, paperIds: [...author.paperIds], firstYear: author.firstYear, lastYear: author.lastYear });
  }
  for (const [key, weight] of view.links) {
    const [source, target] = graph.extremities(key);
    const papers = graph.getEdgeAttribute(key, "papers").filter((paper) => view.papers.has(paper));
    out.addEdgeWithKey(key, source, target, { weight, papers });
  }
  return out;
}
