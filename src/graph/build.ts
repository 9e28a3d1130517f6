import Graph from "graphology";
import { sourceIdsOf } from "../identity/sourceIds";
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
 * Gathers people and links paper by paper, then makes the graph once: nodes and links live in
 * Maps until the end rather than being looked up and updated in the graph paper by paper. Papers
 * are not kept, so a stream of them can be built without holding them all.
 */
export class GraphBuilder {
  private readonly maxAuthors: number;
  private readonly authors = new Map<string, AuthorAttributes>();
  private readonly links = new Map<string, { source: string; target: string; attributes: LinkAttributes }>();
  private readonly spellings = new Map<string, Map<string, number>>();
  private readonly sourceIds = new Map<string, Set<string>>();
  private papers = 0;
  private etAlPapers = 0;
  private largePapers = 0;

  constructor(options: BuildOptions = {}) {
    this.maxAuthors = options.maxAuthors ?? DEFAULT_MAX_AUTHORS;
  }

  add(paper: Paper): void {
    const ids = paper.authorIds;
    if (!ids) throw new Error(`buildCoauthorGraph: paper "${paper.id}" has no authorIds; run the identity stage (assignPeople) first`);
    this.papers++;
    if (paper.etAl) this.etAlPapers++;
    // A person listed twice on one paper counts once. Most papers have a handful of authors, for
    // which looking through the list is cheaper than a Set; long lists get one.
    const seen = ids.length > 16 ? new Set<string>() : null;
    const keys: string[] = [];
    for (let i = 0; i < paper.authors.length; i++) {
      const key = ids[i]!;
      if (seen ? seen.has(key) : keys.includes(key)) continue;
      seen?.add(key);
      keys.push(key);
      this.addPerson(key, paper, i);
    }
    if (this.maxAuthors > 0 && keys.length > this.maxAuthors) {
      this.largePapers++;
      return;
    }
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        const key = linkKey(keys[i]!, keys[j]!);
        const link = this.links.get(key);
        if (link) {
          link.attributes.weight++;
          link.attributes.papers.push(paper.id);
        } else {
          this.links.set(key, { source: keys[i]!, target: keys[j]!, attributes: { weight: 1, papers: [paper.id] } });
        }
      }
    }
  }

  private addPerson(key: string, paper: Paper, index: number): void {
    const name = paper.authors[index]!;
    let forms = this.spellings.get(key);
    if (!forms) this.spellings.set(key, (forms = new Map()));
    forms.set(name, (forms.get(name) ?? 0) + 1);
    const detail = paper.authorDetails?.[index];
    if (detail) {
      for (const id of sourceIdsOf(detail)) {
        let ids = this.sourceIds.get(key);
        if (!ids) this.sourceIds.set(key, (ids = new Set()));
        ids.add(id);
      }
    }
    let a = this.authors.get(key);
    if (!a) this.authors.set(key, (a = { label: "", papers: 0, paperIds: [], etAlPapers: 0, aliases: [], firstYear: null, lastYear: null }));
    a.papers++;
    a.paperIds.push(paper.id);
    if (paper.etAl) a.etAlPapers++;
    if (paper.year !== null) {
      a.firstYear = a.firstYear === null ? paper.year : Math.min(a.firstYear, paper.year);
      a.lastYear = a.lastYear === null ? paper.year : Math.max(a.lastYear, paper.year);
    }
  }

  finish(): CoauthorGraph {
    const graph: CoauthorGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
    for (const [key, attributes] of this.authors) {
      const forms = [...this.spellings.get(key)!.entries()];
      // Most frequent spelling first; then the fuller one ("Jeonghye Kim" over "J. Kim"); then the first seen (Map order).
      forms.sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
      attributes.label = forms[0]![0];
      attributes.aliases = forms.slice(1).map(([form]) => form);
      const ids = this.sourceIds.get(key);
      if (ids) attributes.sourceIds = [...ids].sort();
      graph.addNode(key, attributes);
    }
    for (const [key, { source, target, attributes }] of this.links) graph.addUndirectedEdgeWithKey(key, source, target, attributes);
    graph.replaceAttributes({ papers: this.papers, etAlPapers: this.etAlPapers, largePapers: this.largePapers, maxAuthors: this.maxAuthors });
    return graph;
  }
}

/**
 * Builds the co-authorship graph: one node per person (the identity stage's `authorIds`), one
 * undirected link per pair of people listed together on at least one paper, carrying the ids of
 * the papers they share.
 */
export function buildCoauthorGraph(papers: readonly Paper[], options: BuildOptions = {}): CoauthorGraph {
  const builder = new GraphBuilder(options);
  for (const paper of papers) builder.add(paper);
  return builder.finish();
}
