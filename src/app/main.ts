import { shownSource, wholeSource } from "../export/dataSource";
import { DEFAULT_MAX_AUTHORS } from "../graph/build";
import { DEFAULT_SORT } from "../panels/tableSort";
import { parseIsoDate, todayIso } from "../parse/dates";
import { NETWORK_EXTENSIONS } from "../network/extensions";
import { knownExtensions } from "../parse/formats/registry";
import { DEFAULT_VIEW_STATE, NO_DRAFTS, NO_SELECTION, VIEW_HISTORY_START } from "../state/initialState";
import { createStore } from "../state/store";
import type { AppState } from "../state/types";
import { byId } from "../ui/dom";
import { mountExportDialog } from "../ui/exportDialog";
import { mountLoadControls } from "../ui/loadControls";
import { mountNarrowScreen } from "../ui/narrowScreen";
import { mountNodeTooltip } from "../ui/nodeTooltip";
import { mountSearchBox } from "../ui/searchBox";
import { ExplorerController } from "./controller";
import { figureExporter } from "./figureExport";
import { mountPanelView } from "./panelView";
import { SAMPLE } from "./sample";
import { mountSavedWork, readKeptWork, type SavedWork } from "./savedWork";
import { startupChoice } from "./startupChoice";
import { indexedDbWorkStorage } from "./workStorage";
import { mountStartAfreshDialog } from "../ui/startAfreshDialog";
import { fetchStartupFile } from "./startupFile";
import { savePageHtml } from "./savePage";
import { openSavedPage, unreadableSavedPage, type OpenedSavedPage } from "./savedPageStart";
import { mountStatusView } from "./statusView";
import { mountToast } from "./toast";
import { openAddressedData } from "./addressStartup";
import { isEmbedded, mountEmbedView } from "./embedView";
import { mountViewAddress } from "./viewAddress";
import { viewLink } from "./viewLink";
import { mountViewHistory } from "./viewHistory";
import { mountEgoBanner } from "../ui/egoBanner";
import "./styles.css";

// A page saved as HTML opens with the data and view it carries, first, and keeps nothing in this browser.
const opened = openSavedPage();
const saved = opened && "page" in opened ? opened.page : null;
// URL parameters: ?reference-date=YYYY-MM-DD fixes dates without a year; ?listing=URL loads that file instead of the sample.
const params = new URLSearchParams(location.search);
const requestedDate = params.get("reference-date");
const referenceDate = saved?.referenceDate ?? (requestedDate && parseIsoDate(requestedDate) ? requestedDate : todayIso());

const store = createStore<AppState>({
  data: {
    sources: [],
    referenceDate,
    maxAuthors: saved?.maxAuthors ?? DEFAULT_MAX_AUTHORS,
    // The work kept in this browser brings its own decisions (start); a saved page, those it carries.
    decisions: saved?.decisions ?? [],
    decisionHistory: [],
    papers: new Map(),
    report: { warnings: [], errors: [], files: [], duplicates: 0, identity: { namesMerged: 0, unapplied: [] }, candidates: [], candidatesFound: 0 },
    graph: null,
  },
  view: DEFAULT_VIEW_STATE,
  selection: NO_SELECTION,
  table: { sort: DEFAULT_SORT, page: null },
  drafts: NO_DRAFTS,
  viewHistory: VIEW_HISTORY_START,
  analysis: null,
  layout: "idle",
  loading: null,
  camera: null,
});

