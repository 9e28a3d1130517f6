import { sourceDigest } from "../load/sourceDigest";
import type { SourceInput } from "../parse/index";
import { readSavedDecisions, readSavedFiles, readSavedView, writeSavedDecisions, writeSavedFiles, writeSavedView, type SavedDecisions, type ViewToSave } from "../state/savedWork";
import type { Store } from "../state/store";
import type { AppState } from "../state/types";
import type { ExplorerController, RestoredView } from "./controller";
import { SAMPLE, showsSample } from "./sample";
import type { Keeping } from "./startupChoice";
import type { Notify } from "./toast";
import { storageProblem, type WorkStorage } from "./workStorage";

/** Where an older version kept the identity decisions (localStorage): read once, then dropped for IndexedDB. */
const LEGACY_DECISIONS_KEY = "coauthor-explorer.identity-decisions";

/** How long the view must stay the same before it is written: a dragged slider writes once, not at every step. */
const SAVE_DELAY_MS = 400;

/** The work kept from the last visit, as far as it could be read. */
export interface KeptWork {
  /** The inputs to open again ([SAMPLE] for the sample); null when none were kept or none could be read. */
  sources: SourceInput[] | null;
  referenceDate: string | null;
  maxAuthors: number | null;
  /** The view kept over these very files; null when there is none, or it was of other files. */
  view: RestoredView | null;
  decisions: SavedDecisions;
  /** What could not be read, named, for one message; a storage that cannot be read at all is `problem`. */
  ignored: string[];
  problem: string | null;
}

const legacyDecisions = (legacy: Storage | undefined): string | undefined => {
  try {
    return legacy?.getItem(LEGACY_DECISIONS_KEY) ?? undefined;
  } catch {
    return undefined; // storage refused: nothing kept there either
  }
};

/**
 * Reads the work kept. Never throws: a storage that cannot be opened is a `problem` (the page
 * works without it), a damaged record or file is left out and named, and a file whose bytes no
 * longer match their SHA-256 is not opened.
 */
export async function readKeptWork(storage: WorkStorage, defaults: ViewToSave, legacy: Storage | undefined = globalThis.localStorage): Promise<KeptWork> {
  const kept: KeptWork = { sources: null, referenceDate: null, maxAuthors: null, view: null, decisions: readSavedDecisions(undefined).value, ignored: [], problem: null };
  let raw: Record<string, unknown>;
  try {
    raw = await storage.readAll();
  } catch (error) {
    kept.problem = storageProblem(error).message;
    kept.decisions = readSavedDecisions(legacyDecisions(legacy)).value;
    return kept;
  }
  const decisions = readSavedDecisions(raw.decisions ?? legacyDecisions(legacy));
  kept.decisions = decisions.value;
  kept.ignored.push(...decisions.ignored);

  const files = readSavedFiles(raw.files);
  kept.ignored.push(...files.ignored);
  if (!files.value) return kept;
  const sources: SourceInput[] = [];
  for (const file of files.value.files) {
    const source: SourceInput = "bytes" in file ? { name: file.name, bytes: file.bytes } : { name: file.name, text: file.text };
    if ((await sourceDigest(source)) === file.sha256) sources.push(source);
    else kept.ignored.push(`${file.name} (damaged: its content is not what was kept)`);
  }
  kept.sources = files.value.sample ? [SAMPLE] : sources.length > 0 ? sources : null;
  if (!kept.sources) return kept;

  const view = readSavedView(raw.view, defaults);
  kept.ignored.push(...view.ignored);
  const keptDigests = files.value.files.map((f) => f.sha256);
  const sameFiles = view.value !== null && (view.value.files.length === 0 || (view.value.files.length === keptDigests.length && view.value.files.every((d, i) => d === keptDigests[i])));
  if (view.value && sameFiles) {
    const { referenceDate, maxAuthors, view: viewState, selection, table, drafts, camera } = view.value;
    kept.referenceDate = referenceDate;
    kept.maxAuthors = maxAuthors;
    kept.view = { view: viewState, selection, table, drafts, camera };
  }
  return kept;
}

export interface SavedWorkOptions {
  keeping: Keeping;
  notify: Notify;
  /** Why the storage could not be read at start, if it could not: said in the Settings instead of what is kept. */
  problem?: string | null;
  /** What the Settings say of the work kept, told again at each change. */
  onStatus(text: string): void;
  /** The legacy store to drop the older version's decisions from, once they are kept here. */
  legacy?: Storage | undefined;
}

export interface SavedWork {
  /** The user opened or added files of their own: from now on they are kept, even on a page opened on an address's data. */
  ownFilesOpened(): void;
  /** Empties the work kept and opens the sample with a new visit's view. */
  startAfresh(fresh: Parameters<ExplorerController["startAfresh"]>[1]): Promise<void>;
}

