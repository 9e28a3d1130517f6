import type { CoauthorGraph } from "../graph/types";
import type { Visuals } from "../visual/types";
import type { Write } from "./prettyJson";
import { authorFieldsIn, LIST_SEPARATOR } from "./authorFields";
import { numberText, rgbOf, xmlText } from "./xml";

type Column = readonly [name: string, type: "string" | "int" | "double"];

/** The authors' data keys: the GEXF file's attributes, then where and how each is drawn (Gephi reads x, y, size, r, g, b). */
const AUTHOR_KEYS: readonly Column[] = [
  ["label", "string"],
  ["papers", "int"],
  ["firstYear", "int"],
  ["lastYear", "int"],
  ["etAlPapers", "int"],
  ["group", "int"],
  ["groupName", "string"],
  ["aliases", "string"],
  ["sourceIds", "string"],
  ["x", "double"],
  ["y", "double"],
  ["size", "double"],
  ["color", "string"],
  ["r", "int"],
  ["g", "int"],
  ["b", "int"],
];
const LINK_KEYS: readonly Column[] = [
  ["weight", "double"],
  ["papers", "string"],
  ["thickness", "double"],
  ["color", "string"],
];

/**
 * GraphML (graphml.graphdrawing.org), as Gephi, Cytoscape, yEd, NetworkX, igraph and
 * graphology-graphml read it: the same authors, links, attributes and drawing as the GEXF file,
 * as typed data keys. Written piece by piece.
 */
export async function writeGraphml(graph: CoauthorGraph, visuals: Visuals, write: Write): Promise<void> {
  const fieldsOf = authorFieldsIn(visuals);
  const keys = (of: "node" | "edge", columns: readonly Column[]) =>
    columns.map(([name, type]) => `  <key id="${of[0]}-${name}" for="${of}" attr.name="${name}" attr.type="${type}"/>\n`).join("");
  await write(`<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
${keys("node", AUTHOR_KEYS)}${keys("edge", LINK_KEYS)}  <graph id="coauthors" edgedefault="undirected">
`);
  for (const { node, attributes: a } of graph.nodeEntries()) {
    const visual = visuals.nodes.get(node);
    const rgb = visual ? rgbOf(visual.color) : null;
    const values: Record<string, string | number | null | undefined> = {
      label: a.label,
      ...fieldsOf(a),
      x: a.x,
      y: a.y,
      size: visual?.size,
      color: visual?.color,
      r: rgb?.[0],
      g: rgb?.[1],
      b: rgb?.[2],
    };
    await write(`    <node id="${xmlText(node)}">\n${data("n", values)}    </node>\n`);
  }
  for (const { edge, source, target, attributes } of graph.edgeEntries()) {
    const visual = visuals.edges.get(edge);
    const values = { weight: attributes.weight, papers: attributes.papers.join(LIST_SEPARATOR), thickness: visual?.size, color: visual?.color };
    await write(`    <edge id="${xmlText(edge)}" source="${xmlText(source)}" target="${xmlText(target)}">\n${data("e", values)}    </edge>\n`);
  }
  await write("  </graph>\n</graphml>\n");
}

function data(prefix: "n" | "e", values: Record<string, string | number | null | undefined>): string {
  let out = "";
  for (const [name, value] of Object.entries(values)) {
    if (value === null || value === undefined) continue;
    out += `      <data key="${prefix}-${name}">${xmlText(typeof value === "number" ? numberText(value) : value)}</data>\n`;
  }
  return out;
}
