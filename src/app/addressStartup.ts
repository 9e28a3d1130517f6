import { sourceDigest } from "../load/sourceDigest";
import type { SourceInput } from "../parse/index";
import type { Store } from "../state/store";
import type { AppState } from "../state/types";
import { dataFromFragment, fragmentWithoutData, openedFilesWarnings, type NamedFile } from "../state/dataAddress";
import { showFilesPrompt } from "../ui/filesPrompt";
import { readFiles } from "../ui/loadControls";
import type { ExplorerController } from "./controller";
import type { ViewAddress } from "./viewAddress";

export interface AddressStartupOptions {
  store: Store<AppState>;
  controller: ExplorerController;
  viewAddress: ViewAddress;
  notify(message: string): void;
  /** Where the prompt for a link's files is shown: over the map. */
  promptIn: HTMLElement;
  /** Opens what opens when the address names no data (the sample). */
  openDefault(): Promise<void>;
}

/** The address without the link's data: what is shown is no longer what the link carried or named. */
function dropDataFromAddress(): void {
  history.replaceState(history.state, "", `${location.pathname}${location.search}${fragmentWithoutData(location.hash)}`);
}

/**
 * What the address opens at start, before saved work or the sample: the data a link carries in
 * its fragment, or a prompt for the local files it names. False when it names no data, for
 * whatever opens otherwise. Data that cannot be read at all is said, and the sample shown
 * without the link's view, so the sample is never taken for the view the link was made of.
 */
export async function openAddressedData(options: AddressStartupOptions): Promise<boolean> {
  const { data, ignored } = dataFromFragment(location.hash);
  if (data.kind === "none") {
    if (ignored.length > 0) options.notify(`The link's data could not be read, left out: ${ignored.join(", ")}.`);
    return false;
  }
  if (data.kind === "files") {
    promptForFiles(options, data.files, ignored);
    return true;
  }
  // fflate is fetched only for a link that carries data (and for Copy link): most pages open without.
  const { unpackSources } = await import("../load/sourcesInLink");
  const unpacked = unpackSources(data.payload);
  const left = [...ignored, ...unpacked.ignored];
  if (unpacked.sources.length === 0) {
    options.viewAddress.forgetView();
    dropDataFromAddress();
    await options.openDefault();
    options.notify(`The data in this link could not be read (${left.join(", ")}): showing the sample, not the link's view.`);
    return true;
  }
  await options.controller.load(unpacked.sources);
  if (left.length > 0 && options.store.get().data.graph) options.notify(`Part of the link's data could not be read, left out: ${left.join(", ")}.`);
  return true;
}

function promptForFiles(options: AddressStartupOptions, files: readonly NamedFile[], ignored: readonly string[]): void {
  const { store, controller, notify } = options;
  const prompt = showFilesPrompt(options.promptIn, files, {
    async open(chosen) {
      const { sources, failures } = await readFiles(chosen);
      const opened = await Promise.all(sources.map(async (source: SourceInput) => ({ name: source.name, sha256: await sourceDigest(source) })));
      const warnings = [...ignored, ...openedFilesWarnings(files, opened)];
      if (sources.length === 0) return notify(failures.map((f) => `${f.file}: ${f.message}`).join("; ") || "No file opened.");
      await controller.load(sources, { unreadable: failures });
      if (warnings.length > 0 && store.get().data.graph) notify(`${warnings.join("; ")}.`);
    },
    async sample() {
      options.viewAddress.forgetView();
      dropDataFromAddress();
      await options.openDefault();
    },
  });
  // Whatever opens a network (this prompt, the toolbar, a drop) ends the prompt; focus goes to the panel, never to the page.
  const unsubscribe = store.subscribe((state) => {
    if (!state.data.graph) return;
    unsubscribe();
    const hadFocus = options.promptIn.querySelector(".files-prompt")?.contains(document.activeElement) ?? false;
    prompt.close();
    // After the view is restored (in a microtask of the same change), on the panel it opens.
    if (hadFocus) setTimeout(() => document.querySelector<HTMLElement>("#panel h2[tabindex]")?.focus(), 0);
  });
}
