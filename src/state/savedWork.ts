import { DECISIONS_FORMAT, readDecisionsFile } from "../identity/decisionsFile";
import type { IdentityDecision } from "../identity/types";
import { isColorBy, isMeasureId } from "./encodingChoices";
import type { SourceInput } from "../parse/index";
import type { Scope, ViewSettings } from "../view/types";
import type { CameraView, ColorBy, PanelDrafts, PanelKind, Selected, SelectionState, TableView, ViewState } from "./types";
import { isSensibleCamera } from "./viewAddress";

/**
 * The work in progress as it is kept in the browser between visits, in three records, each
 * written when its part changes: the files (once per load), the identity decisions, and the
 * view (after each meaningful change). Positions are not kept: the layout is seeded, so the same
 * files give the same picture again. Everything here is plain data that IndexedDB stores as it
 * is (bytes as a Uint8Array); reading never throws, keeps what it can and names what it could not.
 */
export const SAVED_WORK_VERSION = 1;

/** One input as kept: its bytes (a file) or its text (pasted), and its SHA-256 to know it again undamaged. */
export type SavedFile = { name: string; sha256: string } & ({ bytes: Uint8Array } | { text: string });

export interface SavedFiles {
  version: number;
  /** The sample (data/sample-listing.txt) rather than the user's files: it ships with the page, so it is not kept. */
  sample: boolean;
  files: SavedFile[];
}

export interface SavedDecisions {
  version: number;
  decisions: IdentityDecision[];
  /** Earlier lists, for *Undo last change*. */
  history: IdentityDecision[][];
}

/** How the files are looked at: settings that change how they are read, the view, the selection, the table and the drafts. */
export interface SavedView {
  version: number;
  referenceDate: string;
  maxAuthors: number;
  view: ViewState;
  selection: { item: Selected; panelShowsItem: boolean };
  table: TableView;
  drafts: PanelDrafts;
  /** Where the map looked; null for the fitted frame. */
  camera: CameraView | null;
  /** The SHA-256 of the files it is a view of, in order: a view is restored only over the same files. */
  files: string[];
}

/** What a record gave back: what could be read, and each part that could not, named. */
export interface Read<T> {
  value: T;
  ignored: string[];
}

export function writeSavedFiles(sources: readonly SourceInput[], digests: readonly string[], sample: boolean): SavedFiles {
  const files = sample ? [] : sources.map((source, i): SavedFile => ("bytes" in source ? { name: source.name, sha256: digests[i]!, bytes: source.bytes } : { name: source.name, sha256: digests[i]!, text: source.text }));
  return { version: SAVED_WORK_VERSION, sample, files };
}

export function writeSavedDecisions(decisions: readonly IdentityDecision[], history: readonly IdentityDecision[][]): SavedDecisions {
  return { version: SAVED_WORK_VERSION, decisions: [...decisions], history: history.map((list) => [...list]) };
}

export interface ViewToSave {
  referenceDate: string;
  maxAuthors: number;
  view: ViewState;
  selection: SelectionState;
  table: TableView;
  drafts: PanelDrafts;
  camera: CameraView | null;
}

