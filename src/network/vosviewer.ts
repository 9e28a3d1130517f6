import { isObject, type JsonObject } from "../parse/formats/json/values";
import type { ParseWarning } from "../parse/types";
import { jsonMembers } from "./jsonLists";
import { endsProblem } from "./links";
import type { FileValue, NetworkAuthor, NetworkModel, NetworkReader } from "./types";
import { colorOf, jsonValue, numberOf } from "./values";

export const vosviewerJsonReader: NetworkReader = {
  id: "vosviewer-json",
  label: "VOSviewer JSON",
  extensions: [".json"],
  sniff: looksLikeVosviewerJson,
  read: readVosviewerJson,
};

/** A VOSviewer JSON file is an object with a "network" object of "items" (and "links"), after an optional "config". */
export function looksLikeVosviewerJson(text: string): boolean {
  const head = text.slice(0, 16_384);
  return /^\s*\{/.test(head) && /"network"\s*:\s*\{\s*"(?:items|links|clusters)"\s*:/.test(head);
}

/**
 * VOSviewer's JSON file type (app.vosviewer.com/docs/file-types/json-file-type), as VOSviewer,
 * VOSviewer Online and this explorer write it: items with an id, a label, x and y, a cluster
 * (1, 2, …), weights and scores; links between item ids with a strength. The weights and
 * scores are kept as the items' attributes under their own names ("Documents", "Avg. pub. year").
 * A cluster's colour, when the file gives one, is its items' colour.
 */
export function readVosviewerJson(text: string, file: string): NetworkModel {
  const warnings: ParseWarning[] = [];
  const model: NetworkModel = { authors: [], links: [], titles: {}, warnings };
  const network = jsonMembers(text, ["network"]);
  const items = network?.get("items")?.items;
  if (!network || !items) {
    warnings.push({ file, line: 1, message: 'a VOSviewer JSON file holds a "network" with a list of "items"; this file has none that can be read' });
    return model;
  }
  const clusterColors = new Map<number, string>();
  for (const item of network.get("clusters")?.items ?? []) {
    if (!("value" in item) || !isObject(item.value)) continue;
    const cluster = numberOf(item.value.cluster);
    const color = colorOf(item.value.color);
    if (cluster !== null && color) clusterColors.set(cluster, color);
  }
  const seen = new Set<string>();
  for (const item of items) {
    if ("error" in item) {
      warnings.push({ file, line: item.line, message: item.error });
      continue;
    }
    const record = isObject(item.value) ? item.value : null;
    const id = record && idOf(record.id);
    if (!record || id === null) {
      warnings.push({ file, line: item.line, message: 'an item without an "id"; skipped' });
      continue;
    }
    if (seen.has(id)) {
      warnings.push({ file, line: item.line, message: `a second item with the id ${id}; skipped` });
      continue;
    }
    seen.add(id);
    model.authors.push(authorOf(id, record, item.line, clusterColors));
  }
  for (const item of network.get("links")?.items ?? []) {
    if ("error" in item) {
      warnings.push({ file, line: item.line, message: item.error });
      continue;
    }
    const record = isObject(item.value) ? item.value : {};
    const source = idOf(record.source_id) ?? undefined;
    const target = idOf(record.target_id) ?? undefined;
    const problem = endsProblem(source, target, seen);
    if (problem !== null || source === undefined || target === undefined) {
      warnings.push({ file, line: item.line, message: `${problem}; skipped` });
      continue;
    }
    const strength = record.strength === undefined ? 1 : numberOf(record.strength);
    if (strength === null) warnings.push({ file, line: item.line, message: `the link's strength ${JSON.stringify(record.strength)} is not a number; read as 1` });
    model.links.push({ source, target, weight: strength ?? 1, line: item.line, attributes: {} });
  }
  return model;
}

/** VOSviewer ids are integers; strings are taken as they are. */
function idOf(value: unknown): string | null {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "string" && value.trim() !== "") return value.trim();
  return null;
}

function authorOf(id: string, record: JsonObject, line: number, clusterColors: ReadonlyMap<number, string>): NetworkAuthor {
  const label = typeof record.label === "string" && record.label.trim() !== "" ? record.label.trim() : id;
  const attributes: Record<string, FileValue> = {};
  for (const group of ["weights", "scores"] as const) {
    const values = record[group];
    if (!isObject(values)) continue;
    for (const [name, value] of Object.entries(values)) {
      const n = numberOf(value);
      if (n !== null) attributes[name] = n;
    }
  }
  for (const name of ["cluster", "description", "url"] as const) {
    const kept = jsonValue(record[name]);
    if (kept !== null) attributes[name] = kept;
  }
  const author: NetworkAuthor = { id, name: label, line, attributes };
  const x = numberOf(record.x);
  const y = numberOf(record.y);
  if (x !== null && y !== null) [author.x, author.y] = [x, y];
  const cluster = numberOf(record.cluster);
  const color = cluster === null ? undefined : clusterColors.get(cluster);
  if (color) author.color = color;
  return author;
}
