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
