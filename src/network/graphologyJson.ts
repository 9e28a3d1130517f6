import { isObject, type JsonObject } from "../parse/formats/json/values";
import type { ParseWarning } from "../parse/types";
import { jsonMembers, type JsonItem } from "./jsonLists";
import { endsProblem } from "./links";
import { nodeIdCheck } from "./nodeIds";
import type { FileValue, NetworkAuthor, NetworkLink, NetworkModel, NetworkReader } from "./types";
import { colorOf, jsonValue, numberOf } from "./values";

export const graphologyJsonReader: NetworkReader = {
  id: "graphology-json",
  label: "graphology JSON",
  extensions: [".json"],
  sniff: looksLikeGraphologyJson,
  read: readGraphologyJson,
};

/**
 * graphology's serialization ({attributes, options, nodes: [{key, attributes}], edges}), as
 * `graph.export()`, `coauthor graph --to json` and this explorer's export write it. Its first
 * members are small (our writer and graphology's put options and attributes first), so "nodes"
 * is near the start; a file whose first key is "nodes" is one too.
 */
export function looksLikeGraphologyJson(text: string): boolean {
  const head = text.slice(0, 8192);
  if (!/^\s*\{/.test(head) || !/"nodes"\s*:\s*\[/.test(head)) return false;
  if (/"network"\s*:\s*\{/.test(head)) return false;
  return /^\s*\{\s*"(?:nodes|edges|options|attributes)"\s*:/.test(head) || (/"options"\s*:\s*\{/.test(head) && /"attributes"\s*:/.test(head));
}

/** Attributes that say where and how a node is drawn, as sigma reads them. */
const DRAWING = new Set(["label", "x", "y", "size", "color"]);

export function readGraphologyJson(text: string, file: string): NetworkModel {
  const warnings: ParseWarning[] = [];
  const model: NetworkModel = { authors: [], links: [], titles: {}, warnings };
  const members = jsonMembers(text);
  const nodes = members?.get("nodes")?.items;
  if (!members || !nodes) {
    warnings.push({ file, line: 1, message: 'graphology JSON is an object with a list of "nodes"; this file has none that can be read' });
    return model;
  }
  const nodeIds = nodeIdCheck(file, warnings, "key");
  for (const item of nodes) {
    const record = recordOf(item, file, warnings);
    if (!record) continue;
    const key = keyOf(record.key);
    if (!nodeIds.isNew(key, item.line)) continue;
    model.authors.push(authorOf(key, isObject(record.attributes) ? record.attributes : {}, item.line));
  }
  for (const item of members.get("edges")?.items ?? []) {
    const record = recordOf(item, file, warnings);
    if (!record) continue;
    const [source, target] = [keyOf(record.source) ?? undefined, keyOf(record.target) ?? undefined];
    const problem = endsProblem(source, target, nodeIds.ids);
    if (problem !== null || source === undefined || target === undefined) {
      warnings.push({ file, line: item.line, message: `${problem}; skipped` });
      continue;
    }
    model.links.push(linkOf(source, target, isObject(record.attributes) ? record.attributes : {}, item.line, file, warnings));
  }
  return model;
}

function recordOf(item: JsonItem, file: string, warnings: ParseWarning[]): JsonObject | null {
  if ("error" in item) {
    warnings.push({ file, line: item.line, message: item.error });
    return null;
  }
  if (!isObject(item.value)) {
    warnings.push({ file, line: item.line, message: "a record that is not an object; skipped" });
    return null;
  }
  return item.value;
}

/** graphology keys are strings or numbers (kept as their text). */
function keyOf(value: unknown): string | null {
  if (typeof value === "string" && value !== "") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return null;
}

function attributesOf(source: JsonObject, leave: ReadonlySet<string>): Record<string, FileValue> {
  const attributes: Record<string, FileValue> = {};
  for (const [name, value] of Object.entries(source)) {
    if (leave.has(name)) continue;
    const kept = jsonValue(value);
    if (kept !== null) attributes[name] = kept;
  }
  return attributes;
}

function authorOf(key: string, a: JsonObject, line: number): NetworkAuthor {
  const label = typeof a.label === "string" && a.label.trim() !== "" ? a.label.trim() : key;
  const author: NetworkAuthor = { id: key, name: label, line, attributes: attributesOf(a, DRAWING) };
  const x = numberOf(a.x);
  const y = numberOf(a.y);
  if (typeof a.x === "number" && typeof a.y === "number" && x !== null && y !== null) [author.x, author.y] = [x, y];
  const color = colorOf(a.color);
  if (color) author.color = color;
  const size = typeof a.size === "number" ? numberOf(a.size) : null;
  if (size !== null && size > 0) author.size = size;
  return author;
}

function linkOf(source: string, target: string, a: JsonObject, line: number, file: string, warnings: ParseWarning[]): NetworkLink {
  let weight = 1;
  if (a.weight !== undefined) {
    const given = typeof a.weight === "number" ? numberOf(a.weight) : null;
    if (given === null) warnings.push({ file, line, message: `the link's weight ${JSON.stringify(a.weight)} is not a number; read as 1` });
    else weight = given;
  }
  return { source, target, weight, line, attributes: attributesOf(a, new Set(["weight", "size", "color"])) };
}