export function writeSavedView(state: ViewToSave, files: readonly string[]): SavedView {
  const { item, panelShowsItem } = state.selection;
  return {
    version: SAVED_WORK_VERSION,
    referenceDate: state.referenceDate,
    maxAuthors: state.maxAuthors,
    view: state.view,
    selection: { item, panelShowsItem },
    table: state.table,
    drafts: state.drafts,
    camera: state.camera,
    files: [...files],
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === "string";
const isTexts = (value: unknown): value is string[] => Array.isArray(value) && value.every(isText);
const isTextOrNull = (value: unknown): value is string | null => value === null || isText(value);
const isFlag = (value: unknown): value is boolean => typeof value === "boolean";
const versionNote = (record: Record<string, unknown>, what: string): string[] =>
  typeof record.version === "number" && record.version > SAVED_WORK_VERSION ? [`${what} was kept by a newer version (${record.version}): read as far as this one can`] : [];

/** The files kept: those whose bytes still match their SHA-256 are checked by the caller (it needs Web Crypto); here, the shape. */
export function readSavedFiles(raw: unknown): Read<{ sample: boolean; files: SavedFile[] } | null> {
  if (raw === undefined) return { value: null, ignored: [] };
  if (!isRecord(raw) || !Array.isArray(raw.files)) return { value: null, ignored: ["the files kept (not a record of files)"] };
  const ignored = versionNote(raw, "the files kept");
  const files: SavedFile[] = [];
  raw.files.forEach((entry: unknown, i) => {
    const file = isRecord(entry) ? entry : {};
    const name = isText(file.name) && file.name !== "" ? file.name : null;
    const sha256 = isText(file.sha256) && /^[0-9a-f]{64}$/.test(file.sha256) ? file.sha256 : null;
    if (name && sha256 && file.bytes instanceof Uint8Array) files.push({ name, sha256, bytes: file.bytes });
    else if (name && sha256 && isText(file.text)) files.push({ name, sha256, text: file.text });
    else ignored.push(`file ${name ?? i + 1} (damaged)`);
  });
  const sample = raw.sample === true;
  if (!sample && files.length === 0) return { value: null, ignored: ignored.length > 0 ? ignored : ["the files kept (none)"] };
  return { value: { sample, files: sample ? [] : files }, ignored };
}

/**
 * The decisions kept, as the decisions file reads them (a decision that makes no sense is
 * skipped and named). Also reads what an older version kept: the text of a decisions file.
 */
export function readSavedDecisions(raw: unknown): Read<SavedDecisions> {
  const none: SavedDecisions = { version: SAVED_WORK_VERSION, decisions: [], history: [] };
  if (raw === undefined || raw === null) return { value: none, ignored: [] };
  const asFile = (decisions: unknown) => readDecisionsFile(JSON.stringify({ format: DECISIONS_FORMAT, version: 1, decisions }));
  if (isText(raw)) {
    const { decisions, problems } = readDecisionsFile(raw);
    return { value: { ...none, decisions }, ignored: problems.map((p) => `identity decisions: ${p}`) };
  }
  if (!isRecord(raw) || !Array.isArray(raw.decisions)) return { value: none, ignored: ["the identity decisions kept (not a record of decisions)"] };
  const ignored = versionNote(raw, "the identity decisions kept");
  const current = asFile(raw.decisions);
  ignored.push(...current.problems.map((p) => `identity decisions: ${p}`));
  const history = Array.isArray(raw.history) ? raw.history.filter(Array.isArray).map((list) => asFile(list).decisions) : [];
  if (raw.history !== undefined && (!Array.isArray(raw.history) || history.length !== raw.history.length)) ignored.push("part of the undo history of identity decisions");
  return { value: { version: SAVED_WORK_VERSION, decisions: current.decisions, history }, ignored };
}

const PANELS: readonly PanelKind[] = ["overview", "filters", "statistics", "table", "path", "roster", "identity"];

function isScope(value: unknown): value is Scope {
  if (!isRecord(value)) return false;
  if (value.kind === "all") return true;
  if (value.kind === "ego") return isText(value.center) && value.center !== "" && (value.depth === 1 || value.depth === 2);
  return value.kind === "roster" && isTexts(value.people) && isFlag(value.outside);
}

const isYears = (value: unknown): value is readonly [number, number] =>
  Array.isArray(value) && value.length === 2 && value.every(Number.isInteger) && (value[0] as number) <= (value[1] as number);
const isSelected = (value: unknown): value is Selected =>
  isRecord(value) && (value.kind === "none" || ((value.kind === "author" || value.kind === "link") && isText(value.key) && value.key !== ""));
const isTextMap = (value: unknown): value is Record<string, string> => isRecord(value) && Object.values(value).every(isText);

/** One field of a record: its value when it reads, else the default, and its name among the ignored. */
function fieldReader(ignored: string[]) {
  return <T>(record: unknown, key: string, valid: (value: unknown) => value is T, fallback: T, label = key): T => {
    const value = isRecord(record) ? record[key] : undefined;
    if (value === undefined) return fallback; // an older version that did not keep it: nothing to say
    if (valid(value)) return value;
    ignored.push(label);
    return fallback;
  };
}

/**
 * The view kept, field by field: each one that reads is kept, each one that does not (damaged,
 * or of a kind this version does not know) takes its default and is named. Null when the record
 * is not a view at all. The selection and the path name people who may not be in the files any
 * more: the caller checks them against the network.
 */
export function readSavedView(raw: unknown, defaults: ViewToSave): Read<(ViewToSave & { files: string[] }) | null> {
  if (raw === undefined) return { value: null, ignored: [] };
  if (!isRecord(raw)) return { value: null, ignored: ["the view kept (not a record of a view)"] };
  const ignored = versionNote(raw, "the view kept");
  const field = fieldReader(ignored);
  const d = defaults;
  const isPositive = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 1;
  const isWeight = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v) && v >= 0;
  const isPage = (v: unknown): v is number | null => v === null || (Number.isInteger(v) && (v as number) >= 0);
  const isList = (v: unknown): v is readonly string[] | null => v === null || isTexts(v);

  const rawView = raw.view;
  const s = isRecord(rawView) ? rawView.settings : undefined;
  const ds = d.view.settings;
  const settings: ViewSettings = {
    counting: field(s, "counting", (v): v is ViewSettings["counting"] => v === "full" || v === "fractional", ds.counting, "counting"),
    minPapers: field(s, "minPapers", isPositive, ds.minPapers, "minimum papers"),
    minWeight: field(s, "minWeight", isWeight, ds.minWeight, "minimum link weight"),
    largestComponent: field(s, "largestComponent", isFlag, ds.largestComponent, "largest component only"),
    excludeTruncated: field(s, "excludeTruncated", isFlag, ds.excludeTruncated, "truncated papers out"),
    years: field(s, "years", (v): v is ViewSettings["years"] => v === null || isYears(v), ds.years, "years"),
    categories: field(s, "categories", isList, ds.categories, "categories"),
    venues: field(s, "venues", isList, ds.venues, "venues"),
    sources: field(s, "sources", isList, ds.sources, "files"),
    scope: field(s, "scope", isScope, ds.scope, "whose network"),
  };
  const isRoster = (v: unknown): v is ViewState["roster"] => isRecord(v) && isText(v.text) && isTexts(v.people) && isFlag(v.highlight);
  const isPath = (v: unknown): v is ViewState["path"] => isRecord(v) && isTextOrNull(v.from) && isTextOrNull(v.to);
  const view: ViewState = {
    settings,
    sizeBy: field(rawView, "sizeBy", isMeasureId, d.view.sizeBy, "size by"),
    colorBy: field(rawView, "colorBy", isColorBy, d.view.colorBy, "colour by"),
    panel: field(rawView, "panel", (v): v is PanelKind => PANELS.includes(v as PanelKind), d.view.panel, "tool"),
    roster: field(rawView, "roster", isRoster, d.view.roster, "roster"),
    path: field(rawView, "path", isPath, d.view.path, "path ends"),
  };
  const item = field(raw.selection, "item", isSelected, d.selection.item, "selection");
  const panelShowsItem = item.kind !== "none" && field(raw.selection, "panelShowsItem", isFlag, true, "selection");
  const isSort = (v: unknown): v is TableView["sort"] => isRecord(v) && isText(v.column) && isFlag(v.descending);
  const table: TableView = { sort: field(raw.table, "sort", isSort, d.table.sort, "table sort"), page: field(raw.table, "page", isPage, d.table.page, "table page") };
  const drafts: PanelDrafts = {
    pickers: field(raw.drafts, "pickers", isTextMap, d.drafts.pickers, "text typed in the path's pickers"),
    facetQueries: field(raw.drafts, "facetQueries", isTextMap, d.drafts.facetQueries, "text typed in the filters' find boxes"),
    roster: field(raw.drafts, "roster", isTextOrNull, d.drafts.roster, "roster typed"),
    rosterOutside: field(raw.drafts, "rosterOutside", isFlag, d.drafts.rosterOutside, "roster's outside collaborators"),
    tableActive: field(raw.drafts, "tableActive", isTextOrNull, d.drafts.tableActive, "table row"),
  };
  const isDate = (v: unknown): v is string => isText(v) && /^\d{4}-\d{2}-\d{2}$/.test(v);
  const referenceDate = field(raw, "referenceDate", isDate, d.referenceDate, "reference date");
  const maxAuthors = field(raw, "maxAuthors", (v): v is number => Number.isInteger(v) && (v as number) >= 0, d.maxAuthors, "most authors for a paper to add links");
  const camera = field(raw, "camera", (v): v is CameraView | null => v === null || isSensibleCamera(v), d.camera, "where the map looked");
  // Without the files it belongs to, a view cannot be told to be of these files: an older record's is taken as theirs.
  const files = field(raw, "files", (v): v is string[] => isTexts(v), [], "which files the view is of");
  return { value: { referenceDate, maxAuthors, view, selection: { item, hovered: null, panelShowsItem }, table, drafts, camera, files }, ignored };
}
