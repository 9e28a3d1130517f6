import { drawnNetwork } from "../export/drawnNetwork";
import { writeGexf } from "../export/gexf";
import { writeGraphml } from "../export/graphml";
import type { Write } from "../export/prettyJson";
import type { CoauthorGraph } from "../graph/types";
import type { PapersRead } from "../load/readPapers";
import { plural } from "../text/plural";

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
