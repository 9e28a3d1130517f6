import type { MeasureId } from "../measures/measures";
import { isColorBy, isMeasureId } from "./encodingChoices";
import { DEFAULT_VIEW_SETTINGS, type ViewSettings } from "../view/types";
import type { ColorBy, PanelKind, Selected } from "./types";

/** What an address says of a view, beside `?ego=` (viewHistory's): filters, counting, encodings, the open tool, the selection. */
export interface AddressedView {
  settings: Partial<Omit<ViewSettings, "scope">>;
  sizeBy?: MeasureId;
  colorBy?: ColorBy;
  panel?: PanelKind;
  selected?: Exclude<Selected, { kind: "none" }>;
}

/** The part of the state the address carries. */
export interface ViewToAddress {
  settings: ViewSettings;
  sizeBy: MeasureId;
  colorBy: ColorBy;
  panel: PanelKind;
  selected: Selected;
}

const DEFAULTS = { sizeBy: "papers", colorBy: "community", panel: "overview" } as const;
const PANELS: readonly PanelKind[] = ["overview", "filters", "statistics", "table", "path", "roster", "identity"];
const LISTS = [
  ["category", "categories"],
  ["venue", "venues"],
  ["source", "sources"],
] as const;
/** Every parameter this codec owns: the others (listing, reference-date, ego, depth) are left as they are. */
const KEYS = ["years", "counting", "min-papers", "min-weight", "largest", "no-truncated", ...LISTS.map(([key]) => key), "size", "color", "tool", "author", "link"];

/**
 * The address's query with the view written in it: only what differs from the defaults, so that
 * a fresh view has a clean address, and the parameters of others kept as they are.
 */
export function searchWithView(search: string, view: ViewToAddress): string {
  const params = new URLSearchParams(search);
  for (const key of KEYS) params.delete(key);
  const { settings } = view;
  if (settings.years) params.set("years", `${settings.years[0]}-${settings.years[1]}`);
  if (settings.counting !== DEFAULT_VIEW_SETTINGS.counting) params.set("counting", settings.counting);
  if (settings.minPapers !== DEFAULT_VIEW_SETTINGS.minPapers) params.set("min-papers", String(settings.minPapers));
  if (settings.minWeight !== DEFAULT_VIEW_SETTINGS.minWeight) params.set("min-weight", String(settings.minWeight));
  if (settings.largestComponent) params.set("largest", "1");
  if (settings.excludeTruncated) params.set("no-truncated", "1");
  for (const [key, field] of LISTS) {
    const values = settings[field];
    if (values === null) continue;
    // An empty list (every box unticked) is one empty value: absent means no filter.
    if (values.length === 0) params.append(key, "");
    for (const value of values) params.append(key, value);
  }
  if (view.sizeBy !== DEFAULTS.sizeBy) params.set("size", view.sizeBy);
  if (view.colorBy !== DEFAULTS.colorBy) params.set("color", view.colorBy);
  if (view.panel !== DEFAULTS.panel) params.set("tool", view.panel);
  if (view.selected.kind === "author") params.set("author", view.selected.key);
  if (view.selected.kind === "link") params.set("link", view.selected.key);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/**
 * What an address asks for, and what it asked for that could not be read. Never throws: a
 * damaged, truncated or older link keeps what can be read, and each value passed over is named.
 */
export function viewFromSearch(search: string): { view: AddressedView; ignored: string[] } {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const view: AddressedView = { settings: {} };
  const take = <T>(key: string, read: (value: string) => T | undefined, apply: (value: T) => void) => {
    const value = params.get(key);
    if (value === null) return;
    const read_ = read(value);
    if (read_ === undefined) ignored.push(`${key}=${value}`);
    else apply(read_);
  };
  take("years", readYears, (years) => (view.settings.years = years));
  take("counting", (v) => (v === "full" || v === "fractional" ? v : undefined), (counting) => (view.settings.counting = counting));
  take("min-papers", (v) => (/^\d+$/.test(v) && Number(v) >= 1 ? Number(v) : undefined), (n) => (view.settings.minPapers = n));
  take("min-weight", (v) => (/^\d+(\.\d+)?$/.test(v) ? Number(v) : undefined), (n) => (view.settings.minWeight = n));
  take("largest", readFlag, (on) => (view.settings.largestComponent = on));
  take("no-truncated", readFlag, (on) => (view.settings.excludeTruncated = on));
  for (const [key, field] of LISTS) {
    const values = params.getAll(key);
    if (values.length > 0) view.settings[field] = values.filter((value) => value !== "");
  }
  take("size", (v) => (isMeasureId(v) ? v : undefined), (id) => (view.sizeBy = id));
  take("color", (v) => (isColorBy(v) ? v : undefined), (id) => (view.colorBy = id));
  take("tool", (v) => (PANELS.includes(v as PanelKind) ? (v as PanelKind) : undefined), (panel) => (view.panel = panel));
  take("author", (v) => v || undefined, (key) => (view.selected = { kind: "author", key }));
  take("link", (v) => v || undefined, (key) => (view.selected ??= { kind: "link", key }));
  return { view, ignored };
}

function readYears(value: string): readonly [number, number] | undefined {
  const match = /^(\d{4})-(\d{4})$/.exec(value);
  if (!match) return undefined;
  const [from, to] = [Number(match[1]), Number(match[2])];
  return from <= to ? [from, to] : undefined;
}

const readFlag = (value: string) => (value === "1" ? true : value === "0" ? false : undefined);