const notify = mountToast(byId("toast"), byId("toast-text"), byId<HTMLButtonElement>("toast-action"), byId<HTMLButtonElement>("toast-dismiss"));
// The fitted frame keeps clear of the status line, and of the embed toolbar when there is one.
const controller = new ExplorerController(store, byId("graph"), notify, () => [byId("status"), ...document.querySelectorAll<HTMLElement>(".embed-toolbar")]);
// The overview's "Open files…" is the toolbar's, made below.
mountPanelView(byId("panel"), byId("announcer"), store, controller, notify, { openFiles: (returnFocus) => loadControls.openFiles(returnFocus) });
mountViewHistory(store, controller);
const viewAddress = mountViewAddress(store, controller, notify);
if (isEmbedded(location.search)) mountEmbedView(document.querySelector("main")!, store, controller);
mountNodeTooltip(document.querySelector("main")!, store, {
  sigma: () => controller.sigma,
  visuals: () => (store.get().data.graph ? controller.derived.visuals : null),
  view: () => (store.get().data.graph ? controller.derived.view : null),
});
mountNarrowScreen({
  topbar: document.querySelector<HTMLElement>(".topbar")!,
  menuToggle: byId<HTMLButtonElement>("menu-toggle"),
  sheet: byId("sheet"),
  sheetToggle: byId<HTMLButtonElement>("sheet-toggle"),
});
mountEgoBanner(document.querySelector("main")!, store, controller);
mountStatusView(
  {
    status: byId("status"),
    layoutButton: byId<HTMLButtonElement>("layout-toggle"),
    progress: byId("progress"),
    progressLabel: byId("progress-label"),
    progressBar: byId<HTMLProgressElement>("progress-bar"),
    cancelButton: byId<HTMLButtonElement>("progress-cancel"),
  },
  store,
  () => (store.get().data.graph ? controller.derived.view : null),
);
mountSearchBox(byId<HTMLInputElement>("search"), byId<HTMLUListElement>("search-results"), store, () => (store.get().data.graph ? controller.derived.searchIndex : []), (key) =>
  controller.select({ kind: "author", key }, { center: true }),
);
const fileInput = byId<HTMLInputElement>("file-input");
fileInput.accept = [...knownExtensions(), ...NETWORK_EXTENSIONS, "text/plain", "application/json", "text/csv", "application/xml", "text/xml"].join(",");
const loadControls = mountLoadControls({
  openButton: byId<HTMLButtonElement>("open-files"),
  addButton: byId<HTMLButtonElement>("add-files"),
  fileInput,
  dropOverlay: byId("drop-overlay"),
  dropAddZone: byId("drop-add"),
  pasteButton: byId<HTMLButtonElement>("paste-open"),
  pasteDialog: byId<HTMLDialogElement>("paste-dialog"),
  pasteText: byId<HTMLTextAreaElement>("paste-text"),
  pasteForm: byId<HTMLFormElement>("paste-form"),
  hasNetwork: () => store.get().data.graph !== null,
  onFiles: ({ sources, failures }, mode) => {
    if (sources.length > 0) {
      savedWork?.ownFilesOpened();
      void controller.load(sources, { mode, unreadable: failures });
    } else if (failures.length > 0) notify(failures.map((f) => `${f.file}: ${f.message}`).join("; "));
  },
});

byId<HTMLButtonElement>("layout-toggle").addEventListener("click", () => controller.toggleLayout());
mountExportDialog({
  button: byId<HTMLButtonElement>("export"),
  figure: figureExporter(store, controller),
  page: () => savePageHtml(store.get()),
  counts: () => {
    const graph = store.get().data.graph;
    return graph ? { shown: controller.derived.view.authors.size, whole: graph.order } : null;
  },
  source: (scope) => {
    const { data, view } = store.get();
    if (!data.graph) return null;
    if (scope === "whole") return wholeSource(data.graph, data.papers, { sizeBy: view.sizeBy, colorBy: view.colorBy }, controller.derived.groupColors);
    return shownSource(data.graph, controller.derived.view, controller.derived.visuals, data.papers);
  },
  notify,
  viewLink: () => viewLink(store.get().data.sources),
});

const dateInput = byId<HTMLInputElement>("reference-date");
dateInput.value = referenceDate;
dateInput.addEventListener("change", () => {
  if (parseIsoDate(dateInput.value)) controller.setReferenceDate(dateInput.value);
});
const maxAuthorsInput = byId<HTMLInputElement>("max-authors");
maxAuthorsInput.value = String(store.get().data.maxAuthors);
// Saved work and Start afresh set them too.
store.subscribe(({ data }, { data: before }) => {
  if (data.referenceDate !== before.referenceDate) dateInput.value = data.referenceDate;
  if (data.maxAuthors !== before.maxAuthors) maxAuthorsInput.value = String(data.maxAuthors);
});
maxAuthorsInput.addEventListener("change", () => {
  const value = Number(maxAuthorsInput.value);
  if (Number.isInteger(value) && value >= 0) controller.setMaxAuthors(value);
  else maxAuthorsInput.value = String(store.get().data.maxAuthors);
});
window.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && !(event.target instanceof HTMLInputElement)) controller.select({ kind: "none" });
});

