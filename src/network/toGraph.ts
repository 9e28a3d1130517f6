import Graph from "graphology";
import { assignCommunities } from "../graph/communities";
import { linkKey } from "../graph/keys";
import type { AttributeValue, AuthorAttributes, CoauthorGraph, LinkAttributes } from "../graph/types";
import type { ParseWarning } from "../parse/types";
import type { FileValue, NetworkAuthor, NetworkModel } from "./types";
import { numberOf } from "./values";

/**
 * The attributes this explorer's own files write (src/export/authorFields.ts, and the graph's own
 * in graphology JSON), read back into the fields they came from; VOSviewer's "Documents" and
 * Gephi's "modularity_class" mean the same. The first name present wins.
 */
const PAPERS = ["papers", "Papers", "Documents"];
const GROUP = ["group", "community", "cluster", "modularity_class"];
/** Said again by the graph itself (a group's name is its most central author's) or about papers the file does not hold. */
const DERIVED = new Set(["groupName", "paperIds"]);
const OWN = new Set([...PAPERS, ...GROUP, "firstYear", "lastYear", "etAlPapers", "aliases", "sourceIds", ...DERIVED]);

/**
 * The co-authorship graph of a network file: one author per node, keyed by the node's id (this
 * explorer's files use person ids, so an address naming an author still finds her), one link per
 * pair of nodes the file joins, with its weight. Two links between the same pair (a directed
 * file's both ways, a multigraph's copies) become one whose weight is their sum, with a warning.
 * Research groups are the file's own when every author has one, else found as for papers.
 */
export function networkGraph(model: NetworkModel, file: string, format: string): { graph: CoauthorGraph; warnings: ParseWarning[] } {
  const warnings: ParseWarning[] = [];
  const graph: CoauthorGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  const papersKnown = model.authors.length > 0 && model.authors.every((a) => PAPERS.some((name) => numberOf(a.attributes[name]) !== null));
  for (const author of model.authors) graph.addNode(author.id, authorAttributes(author, model.titles));
  for (const link of model.links) {
    const key = linkKey(link.source, link.target);
    if (graph.hasEdge(key)) {
      graph.updateEdgeAttribute(key, "weight", (weight) => (weight ?? 0) + link.weight);
      warnings.push({ file, line: link.line, message: `a second link between "${link.source}" and "${link.target}"; its weight is added to the first's` });
      continue;
    }
    const attributes: LinkAttributes = { weight: link.weight, papers: [] };
    const kept = titled(link.attributes, model.titles, new Set(["papers"]));
    if (kept) attributes.fileAttributes = kept;
    graph.addUndirectedEdgeWithKey(key, link.source, link.target, attributes);
  }
  if (!keepFileGroups(graph, model.authors)) assignCommunities(graph);
  const positions = model.authors.length > 0 && model.authors.every((a) => a.x !== undefined && a.y !== undefined);
  graph.replaceAttributes({
    papers: 0,
    etAlPapers: 0,
    largePapers: 0,
    maxAuthors: 0,
    network: {
      file,
      format,
      positions,
      colors: model.authors.some((a) => a.color !== undefined),
      sizes: model.authors.some((a) => a.size !== undefined),
      paperCounts: papersKnown,
    },
  });
  return { graph, warnings };
}

function authorAttributes(author: NetworkAuthor, titles: Readonly<Record<string, string>>): AuthorAttributes {
  const a = author.attributes;
  const year = (name: string) => integerOf(a[name]);
  const attributes: AuthorAttributes = {
    label: author.name,
    papers: first(a, PAPERS) ?? 0,
    paperIds: [],
    etAlPapers: integerOf(a.etAlPapers) ?? 0,
    aliases: listOf(a.aliases),
    firstYear: year("firstYear"),
    lastYear: year("lastYear"),
  };
  const sourceIds = listOf(a.sourceIds);
  if (sourceIds.length > 0) attributes.sourceIds = sourceIds;
  if (author.x !== undefined && author.y !== undefined) [attributes.x, attributes.y] = [author.x, author.y];
  if (author.color !== undefined) attributes.fileColor = author.color;
  if (author.size !== undefined) attributes.fileSize = author.size;
  const kept = titled(a, titles, OWN);
  if (kept) attributes.fileAttributes = kept;
  return attributes;
}

/** The attributes left once the known ones are read, under their titles; undefined when none is left. */
function titled(values: Readonly<Record<string, FileValue>>, titles: Readonly<Record<string, string>>, known: ReadonlySet<string>): Record<string, AttributeValue> | undefined {
  const out: Record<string, AttributeValue> = {};
  let any = false;
  for (const [name, value] of Object.entries(values)) {
    if (known.has(name)) continue;
    out[titles[name] ?? name] = value;
    any = true;
  }
  return any ? out : undefined;
}

function integerOf(value: FileValue | undefined): number | null {
  const n = numberOf(value);
  return n !== null && Number.isInteger(n) ? n : null;
}

function first(values: Readonly<Record<string, FileValue>>, names: readonly string[]): number | null {
  for (const name of names) {
    const n = numberOf(values[name]);
    if (n !== null) return n;
  }
  return null;
}

/** A list as the files write it: a JSON list, or one text joined by "; " (GEXF, GraphML). */
function listOf(value: FileValue | undefined): string[] {
  if (Array.isArray(value)) return value.filter((item) => item !== "");
  if (typeof value !== "string" || value.trim() === "") return [];
  return value.split(";").map((item) => item.trim()).filter(Boolean);
}

/**
 * The file's research groups, when every author has one (a whole number): numbered again
 * largest first, equal sizes by first appearance, as `assignCommunities` numbers its own, so a
 * file this explorer wrote gives back the same numbers. False when some author has none.
 */
function keepFileGroups(graph: CoauthorGraph, authors: readonly NetworkAuthor[]): boolean {
  if (authors.length === 0) return false;
  let groupOf: ((author: NetworkAuthor) => number | null) | null = null;
  for (const name of GROUP) {
    if (authors.every((author) => integerOf(author.attributes[name]) !== null)) {
      groupOf = (author) => integerOf(author.attributes[name]);
      break;
    }
  }
  if (!groupOf) return false;
  const sizes = new Map<number, number>();
  for (const author of authors) sizes.set(groupOf(author)!, (sizes.get(groupOf(author)!) ?? 0) + 1);
  const rank = new Map([...sizes.entries()].sort((a, b) => b[1] - a[1]).map(([group], i) => [group, i]));
  for (const author of authors) graph.setNodeAttribute(author.id, "community", rank.get(groupOf(author)!)!);
  return true;
}
