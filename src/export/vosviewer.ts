import type { CoauthorGraph } from "../graph/types";
import type { Paper } from "../parse/types";
import type { Visuals } from "../visual/types";
import type { Write } from "./prettyJson";
import { numberText } from "./xml";

/** VOSviewer numbers clusters from 1 to 1000: research groups past the 1000th have none. */
const MOST_CLUSTERS = 1000;

/** One author as VOSviewer knows an item: an integer id, her name, place, group, weights and scores. */
export interface VosItem {
  id: number;
  label: string;
  x: number;
  y: number;
  cluster?: number;
  weights: { Links: number; "Total link strength": number; Papers: number };
  scores: { "Avg. pub. year"?: number };
}

export interface VosLink {
  source_id: number;
  target_id: number;
  strength: number;
}

/**
 * The network as VOSviewer's items and links: authors numbered 1, 2, … in the graph's order,
 * links weighted by shared papers. VOSviewer sizes items by a weight and colours them by
 * cluster or by a score: their Papers, Links (co-authors) and Total link strength, and the
 * average year of their papers (its overlay visualisation) are all there.
 */
export function vosviewerNetwork(graph: CoauthorGraph, papers: readonly Paper[]): { items: VosItem[]; links: VosLink[] } {
  const yearOf = new Map(papers.map((paper) => [paper.id, paper.year]));
  const idOf = new Map<string, number>();
  const items = graph.mapNodes((key, a): VosItem => {
    const id = idOf.size + 1;
    idOf.set(key, id);
    let strength = 0;
    graph.forEachEdge(key, (_edge, link) => (strength += link.weight));
    const years = a.paperIds.map((paperId) => yearOf.get(paperId)).filter((year): year is number => typeof year === "number");
    const item: VosItem = {
      id,
      label: a.label,
      x: Number(numberText(a.x ?? 0)),
      y: Number(numberText(a.y ?? 0)),
      weights: { Links: graph.degree(key), "Total link strength": strength, Papers: a.papers },
      scores: years.length > 0 ? { "Avg. pub. year": Number(numberText(years.reduce((sum, year) => sum + year, 0) / years.length)) } : {},
    };
    if (a.community !== undefined && a.community < MOST_CLUSTERS) item.cluster = a.community + 1;
    return item;
  });
  const links = graph.mapEdges((_edge, link, source, target): VosLink => ({ source_id: idOf.get(source)!, target_id: idOf.get(target)!, strength: link.weight }));
  return { items, links };
}

/**
 * A VOSviewer JSON file (app.vosviewer.com/docs/file-types/json-file-type), which VOSviewer and
 * VOSviewer Online open: the items and links, each cluster named after its group's most central
 * author, and VOSviewer's terms for what they are.
 */
export async function writeVosviewerJson(graph: CoauthorGraph, visuals: Visuals, papers: readonly Paper[], write: Write): Promise<void> {
  const { items, links } = vosviewerNetwork(graph, papers);
  const clusters = visuals.groups.filter((group) => group.id < MOST_CLUSTERS).map((group) => ({ cluster: group.id + 1, label: `${group.name}’s group` }));
  const config = {
    terminology: { item: "author", items: "authors", link: "co-authorship link", links: "co-authorship links", link_strength: "shared papers", total_link_strength: "total shared papers" },
  };
  await write(`${JSON.stringify({ config, network: { items, links, clusters } }, null, 2)}\n`);
}

/** A label in a tab-separated file: tabs and line breaks would start another field or line. */
const tsvText = (text: string) => text.replace(/[\t\r\n]+/g, " ");

/** VOSviewer's map file (its manual, "Map files"): a header, then one tab-separated line per item. */
export async function writeVosviewerMap(graph: CoauthorGraph, papers: readonly Paper[], write: Write): Promise<void> {
  const { items } = vosviewerNetwork(graph, papers);
  await write("id\tlabel\tx\ty\tcluster\tweight<Links>\tweight<Total link strength>\tweight<Papers>\tscore<Avg. pub. year>\n");
  for (const item of items) {
    const fields = [item.id, tsvText(item.label), item.x, item.y, item.cluster ?? "", item.weights.Links, item.weights["Total link strength"], item.weights.Papers, item.scores["Avg. pub. year"] ?? ""];
    await write(`${fields.join("\t")}\n`);
  }
}

/** VOSviewer's network file: one line per link, the two items' ids and its strength, tab-separated. */
export async function writeVosviewerNetwork(graph: CoauthorGraph, papers: readonly Paper[], write: Write): Promise<void> {
  const { links } = vosviewerNetwork(graph, papers);
  for (const link of links) await write(`${link.source_id}\t${link.target_id}\t${link.strength}\n`);
}
