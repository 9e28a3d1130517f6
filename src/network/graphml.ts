import type { ParseWarning } from "../parse/types";
import { endsProblem } from "./links";
import { nodeIdCheck } from "./nodeIds";
import type { FileValue, NetworkAuthor, NetworkLink, NetworkModel, NetworkReader } from "./types";
import { colorFromRgb, colorOf, numberOf, typedValue } from "./values";
import { childNamed, childrenNamed, firstElementIs, readXmlTree, type XmlElement } from "./xmlTree";

export const graphmlReader: NetworkReader = {
  id: "graphml",
  label: "GraphML",
  extensions: [".graphml"],
  sniff: (text) => firstElementIs(text, "graphml"),
  read: readGraphml,
};

interface Key {
  name: string;
  type: string | undefined;
  default?: string;
  /** yEd's drawing of a node (`yfiles.type="nodegraphics"`): its label, place and fill are read from it. */
  graphics: boolean;
}

/** Keys that say where and how a node is drawn, as Gephi, this explorer and others name them (case aside). */
const LABEL_KEYS = ["label", "name", "title"];
const DRAWING_KEYS = new Set(["x", "y", "size", "color", "colour", "r", "g", "b", "viz"]);

/**
 * GraphML (graphml.graphdrawing.org), as Gephi, Cytoscape, NetworkX, igraph, yEd and this
 * explorer write it: typed keys (`attr.name`, `attr.type`, defaults), nodes and edges with their
 * data. A node's name is its `label` (or `name`) key, else yEd's node label, else its id; its
 * place is the x and y keys, else yEd's geometry (its centre, y turned upward as the map draws
 * it); its colour a `color` key, r/g/b keys or yEd's fill. The first <graph> is read; nested
 * graphs and hyperedges are not.
 */
export function readGraphml(text: string, file: string): NetworkModel {
  const { root, problems } = readXmlTree(text);
  const warnings: ParseWarning[] = problems.map((p) => ({ file, ...p }));
  const model: NetworkModel = { authors: [], links: [], titles: {}, warnings };
  const graph = root && childNamed(root, "graph");
  if (!root || !graph) {
    warnings.push({ file, line: root?.line ?? 1, message: "a GraphML file holds a <graph> in its <graphml>; there is none" });
    return model;
  }
  const keys = { node: new Map<string, Key>(), edge: new Map<string, Key>() };
  for (const key of childrenNamed(root, "key")) {
    const { id, for: of } = key.attributes;
    if (id === undefined) continue;
    const fallback = childNamed(key, "default")?.text;
    const entry: Key = { name: key.attributes["attr.name"] ?? id, type: key.attributes["attr.type"], graphics: key.attributes["yfiles.type"] === "nodegraphics", ...(fallback !== undefined && { default: fallback }) };
    if (of === "node" || of === "all" || of === undefined) keys.node.set(id, entry);
    if (of === "edge" || of === "all" || of === undefined) keys.edge.set(id, entry);
  }
  const nodeIds = nodeIdCheck(file, warnings);
  for (const node of childrenNamed(graph, "node")) {
    const id = node.attributes.id;
    if (!nodeIds.isNew(id, node.line)) continue;
    model.authors.push(authorOf(node, id, keys.node));
  }
  for (const edge of childrenNamed(graph, "edge")) {
    const link = linkOf(edge, keys.edge, nodeIds.ids, file, warnings);
    if (link) model.links.push(link);
  }
  return model;
}

/** Every data value of an element by its key's name, defaults first; yEd's graphics apart. */
function dataOf(element: XmlElement, keys: ReadonlyMap<string, Key>): { values: Record<string, FileValue>; graphics: XmlElement | null } {
  const values: Record<string, FileValue> = {};
  let graphics: XmlElement | null = null;
  for (const key of keys.values()) if (key.default !== undefined && !key.graphics) values[key.name] = typedValue(key.default, key.type);
  for (const data of childrenNamed(element, "data")) {
    const key = keys.get(data.attributes.key ?? "");
    if (!key) continue;
    if (key.graphics || data.children.length > 0) {
      graphics ??= data.children[0] ?? null;
      continue;
    }
    values[key.name] = typedValue(data.text.trim(), key.type);
  }
  return { values, graphics };
}

/** The value of a key named any of `names`, in any case, taken out of the values. */
function take(values: Record<string, FileValue>, names: readonly string[]): FileValue | undefined {
  for (const key of Object.keys(values)) {
    if (!names.includes(key.toLowerCase())) continue;
    const value = values[key];
    delete values[key];
    return value;
  }
  return undefined;
}

function authorOf(node: XmlElement, id: string, keys: ReadonlyMap<string, Key>): NetworkAuthor {
  const { values, graphics } = dataOf(node, keys);
  const label = take(values, LABEL_KEYS);
  const yedLabel = graphics && childNamed(graphics, "NodeLabel")?.text.trim();
  const author: NetworkAuthor = { id, name: (typeof label === "string" && label.trim()) || yedLabel || id, line: node.line, attributes: {} };
  const drawing: Record<string, FileValue> = {};
  for (const key of Object.keys(values)) if (DRAWING_KEYS.has(key.toLowerCase())) drawing[key.toLowerCase()] = values[key]!;
  const x = numberOf(drawing.x);
  const y = numberOf(drawing.y);
  const geometry = graphics && childNamed(graphics, "Geometry");
  if (x !== null && y !== null) [author.x, author.y] = [x, y];
  else if (geometry) {
    const [gx, gy, w, h] = ["x", "y", "width", "height"].map((name) => numberOf(geometry.attributes[name]) ?? 0) as [number, number, number, number];
    // yEd's y grows downward and its x, y are the box's corner; the map's y grows upward.
    [author.x, author.y] = [gx + w / 2, -(gy + h / 2)];
  }
  const color = colorOf(drawing.color ?? drawing.colour) ?? colorFromRgb(drawing.r, drawing.g, drawing.b) ?? colorOf(graphics && childNamed(graphics, "Fill")?.attributes.color);
  if (color) author.color = color;
  const size = numberOf(drawing.size);
  if (size !== null && size > 0) author.size = size;
  for (const [key, value] of Object.entries(values)) if (!DRAWING_KEYS.has(key.toLowerCase())) author.attributes[key] = value;
  return author;
}

function linkOf(edge: XmlElement, keys: ReadonlyMap<string, Key>, nodes: ReadonlySet<string>, file: string, warnings: ParseWarning[]): NetworkLink | null {
  const { source, target } = edge.attributes;
  const problem = endsProblem(source, target, nodes);
  if (problem !== null || source === undefined || target === undefined) {
    warnings.push({ file, line: edge.line, message: `${problem}; skipped` });
    return null;
  }
  const { values } = dataOf(edge, keys);
  const given = take(values, ["weight"]);
  const weight = given === undefined ? 1 : numberOf(given);
  if (weight === null) warnings.push({ file, line: edge.line, message: `the link's weight "${String(given)}" is not a number; read as 1` });
  for (const key of Object.keys(values)) if (["thickness", "color", "colour"].includes(key.toLowerCase())) delete values[key];
  return { source, target, weight: weight ?? 1, line: edge.line, attributes: values };
}
