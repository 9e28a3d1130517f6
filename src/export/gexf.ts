import type { CoauthorGraph } from "../graph/types";
import type { Visuals } from "../visual/types";
import type { Write } from "./prettyJson";
import { authorFieldsIn, LIST_SEPARATOR } from "./authorFields";
import { numberText, rgbOf, xmlText } from "./xml";

/** The attributes every author carries in the file, as GEXF declares them: id, title, type. */
const AUTHOR_COLUMNS = [
  ["papers", "Papers", "integer"],
  ["firstYear", "First year", "integer"],
  ["lastYear", "Last year", "integer"],
  ["etAlPapers", "Papers listing only some authors", "integer"],
  ["group", "Research group", "integer"],
  ["groupName", "Research group's name", "string"],
  ["aliases", "Other spellings", "string"],
  ["sourceIds", "Ids in the sources", "string"],
] as const;

const LINK_COLUMNS = [["papers", "Shared papers", "string"]] as const;

/**
 * GEXF 1.3 (gexf.net), as Gephi, Gephi Lite and graphology-gexf read it: one node per author
 * (id: person id, label: name) with her attributes and viz position, size and colour as drawn,
 * one undirected edge per pair of co-authors with its weight (shared papers), their ids, and
 * its viz thickness and colour. Written piece by piece, for networks too big for one string.
 */
export async function writeGexf(graph: CoauthorGraph, visuals: Visuals, write: Write, description: string): Promise<void> {
  const fieldsOf = authorFieldsIn(visuals);
  await write(`<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
  <meta>
    <creator>Coauthor Explorer</creator>
    <description>${xmlText(description)}</description>
  </meta>
  <graph mode="static" defaultedgetype="undirected">
    <attributes class="node">
${AUTHOR_COLUMNS.map(([id, title, type]) => `      <attribute id="${id}" title="${xmlText(title)}" type="${type}"/>`).join("\n")}
    </attributes>
    <attributes class="edge">
${LINK_COLUMNS.map(([id, title, type]) => `      <attribute id="${id}" title="${xmlText(title)}" type="${type}"/>`).join("\n")}
    </attributes>
    <nodes>
`);
  for (const { node, attributes: a } of graph.nodeEntries()) {
    const values = Object.entries(fieldsOf(a));
    const visual = visuals.nodes.get(node);
    await write(
      `      <node id="${xmlText(node)}" label="${xmlText(a.label)}">
${attvalues(values)}${visual ? viz(visual.color, `<viz:size value="${numberText(visual.size)}"/>`) : ""}${a.x === undefined ? "" : `        <viz:position x="${numberText(a.x)}" y="${numberText(a.y ?? 0)}" z="0"/>\n`}      </node>
`,
    );
  }
  await write("    </nodes>\n    <edges>\n");
  for (const { edge, source, target, attributes } of graph.edgeEntries()) {
    const visual = visuals.edges.get(edge);
    await write(
      `      <edge id="${xmlText(edge)}" source="${xmlText(source)}" target="${xmlText(target)}" weight="${numberText(attributes.weight)}">
${attvalues([["papers", attributes.papers.join(LIST_SEPARATOR)]])}${visual ? viz(visual.color, `<viz:thickness value="${numberText(visual.size)}"/>`) : ""}      </edge>
`,
    );
  }
  await write("    </edges>\n  </graph>\n</gexf>\n");
}

function attvalues(values: [string, string | number | null | undefined][]): string {
  const present = values.filter((entry): entry is [string, string | number] => entry[1] !== null && entry[1] !== undefined);
  if (present.length === 0) return "";
  return `        <attvalues>\n${present.map(([id, value]) => `          <attvalue for="${id}" value="${xmlText(String(value))}"/>\n`).join("")}        </attvalues>\n`;
}

function viz(color: string, size: string): string {
  const rgb = rgbOf(color);
  return `        ${size}\n${rgb ? `        <viz:color r="${rgb[0]}" g="${rgb[1]}" b="${rgb[2]}"/>\n` : ""}`;
}
