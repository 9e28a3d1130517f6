import Graph from "graphology";
import type { Paper } from "../parse/types";
import { authorKey, coauthorshipKey } from "./authorKey";
import type { AuthorAttributes, CoauthorGraph, CoauthorshipAttributes } from "./types";

/**
 * Builds the co-authorship graph: one node per author identity, one undirected edge per pair
 * of authors listed together on at least one paper, carrying the ids of the papers they share.
 * An author listed twice on one paper counts once. Nodes and edges are gathered in Maps and
 * added to the graph once each, rather than looked up and updated in it paper by paper.
 */
export function buildCoauthorGraph(papers: readonly Paper[]): CoauthorGraph {
  const authors = new Map<string, AuthorAttributes>();
  const links = new Map<string, { source: string; target: string; attributes: CoauthorshipAttributes }>();
  const spellings = new Map<string, Map<string, number>>();
  const keyOf = new Map<string, string>(); // display name → key, names repeat a lot
  let etAlPapers = 0;

  for (const paper of papers) {
    if (paper.etAl) etAlPapers++;
    const keys: string[] = [];
    for (const name of paper.authors) {
      let key = keyOf.get(name);
      if (key === undefined) keyOf.set(name, (key = authorKey(name)));
      if (!key || keys.includes(key)) continue;
      keys.push(key);
      let forms = spellings.get(key);
      if (!forms) spellings.set(key, (forms = new Map()));
      forms.set(name, (forms.get(name) ?? 0) + 1);
    }
    for (const key of keys) {
      let a = authors.get(key);
      if (!a) authors.set(key, (a = { label: "", papers: 0, paperIds: [], etAlPapers: 0, aliases: [], firstYear: null, lastYear: null }));
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
        const link = links.get(edge);
        if (link) {
          link.attributes.weight++;
          link.attributes.papers.push(paper.id);
        } else {
          links.set(edge, { source: keys[i]!, target: keys[j]!, attributes: { weight: 1, papers: [paper.id] } });
        }
      }
    }
  }

  const graph: CoauthorGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  for (const [key, attributes] of authors) {
    const forms = [...spellings.get(key)!.entries()];
    // Most frequent spelling first; ties keep the first seen (Map order).
    forms.sort((a, b) => b[1] - a[1]);
    attributes.label = forms[0]![0];
    attributes.aliases = forms.slice(1).map(([form]) => form);
    graph.addNode(key, attributes);
  }
  for (const [edge, { source, target, attributes }] of links) graph.addUndirectedEdgeWithKey(edge, source, target, attributes);
  graph.replaceAttributes({ papers: papers.length, etAlPapers });
  return graph;
}
