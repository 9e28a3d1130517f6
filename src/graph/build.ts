import Graph from "graphology";
import type { Paper } from "../parse/types";
import { authorKey, coauthorshipKey } from "./authorKey";
import type { CoauthorGraph } from "./types";

/**
 * Builds the co-authorship graph: one node per author identity, one undirected edge per pair
 * of authors listed together on at least one paper, carrying the ids of the papers they share.
 * An author listed twice on one paper counts once.
 */
export function buildCoauthorGraph(papers: readonly Paper[]): CoauthorGraph {
  const graph: CoauthorGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  const spellings = new Map<string, Map<string, number>>();
  let etAlPapers = 0;

  for (const paper of papers) {
    if (paper.etAl) etAlPapers++;
    const keys = uniqueAuthorKeys(paper.authors, spellings);
    for (const key of keys) {
      if (!graph.hasNode(key)) {
        graph.addNode(key, { label: "", papers: 0, paperIds: [], etAlPapers: 0, aliases: [], firstYear: null, lastYear: null });
      }
      const a = graph.getNodeAttributes(key);
      a.papers++;
      a.paperIds.push(paper.id);
      if (paper.etAl) a.etAlPapers++;
      if (paper.year !== null) {
        a.firstYear = a.firstYear === null ? paper.year : Math.min(a.firstYear, paper.year);
        a.lastYear = a.lastYear === null ? paper.year : Math.max(a.lastYear, paper.year);
      }
    }
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        const edge = coauthorshipKey(keys[i]!, keys[j]!);
        if (graph.hasEdge(edge)) {
          const e = graph.getEdgeAttributes(edge);
          e.weight++;
          e.papers.push(paper.id);
        } else {
          graph.addUndirectedEdgeWithKey(edge, keys[i]!, keys[j]!, { weight: 1, papers: [paper.id] });
        }
      }
    }
  }

  graph.forEachNode((key, attributes) => {
    const forms = [...spellings.get(key)!.entries()];
    // Most frequent spelling first; ties keep the first seen (Map order).
    forms.sort((a, b) => b[1] - a[1]);
    attributes.label = forms[0]![0];
    attributes.aliases = forms.slice(1).map(([form]) => form);
  });
  graph.replaceAttributes({ papers: papers.length, etAlPapers });
  return graph;
}

function uniqueAuthorKeys(authors: readonly string[], spellings: Map<string, Map<string, number>>): string[] {
  const keys: string[] = [];
  for (const name of authors) {
    const key = authorKey(name);
    if (!key || keys.includes(key)) continue;
    keys.push(key);
    let forms = spellings.get(key);
    if (!forms) spellings.set(key, (forms = new Map()));
    forms.set(name, (forms.get(name) ?? 0) + 1);
  }
  return keys;
}
