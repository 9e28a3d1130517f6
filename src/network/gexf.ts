import type { ParseWarning } from "../parse/types";
import type { FileValue, NetworkAuthor, NetworkLink, NetworkModel, NetworkReader } from "./types";
import { endsProblem } from "./links";
import { nodeIdCheck } from "./nodeIds";
import { colorFromRgb, colorOf, numberOf, typedValue } from "./values";
import { childNamed, childrenNamed, firstElementIs, readXmlTree, type XmlElement } from "./xmlTree";

export const gexfReader: NetworkReader = {
  id: "gexf",
  label: "GEXF",
  extensions: [".gexf"],
  sniff: (text) => firstElementIs(text, "gexf"),
  read: readGexf,
};

interface Column {
  title: string;
  type: string | undefined;
  default?: string;
}

/**
 * GEXF 1.1 to 1.3 (gexf.net), as Gephi, Gephi Lite and this explorer write it: nodes with their
 * label, declared attributes (`attvalue for=…`, or `id=…` in GEXF 1.1) and viz position, colour
 * (r/g/b or hex) and size; edges with their weight and attributes. Dynamic attributes (spells)
 * are read as their one value. Nested nodes and parents are read as plain nodes.
 */
export function readGexf(text: string, file: string): NetworkModel {
  const { root, problems } = readXmlTree(text);
  const warnings: ParseWarning[] = problems.map((p) => ({ file, ...p }));
  const model: NetworkModel = { authors: [], links: [], titles: {}, warnings };
  const graph = root && childNamed(root, "graph");
  if (!graph) {
    warnings.push({ file, line: root?.line ?? 1, message: "a GEXF file holds a <graph> in its <gexf>; there is none" });
    return model;
  }
  const columns = { node: new Map<string, Column>(), edge: new Map<string, Column>() };
  for (const declared of childrenNamed(graph, "attributes")) {
    const of = declared.attributes.class === "edge" ? columns.edge : columns.node;
    for (const attribute of childrenNamed(declared, "attribute")) {
      const id = attribute.attributes.id;
      if (id === undefined) continue;
      const title = attribute.attributes.title ?? id;
      const fallback = childNamed(attribute, "default")?.text;
      of.set(id, { title, type: attribute.attributes.type, ...(fallback !== undefined && { default: fallback }) });
      if (title !== id) model.titles[id] = title;
    }
  }
  const nodeIds = nodeIdCheck(file, warnings);
  for (const node of allNodes(graph)) {
    const id = node.attributes.id;
    if (!nodeIds.isNew(id, node.line)) continue;
    model.authors.push(authorOf(node, id, columns.node));
  }
  const edges = childNamed(graph, "edges");
  for (const edge of edges ? childrenNamed(edges, "edge") : []) {
    const link = linkOf(edge, columns.edge, nodeIds.ids, file, warnings);
    if (link) model.links.push(link);
  }
  return model;
}

/** Every <node> of the graph, those nested in another node's <nodes> (GEXF's hierarchies) included. */
function allNodes(parent: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const nodes of childrenNamed(parent, "nodes")) {
    for (const node of childrenNamed(nodes, "node")) {
      out.push(node);
      out.push(...allNodes(node));
    }
  }
  return out;
}

function valuesOf(element: XmlElement, columns: ReadonlyMap<string, Column>): Record<string, FileValue> {
  const values: Record<string, FileValue> = {};
  for (const [id, column] of columns) if (column.default !== undefined) values[id] = typedValue(column.default, column.type);
  const attvalues = childNamed(element, "attvalues");
  for (const attvalue of attvalues ? childrenNamed(attvalues, "attvalue") : []) {
    const id = attvalue.attributes.for ?? attvalue.attributes.id;
    const value = attvalue.attributes.value;
    if (id === undefined || value === undefined) continue;
    values[id] = typedValue(value, columns.get(id)?.type);
  }
  return values;
}

function authorOf(node: XmlElement, id: string, columns: ReadonlyMap<string, Column>): NetworkAuthor {
  const author: NetworkAuthor = { id, name: node.attributes.label?.trim() || id, line: node.line, attributes: valuesOf(node, columns) };
  const position = childNamed(node, "position");
  const x = numberOf(position?.attributes.x);
  const y = numberOf(position?.attributes.y);
  if (x !== null && y !== null) [author.x, author.y] = [x, y];
  const color = childNamed(node, "color");
  const rgb = color && (colorFromRgb(color.attributes.r, color.attributes.g, color.attributes.b) ?? colorOf(color.attributes.hex));
  if (rgb) author.color = rgb;
  const size = numberOf(childNamed(node, "size")?.attributes.value);
  if (size !== null && size > 0) author.size = size;
  return author;
}

function linkOf(edge: XmlElement, columns: ReadonlyMap<string, Column>, nodes: ReadonlySet<string>, file: string, warnings: ParseWarning[]): NetworkLink | null {
  const { source, target } = edge.attributes;
  const problem = endsProblem(source, target, nodes);
  if (problem || source === undefined || target === undefined) {
    warnings.push({ file, line: edge.line, message: `${problem}; skipped` });
    return null;
  }
  const weight = edge.attributes.weight === undefined ? 1 : numberOf(edge.attributes.weight);
  if (weight === null) {
    warnings.push({ file, line: edge.line, message: `the link's weight "${edge.attributes.weight}" is not a number; read as 1` });
  }
  return { source, target, weight: weight ?? 1, line: edge.line, attributes: valuesOf(edge, columns) };
}

