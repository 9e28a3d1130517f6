import sample from "../../data/sample-listing.txt?raw";
import { parseIsoDate, todayIso } from "../parse/dates";
import { createStore } from "../state/store";
import type { AppState } from "../state/types";
import { byId } from "../ui/dom";
import { mountLoadControls } from "../ui/loadControls";
import { mountSearchBox } from "../ui/searchBox";
import { downloadBlob, viewToPng } from "../export/png";
import { ExplorerController } from "./controller";
import { mountPanelView } from "./panelView";
import { mountStatusView } from "./statusView";
import "./styles.css";

// URL parameters: ?reference-date=YYYY-MM-DD fixes dates without a year; ?listing=URL loads that file instead of the sample.
const params = new URLSearchParams(location.search);
const requestedDate = params.get("reference-date");
const referenceDate = requestedDate && parseIsoDate(requestedDate) ? requestedDate : todayIso();

const store = createStore<AppState>({
  sources: [],
  referenceDate,
  papers: new Map(),
  warnings: [],
  loadErrors: [],
  graph: null,
  selection: { kind: "none" },
  hovered: null,
  layout: "idle",
  loading: null,
});

const toast = byId("toast");
let toastTimer: ReturnType<typeof setTimeout> | undefined;
const notify = (message: string) => {
  toast.textContent = message;
  toast.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => (toast.hidden = true), 8000);
};

const controller = new ExplorerController(store, byId("graph"), notify);
mountPanelView(byId("panel"), store, controller);
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
);
mountSearchBox(byId<HTMLInputElement>("search"), byId<HTMLUListElement>("search-results"), () => controller.authorIndex, (key) =>
  controller.select({ kind: "author", key }, { center: true }),
);
mountLoadControls({
  openButton: byId<HTMLButtonElement>("open-files"),
  fileInput: byId<HTMLInputElement>("file-input"),
  dropOverlay: byId("drop-overlay"),
  pasteButton: byId<HTMLButtonElement>("paste-open"),
  pasteDialog: byId<HTMLDialogElement>("paste-dialog"),
  pasteText: byId<HTMLTextAreaElement>("paste-text"),
  pasteForm: byId<HTMLFormElement>("paste-form"),
  onFiles: ({ sources, failures }) => {
    if (sources.length > 0) void controller.load(sources, failures);
    else if (failures.length > 0) notify(failures.map((f) => `${f.file} ${f.message}`).join("; "));
  },
});

byId<HTMLButtonElement>("layout-toggle").addEventListener("click", () => controller.toggleLayout());
byId<HTMLButtonElement>("export-png").addEventListener("click", async () => {
  const sigma = controller.sigma;
  if (!sigma) return;
  try {
    downloadBlob(await viewToPng(sigma), "coauthor-network.png");
  } catch (error) {
    notify(`Export failed: ${(error as Error).message}`);
  }
});

const dateInput = byId<HTMLInputElement>("reference-date");
dateInput.value = referenceDate;
dateInput.addEventListener("change", () => {
  if (parseIsoDate(dateInput.value)) controller.setReferenceDate(dateInput.value);
});
window.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && !(event.target instanceof HTMLInputElement)) controller.select({ kind: "none" });
});

async function start(): Promise<void> {
  const listing = params.get("listing");
  if (!listing) return controller.load([{ name: "sample-listing.txt", text: sample }]);
  try {
    const response = await fetch(listing);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const name = decodeURIComponent(new URL(listing, location.href).pathname.split("/").pop() || "listing");
    await controller.load([{ name, text: await response.text() }]);
  } catch (error) {
    notify(`Could not fetch ${listing}: ${(error as Error).message}. Showing the sample instead.`);
    await controller.load([{ name: "sample-listing.txt", text: sample }]);
  }
}
void start();
