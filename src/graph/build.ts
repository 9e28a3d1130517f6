import Graph from "graphology";
import type { Paper } from "../parse/types";
import { linkKey } from "./keys";
import type { AuthorAttributes, CoauthorGraph, LinkAttributes } from "./types";

export interface BuildOptions {
  /**
   * Papers with more authors than this add their authors and count for them, but add no
   * links: a 3,000-author physics paper would otherwise add 4.5 million links that say
   * nothing about who works with whom. 0 means no limit.
   */
  maxAuthors?: number;
}

export const DEFAULT_MAX_AUTHORS = 100;

/**
 * Builds the co-authorship graph: one node per person (the identity stage's `authorIds`), one
 * undirected link per pair of people listed together on at least one paper, carrying the ids of
 * the papers they share. A person listed twice on one paper counts once. Nodes and links are
 * gathered in Maps and added to the graph once each, rather than looked up and updated in it
 * paper by paper.
 */
export function buildCoauthorGraph(papers: readonly Paper[], options: BuildOptions = {}): CoauthorGraph {
  const maxAuthors = options.maxAuthors ?? DEFAULT_MAX_AUTHORS;
  const authors = new Map<string, AuthorAttributes>();
  const links = new Map<string, { source: string; target: string; attributes: LinkAttributes }>();
  const spellings = new Map<string, Map<string, number>>();
  const sourceIds = new Map<string, Set<string>>();
  let etAlPapers = 0;
  let largePapers = 0;

  for (const paper of papers) {
    const ids = paper.authorIds;
    if (!ids) throw new Error(`buildCoauthorGraph: paper "${paper.id}" has no authorIds; run the identity stage (assignPeople) first`);
    if (paper.etAl) etAlPapers++;
    const seen = new Set<string>();
    const keys: string[] = [];
    paper.authors.forEach((name, i) => {
      const key = ids[i]!;
      if (seen.has(key)) return;
      seen.add(key);
      keys.push(key);
      let forms = spellings.get(key);
      if (!forms) spellings.set(key, (forms = new Map()));
      forms.set(name, (forms.get(name) ?? 0) + 1);
      const detail = paper.authorDetails?.[i];
      if (detail) for (const kind of ["orcid", "dblp", "openalex", "scopus"] as const) if (detail[kind]) addTo(sourceIds, key, `${kind}:${detail[kind]}`);
    });
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
    if (maxAuthors > 0 && keys.length > maxAuthors) {
      largePapers++;
      continue;
    }
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        const key = linkKey(keys[i]!, keys[j]!);
        const link = links.get(key);
        if (link) {
          link.attributes.weight++;
          link.attributes.papers.push(paper.id);
        } else {
          links.set(key, { source: keys[i]!, target: keys[j]!, attributes: { weight: 1, papers: [paper.id] } });
        }
      }
    }
  }

  const graph: CoauthorGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  for (const [key, attributes] of authors) {
    const forms = [...spellings.get(key)!.entries()];
    // Most frequent spelling first; then the fuller one ("Jeonghye Kim" over "J. Kim"); then the first seen (Map order).
    forms.sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
    attributes.label = forms[0]![0];
    attributes.aliases = forms.slice(1).map(([form]) => form);
    const ids = sourceIds.get(key);
    if (ids) attributes.sourceIds = [...ids].sort();
    graph.addNode(key, attributes);
  }
  for (const [key, { source, target, attributes }] of links) graph.addUndirectedEdgeWithKey(key, source, target, attributes);
  graph.replaceAttributes({ papers: papers.length, etAlPapers, largePapers, maxAuthors });
  return graph;
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}
