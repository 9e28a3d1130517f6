import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { CSV_TABLES, writeCsvTable } from "../export/csvTables";
import { drawnNetwork } from "../export/drawnNetwork";
import { writeGexf } from "../export/gexf";
import { writeGraphml } from "../export/graphml";
import type { Write } from "../export/prettyJson";
import type { CoauthorGraph } from "../graph/types";
import type { PapersRead } from "../load/readPapers";
import { plural } from "../text/plural";
import { openOutput, OutputError } from "./output";

/**
 * `coauthor graph --to gexf|graphml`: the network laid out, sized and coloured as the explorer
 * first draws it (drawnNetwork), written for other tools. The layout runs before anything is
 * written, so a failed run leaves no half-written file.
 */
export function drawnGraphWriter(to: "gexf" | "graphml", graph: CoauthorGraph, read: PapersRead): (out: Write) => Promise<void> {
  const visuals = drawnNetwork(graph, read.papers);
  if (to === "graphml") return (out) => writeGraphml(graph, visuals, out);
  const files = [...new Set(read.papers.map((paper) => paper.source.file))];
  const description = `Co-authorship network of ${plural(read.papers.length, "paper")} from ${files.join(", ")}: ${plural(graph.order, "author")}, ${plural(graph.size, "link")}.`;
  return (out) => writeGexf(graph, visuals, out, description);
}

/**
 * `coauthor graph --to csv -o FOLDER`: authors.csv, links.csv and papers.csv in the folder
 * (made when missing), each written whole or not at all.
 */
export async function writeCsvFolder(folder: string, graph: CoauthorGraph, read: PapersRead, stdout: Write): Promise<void> {
  const visuals = drawnNetwork(graph, read.papers);
  await mkdir(folder, { recursive: true }).catch((error: Error) => {
    throw new OutputError(`cannot make the folder ${folder}: ${error.message}`);
  });
  for (const table of CSV_TABLES) {
    const output = await openOutput(join(folder, table), stdout);
    try {
      await writeCsvTable(table, graph, visuals, read.papers, output.write);
      await output.finish();
    } catch (error) {
      await output.abandon();
      throw error;
    }
  }
}
