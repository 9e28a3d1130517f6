import { readFileSync } from "node:fs";
import { buildCoauthorGraph, type BuildOptions } from "../../src/graph/build";
import type { CoauthorGraph } from "../../src/graph/types";
import { assignPeople } from "../../src/identity/assign";
import type { IdentityDecision } from "../../src/identity/types";
import { readPapers } from "../../src/load/readPapers";
import type { AuthorDetail, Paper } from "../../src/parse/types";

export const REFERENCE_DATE = "2026-11-25";

/** A paper with only what a test cares about; the rest empty. */
export function paper(id: string, authors: string[], more: Partial<Paper> = {}): Paper {
  return { id, title: id, authors, etAl: false, date: null, year: null, categories: [], score: null, abstract: null, source: { file: "t", line: 1 }, ...more };
}

/** Papers with person ids from the identity stage, as the graph builder needs them. */
export function identified(papers: Paper[], decisions: IdentityDecision[] = []): Paper[] {
  assignPeople(papers, decisions);
  return papers;
}

/** Per author details, for papers from formats that identify people. */
export function withDetails(p: Paper, details: AuthorDetail[]): Paper {
  return { ...p, authorDetails: details };
}

export const SAMPLE_TEXT = readFileSync(new URL("../../data/sample-listing.txt", import.meta.url), "utf8");

/** The sample listing read as the app reads it. */
export function samplePapers(): Paper[] {
  return readPapers([{ name: "sample-listing.txt", text: SAMPLE_TEXT }], { referenceDate: REFERENCE_DATE }).papers;
}

/** The co-authorship graph of hand-made papers, through the identity stage as in the app. */
export function graphOf(papers: Paper[], decisions: IdentityDecision[] = [], options: BuildOptions = {}): CoauthorGraph {
  return buildCoauthorGraph(identified(papers, decisions), options);
}

/** `n` papers by the same authors. */
export function times(n: number, authors: string[]): Paper[] {
  return Array.from({ length: n }, (_, i) => paper(`${authors.join("+")}-${i}`, authors));
}

/** The graph of the papers, each author in the group given by hand (person ids are lower-case names). */
export function grouped(papers: Paper[], groupOf: Record<string, number>): CoauthorGraph {
  const graph = graphOf(papers);
  graph.forEachNode((key) => graph.setNodeAttribute(key, "community", groupOf[key]));
  return graph;
}

/**
 * A listing to add to the sample: a new group of four (Ana Ruiz, Ben Okafor, Chloé Martin, Dev
 * Patel) tied to Minhae Oh's group by one paper (Dev Patel with Minhae Oh), and two new
 * co-authors of Nakyung Lee, Hana Park and Ian Choi, who join her group with Minhae Oh. With them,
 * Louvain finds four groups where the sample had five:
 * 0. Jeonghye Kim's 6 (the sample's group 0), with Woojun Kim's 4 (group 1) and Whiyoung Jung and
 *    Yongjae Shin (group 3): 6 of its 12 were in group 0, and all of group 0 is in it;
 * 1. Minhae Oh, Nakyung Lee (the sample's group 4), Hana Park and Ian Choi;
 * 2. the four newcomers;
 * 3. Dongsheng Li and Jiwon Jeon (the sample's group 2), as before.
 */
export const SAMPLE_ADDITIONS = [
  "LGJan 5, 2026", "Sparse Rewards in Long HorizonsAna Ruiz, Ben Okafor, Chloé Martin, Dev Patel",
  "LGFeb 9, 2026", "Curiosity Without CountsAna Ruiz, Ben Okafor, Chloé Martin",
  "LGMar 2, 2026", "Planning With World ModelsBen Okafor, Chloé Martin, Dev Patel",
  "CLApr 7, 2026", "Retrieval for Chemistry QuestionsDev Patel, Minhae Oh",
  "CLMay 4, 2026", "Step-by-Step Retrieval for BiologyNakyung Lee, Hana Park, Ian Choi",
  "CLJun 1, 2026", "Logical Queries for Scientific SearchNakyung Lee, Hana Park, Ian Choi",
].join("\n");
