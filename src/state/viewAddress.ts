import type { MeasureId } from "../measures/measures";
import { isColorBy, isMeasureId } from "./encodingChoices";
import { DEFAULT_VIEW_SETTINGS, type ViewSettings } from "../view/types";
import type { CameraView, ColorBy, PanelKind, Selected } from "./types";

export type { CameraView } from "./types";


/**
 * A roster as the address carries it: the names as pasted, the people picked by hand for the
 * names that fit several or nobody (the others are found again from the names), and how it is shown.
 */
export interface AddressedRoster {
  text: string;
  chosen: readonly string[];
  highlight: boolean;
  /** Whether the network among them is shown, and with their outside collaborators or not. */
  shown: "no" | "among" | "outside";
}

/** What an address says of a view, beside `?ego=` (viewHistory's): filters, counting, encodings, the open tool, the selection, the camera, a roster. */
export interface AddressedView {
  settings: Partial<Omit<ViewSettings, "scope">>;
  sizeBy?: MeasureId;
  colorBy?: ColorBy;
  panel?: PanelKind;
  selected?: Exclude<Selected, { kind: "none" }>;
  camera?: CameraView;
  roster?: AddressedRoster;
}

/** The part of the state the address carries. */
export interface ViewToAddress {
  settings: ViewSettings;
  sizeBy: MeasureId;
  colorBy: ColorBy;
  panel: PanelKind;
  selected: Selected;
  /** Null before a map is drawn. */
  camera?: CameraView | null;
  roster?: AddressedRoster;
}

/** sigma's camera at the fitted frame: not written. */
export const FITTED_CAMERA: CameraView = { x: 0.5, y: 0.5, ratio: 1 };
/** The renderer's zoom limits (render/renderer.ts): a ratio outside them is a damaged link. */
const RATIO_RANGE = [0.05, 4] as const;

const DEFAULTS = { sizeBy: "papers", colorBy: "community", panel: "overview" } as const;
const PANELS: readonly PanelKind[] = ["overview", "filters", "statistics", "table", "path", "roster", "identity"];
const LISTS = [
  ["category", "categories"],
  ["venue", "venues"],
  ["source", "sources"],
] as const;
/** Every parameter this codec owns: the others (listing, reference-date, ego, depth) are left as they are. */
const ROSTER_KEYS = ["roster", "roster-chosen", "roster-highlight", "roster-show"];
const KEYS = ["years", "counting", "min-papers", "min-weight", "largest", "no-truncated", ...LISTS.map(([key]) => key), "size", "color", "tool", "author", "link", "camera", ...ROSTER_KEYS];

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
  const camera = view.camera && cameraText(view.camera);
  if (camera && camera !== cameraText(FITTED_CAMERA)) params.set("camera", camera);
  const roster = view.roster;
  if (roster && roster.text.trim() !== "") {
    params.set("roster", roster.text);
    for (const key of roster.chosen) params.append("roster-chosen", key);
    if (roster.highlight) params.set("roster-highlight", "1");
    if (roster.shown !== "no") params.set("roster-show", roster.shown);
  }
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
  take("camera", readCamera, (camera) => (view.camera = camera));
  const rosterText = params.get("roster");
  if (rosterText !== null && rosterText.trim() !== "") {
    const roster: AddressedRoster = { text: rosterText, chosen: params.getAll("roster-chosen").filter((key) => key !== ""), highlight: false, shown: "no" };
    take("roster-highlight", readFlag, (on) => (roster.highlight = on));
    take("roster-show", (v) => (v === "no" || v === "among" || v === "outside" ? v : undefined), (shown) => (roster.shown = shown));
    view.roster = roster;
  } else {
    // How to show a roster means nothing without its names.
    for (const key of ROSTER_KEYS) for (const value of params.getAll(key)) ignored.push(`${key}=${value}`);
  }
  return { view, ignored };
}

/**
 * x and y to 5 decimals, the ratio to 4 significant digits: at the closest zoom (ratio 0.05) on
 * a map 1,280 px wide, 10⁻⁵ of the frame is 0.26 px, and 10⁻⁴ of the ratio moves the map's edge
 * by 0.06 px, so a link reopens on the same pixels; a camera of 3 × 7 digits keeps the address short.
 */
export function cameraText(camera: CameraView): string {
  const round = (value: number) => String(Number(value.toFixed(5)));
  return `${round(camera.x)},${round(camera.y)},${Number(camera.ratio.toPrecision(4))}`;
}

function readCamera(value: string): CameraView | undefined {
  const parts = value.split(",");
  if (parts.length !== 3 || !parts.every((part) => /^-?\d+(\.\d+)?(e-?\d+)?$/.test(part))) return undefined;
  const [x, y, ratio] = parts.map(Number) as [number, number, number];
  const camera = { x, y, ratio };
  return isSensibleCamera(camera) ? camera : undefined;
}

/** A camera far off the map, or zoomed beyond sigma's bounds, shows nothing: damaged, not a view. */
export function isSensibleCamera(value: unknown): value is CameraView {
  if (typeof value !== "object" || value === null) return false;
  const { x, y, ratio } = value as Record<string, unknown>;
  if (typeof x !== "number" || typeof y !== "number" || typeof ratio !== "number") return false;
  return Math.abs(x - 0.5) <= 10 && Math.abs(y - 0.5) <= 10 && ratio >= RATIO_RANGE[0] && ratio <= RATIO_RANGE[1];
}

function readYears(value: string): readonly [number, number] | undefined {
  const match = /^(\d{4})-(\d{4})$/.exec(value);
  if (!match) return undefined;
  const [from, to] = [Number(match[1]), Number(match[2])];
  return from <= to ? [from, to] : undefined;
}

const readFlag = (value: string) => (value === "1" ? true : value === "0" ? false : undefined);