const storage = indexedDbWorkStorage();
let savedWork: SavedWork | null = null;
mountStartAfreshDialog(
  { button: byId<HTMLButtonElement>("start-afresh"), dialog: byId<HTMLDialogElement>("afresh-dialog"), form: byId<HTMLFormElement>("afresh-form") },
  () => {
    // The sample with a new visit's view: data the address brought (a listing, a link's data) goes with the rest.
    const kept = new URLSearchParams();
    if (requestedDate) kept.set("reference-date", requestedDate);
    const query = kept.toString();
    history.replaceState(history.state, "", `${location.pathname}${query ? `?${query}` : ""}`);
    void savedWork?.startAfresh({ referenceDate, maxAuthors: DEFAULT_MAX_AUTHORS, table: { sort: DEFAULT_SORT, page: null } });
  },
);

/**
 * What the page opens on (see startupChoice): data the address brings, else the work kept from
 * the last visit (its files, decisions and view, the address's view parameters over it), else
 * the sample. A storage that cannot be read is said once the network is shown, and the page
 * goes on without keeping anything.
 */
async function start(): Promise<void> {
  // A page written by Save as HTML carries its data: it reads and keeps nothing in this browser.
  const embedded = opened !== null;
  const protocol = location.protocol;
  const readable = !embedded && protocol !== "file:";
  const { data, view, selection, table, drafts } = store.get();
  const kept = readable ? await readKeptWork(storage, { referenceDate: data.referenceDate, maxAuthors: data.maxAuthors, view, selection, table, drafts, camera: null }) : null;
  const choice = startupChoice({ search: location.search, hash: location.hash, protocol, embedded, savedFiles: kept?.sources != null });
  if (opened) return startSavedPage(opened);
  const restoring = choice.data.kind === "saved" && kept !== null;
  if (kept) {
    store.set({
      data: {
        ...store.get().data,
        decisions: kept.decisions.decisions,
        decisionHistory: kept.decisions.history,
        // The address's reference date wins over the one kept.
        ...(restoring && !requestedDate && kept.referenceDate ? { referenceDate: kept.referenceDate } : {}),
        ...(restoring && kept.maxAuthors !== null ? { maxAuthors: kept.maxAuthors } : {}),
      },
    });
  }
  const problem = kept?.problem ?? null;
  const status = byId("saved-work-status");
  savedWork = mountSavedWork(store, controller, storage, { keeping: problem ? "none" : choice.keeping, notify, problem, onStatus: (text) => (status.textContent = text) });
  if (restoring && kept.sources) await controller.load(kept.sources, { restore: kept.view ?? undefined });
  // Files kept that no longer read (nothing loaded, said by the load) leave the sample, not an empty page.
  if (!store.get().data.graph) await openAddressOrSample();
  const ignored = kept?.ignored ?? [];
  if (problem) notify(problem);
  else if (ignored.length > 0) notify(`Some of the work kept in this browser could not be read, left out: ${ignored.join(", ")}.`);
}

/** What the address opens: the data a link carries or names first, else a ?listing= file, else the sample. */
async function openAddressOrSample(): Promise<void> {
  const promptIn = document.querySelector("main")!;
  if (await openAddressedData({ store, controller, viewAddress, notify, promptIn, openDefault: () => controller.load([SAMPLE]) })) return;
  const listing = params.get("listing");
  if (!listing) return controller.load([SAMPLE]);
  try {
    await controller.load([await fetchStartupFile(listing)]);
  } catch (error) {
    await controller.load([SAMPLE]);
    notify(`Could not fetch ${listing}: ${(error as Error).message}. Showing the sample instead.`);
  }
}

/** A page saved as HTML starts from the data it carries, or, when that cannot be read, from the sample with a word why. */
async function startSavedPage(page: OpenedSavedPage): Promise<void> {
  if ("error" in page) {
    await controller.load([SAMPLE]);
    return notify(unreadableSavedPage(page.error));
  }
  await controller.load(page.page.sources);
  if (page.problems.length > 0) notify(`Identity decisions saved with this page were left out: ${page.problems.join("; ")}.`);
}
void start();
