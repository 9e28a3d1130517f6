import type { CoauthorGraph } from "../graph/types";
import type { Paper } from "../parse/types";
import type { Visuals } from "../visual/types";
import { writeCsvTable } from "./csvTables";
import { writeGexf } from "./gexf";
import { writeGraphJson } from "./graphJson";
import { writeGraphml } from "./graphml";
import type { Write } from "./prettyJson";
import { writeBibtex } from "./papers/bibtexOut";
import { writeCslJson } from "./papers/cslJsonOut";
import { writeRis } from "./papers/risOut";
import { writeVosviewerJson } from "./vosviewer";

/** What a data file is written from: a network, how it is drawn, and its papers. */
export interface DataSource {
  graph: CoauthorGraph;
  visuals: Visuals;
  papers: readonly Paper[];
  /** One sentence for the file's own description, where the format has one. */
  description: string;
}

/** A file the page can write for other tools: its name in the list, the file's name and type, and its writer. */
export interface DataFormat {
  id: string;
  label: string;
  /** For whom, in a few words. */
  note: string;
  fileName: string;
  mime: string;
  write(source: DataSource, out: Write): Promise<void>;
}

/** The page's data files, the same writers as coauthor graph --to. */
export const DATA_FORMATS: readonly DataFormat[] = [
  { id: "gexf", label: "GEXF", note: "Gephi, Gephi Lite", fileName: "coauthor-network.gexf", mime: "application/xml", write: (s, out) => writeGexf(s.graph, s.visuals, out, s.description) },
  { id: "graphml", label: "GraphML", note: "Cytoscape, yEd, NetworkX, igraph", fileName: "coauthor-network.graphml", mime: "application/xml", write: (s, out) => writeGraphml(s.graph, s.visuals, out) },
  { id: "vosviewer", label: "VOSviewer JSON", note: "VOSviewer, VOSviewer Online", fileName: "coauthor-network-vosviewer.json", mime: "application/json", write: (s, out) => writeVosviewerJson(s.graph, s.visuals, s.papers, out) },
  { id: "graphology", label: "graphology JSON", note: "graphology, sigma.js", fileName: "coauthor-network.json", mime: "application/json", write: (s, out) => writeGraphJson(s.graph, out) },
  { id: "authors.csv", label: "Authors table (CSV)", note: "spreadsheets, pandas, R", fileName: "authors.csv", mime: "text/csv", write: (s, out) => writeCsvTable("authors.csv", s.graph, s.visuals, s.papers, out) },
  { id: "links.csv", label: "Links table (CSV)", note: "spreadsheets, pandas, R", fileName: "links.csv", mime: "text/csv", write: (s, out) => writeCsvTable("links.csv", s.graph, s.visuals, s.papers, out) },
  { id: "papers.csv", label: "Papers table (CSV)", note: "spreadsheets, pandas, R", fileName: "papers.csv", mime: "text/csv", write: (s, out) => writeCsvTable("papers.csv", s.graph, s.visuals, s.papers, out) },
  { id: "bibtex", label: "Papers as BibTeX", note: "LaTeX, JabRef, Zotero", fileName: "coauthor-papers.bib", mime: "application/x-bibtex", write: (s, out) => writeBibtex(s.papers, out) },
  { id: "ris", label: "Papers as RIS", note: "Zotero, EndNote, Mendeley", fileName: "coauthor-papers.ris", mime: "application/x-research-info-systems", write: (s, out) => writeRis(s.papers, out) },
  { id: "csl-json", label: "Papers as CSL-JSON", note: "Zotero, pandoc, citation.js", fileName: "coauthor-papers.json", mime: "application/json", write: (s, out) => writeCslJson(s.papers, out) },
];

/** The whole file as one Blob: a page holds what it shows anyway, and a Blob of parts is not one huge string. */
export async function dataBlob(format: DataFormat, source: DataSource): Promise<Blob> {
  const parts: string[] = [];
  await format.write(source, (text) => void parts.push(text));
  return new Blob(parts, { type: format.mime });
}
