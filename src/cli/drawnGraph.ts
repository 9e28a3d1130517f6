import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { CSV_TABLES, writeCsvTable } from "../export/csvTables";
import { networkDescription } from "../export/dataSource";
import { drawnNetwork } from "../export/drawnNetwork";
import { writeGexf } from "../export/gexf";
import { writeGraphml } from "../export/graphml";
import type { Write } from "../export/prettyJson";
import { writeVosviewerJson, writeVosviewerMap, writeVosviewerNetwork } from "../export/vosviewer";
import type { CoauthorGraph } from "../graph/types";
import type { PapersRead } from "../load/readPapers";
import { openOutput, OutputError } from "./output";

/** What coauthor graph writes into the folder -o names, rather than into one file. */
export const FOLDER_OUTPUTS = ["csv", "vosviewer-files"] as const;
export type FolderOutput = (typeof FOLDER_OUTPUTS)[number];

/**
 * `coauthor graph --to gexf|graphml|vosviewer`: the network laid out, sized and coloured as the
 * explorer first draws it (drawnNetwork), written for other tools. The layout runs before
 * anything is written, so a failed run leaves no half-written file.
 */
export function drawnGraphWriter(to: "gexf" | "graphml" | "vosviewer", graph: CoauthorGraph, read: PapersRead): (out: Write) => Promise<void> {
  const visuals = drawnNetwork(graph, read.papers);
  if (to === "graphml") return (out) => writeGraphml(graph, visuals, out);
  if (to === "vosviewer") return (out) => writeVosviewerJson(graph, visuals, read.papers, out);
  return (out) => writeGexf(graph, visuals, out, networkDescription(read.papers, graph));
}

/**
 * `coauthor graph --to csv|vosviewer-files -o FOLDER`: authors.csv, links.csv and papers.csv, or
 * VOSviewer's map.txt and network.txt, in the folder (made when missing), each file written
 * whole or not at all.
 */
export async function writeFolder(to: FolderOutput, folder: string, graph: CoauthorGraph, read: PapersRead, stdout: Write): Promise<void> {
  const visuals = drawnNetwork(graph, read.papers);
  const files: [string, (out: Write) => Promise<void>][] =
    to === "csv"
      ? CSV_TABLES.map((table) => [table, (out) => writeCsvTable(table, graph, visuals, read.papers, out)])
      : [
          ["map.txt", (out) => writeVosviewerMap(graph, read.papers, out)],
          ["network.txt", (out) => writeVosviewerNetwork(graph, read.papers, out)],
        ];
  await mkdir(folder, { recursive: true }).catch((error: Error) => {
    throw new OutputError(`cannot make the folder ${folder}: ${error.message}`);
  });
  for (const [name, writeFile] of files) {
    const output = await openOutput(join(folder, name), stdout);
    try {
      await writeFile(output.write);
      await output.finish();
    } catch (error) {
      await output.abandon();
      throw error;
    }
  }
}