const STATUS: Record<Keeping, string> = {
  all: "Your files, identity decisions and view are kept in this browser, and come back after a reload or a restart.",
  decisions:
    "This page shows data from its address: the work kept in this browser is set aside, untouched, and only identity decisions are kept. Open files of your own to keep them.",
  none: "Nothing is kept from this page: it carries its own data.",
};

/**
 * Keeps the work in progress as the user works, reading the store only: the files once per load,
 * the identity decisions when taken, the view a moment after each change and at once when the
 * page is hidden (a reload, a closed tab). Writes go one after another, so a view is never
 * written before the files it is of. A write that fails says why once, and the page goes on.
 */
export function mountSavedWork(store: Store<AppState>, controller: ExplorerController, storage: WorkStorage, options: SavedWorkOptions): SavedWork {
  let keeping = options.keeping;
  let queue: Promise<void> = Promise.resolve();
  let savedSources: readonly SourceInput[] | null = null;
  let digests: string[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let told: string | null = options.problem ?? null;
  const legacy = options.legacy ?? globalThis.localStorage;

  const status = () => options.onStatus(told ?? STATUS[keeping]);
  const enqueue = (task: () => Promise<void>) => {
    queue = queue.then(task).then(
      () => {
        if (told === null) return;
        told = null;
        status();
      },
      (error: unknown) => {
        const { message } = storageProblem(error);
        if (told !== message) options.notify(message);
        told = message;
        status();
      },
    );
  };
  const viewToSave = (state: AppState): ViewToSave => ({
    referenceDate: state.data.referenceDate,
    maxAuthors: state.data.maxAuthors,
    view: state.view,
    selection: state.selection,
    table: state.table,
    drafts: state.drafts,
    camera: state.camera,
  });
  const writeView = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (keeping !== "all" || !store.get().data.graph) return;
    enqueue(() => storage.write("view", writeSavedView(viewToSave(store.get()), digests)));
  };
  const writeFiles = (sources: readonly SourceInput[]) => {
    savedSources = sources;
    const sample = showsSample(sources);
    enqueue(async () => {
      digests = sample ? [] : await Promise.all(sources.map(sourceDigest));
      await storage.write("files", writeSavedFiles(sources, digests, sample));
    });
    writeView();
  };
  const sameInputs = (a: readonly SourceInput[], b: readonly SourceInput[] | null) => b !== null && a.length === b.length && a.every((s, i) => s === b[i]);

  store.subscribe((state, previous) => {
    if (keeping === "none") return;
    const { data } = state;
    if (data.decisions !== previous.data.decisions || data.decisionHistory !== previous.data.decisionHistory) {
      enqueue(async () => {
        await storage.write("decisions", writeSavedDecisions(data.decisions, data.decisionHistory));
        try {
          legacy?.removeItem(LEGACY_DECISIONS_KEY);
        } catch {
          // refused: it is read only when IndexedDB has no decisions
        }
      });
    }
    if (keeping !== "all" || !data.graph) return;
    // A rebuild (decisions, reference date) reads the same inputs again: their bytes are not written again.
    if (data.graph !== previous.data.graph && !sameInputs(data.sources, savedSources)) return writeFiles(data.sources);
    const viewChanged =
      state.view !== previous.view ||
      state.selection.item !== previous.selection.item ||
      state.selection.panelShowsItem !== previous.selection.panelShowsItem ||
      state.table !== previous.table ||
      state.drafts !== previous.drafts ||
      state.camera !== previous.camera ||
      data.referenceDate !== previous.data.referenceDate ||
      data.maxAuthors !== previous.data.maxAuthors;
    if (viewChanged) {
      if (timer) clearTimeout(timer);
      timer = setTimeout(writeView, SAVE_DELAY_MS);
    }
  });
  // A reload or a closed tab: what waits is written now.
  const flush = () => {
    if (timer) writeView();
  };
  window.addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") flush();
  });
  status();

  return {
    ownFilesOpened() {
      if (keeping !== "decisions") return;
      keeping = "all";
      savedSources = null;
      status();
    },
    async startAfresh(fresh) {
      if (timer) clearTimeout(timer);
      timer = null;
      if (keeping !== "none") {
        enqueue(() => storage.clear());
        try {
          legacy?.removeItem(LEGACY_DECISIONS_KEY);
        } catch {
          // refused: nothing was kept there
        }
        keeping = "all";
        savedSources = null;
        status();
      }
      await queue;
      await controller.startAfresh([SAMPLE], fresh);
    },
  };
}
