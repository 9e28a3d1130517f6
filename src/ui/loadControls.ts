import type { SourceInput } from "../parse/index";

/** Failing to read a file is reported by name, not thrown: the other files still load. */
export interface ReadResult {
  sources: SourceInput[];
  failures: { file: string; message: string }[];
}

export type LoadMode = "replace" | "add";

/** The files' bytes; decoding and everything after happen in the load worker. */
export async function readFiles(files: Iterable<File>): Promise<ReadResult> {
  const result: ReadResult = { sources: [], failures: [] };
  for (const file of files) {
    try {
      result.sources.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    } catch (error) {
      result.failures.push({ file: file.name, message: `could not be read (${error instanceof Error ? error.message : String(error)})` });
    }
  }
  return result;
}

function inside(element: HTMLElement, x: number, y: number): boolean {
  const box = element.getBoundingClientRect();
  return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
}

/**
 * Open (replaces the network), Add (reads new files with the loaded ones), drag and drop
 * anywhere on the page, and the paste dialog. A drop replaces, unless it lands on the overlay's
 * "Add" zone or Shift is held.
 */
export function mountLoadControls(options: {
  openButton: HTMLButtonElement;
  addButton: HTMLButtonElement;
  fileInput: HTMLInputElement;
  dropOverlay: HTMLElement;
  dropAddZone: HTMLElement;
  pasteButton: HTMLButtonElement;
  pasteDialog: HTMLDialogElement;
  pasteText: HTMLTextAreaElement;
  pasteForm: HTMLFormElement;
  hasNetwork: () => boolean;
  onFiles: (read: ReadResult, mode: LoadMode) => void;
}): { openFiles(returnFocus: HTMLElement): void } {
  const { openButton, addButton, fileInput, dropOverlay, dropAddZone, pasteButton, pasteDialog, pasteText, pasteForm, hasNetwork, onFiles } = options;

  let pickMode: LoadMode = "replace";
  let returnFocus: HTMLElement = openButton;
  const pick = (mode: LoadMode, button: HTMLElement) => {
    pickMode = mode;
    returnFocus = button;
    fileInput.click();
  };
  openButton.addEventListener("click", () => pick("replace", openButton));
  addButton.addEventListener("click", () => pick("add", addButton));
  fileInput.addEventListener("change", async () => {
    if (fileInput.files && fileInput.files.length > 0) onFiles(await readFiles(fileInput.files), pickMode);
    fileInput.value = "";
    (returnFocus.isConnected ? returnFocus : openButton).focus();
  });

  // dragenter/dragleave fire for every child crossed; a counter tells when the pointer really left.
  let depth = 0;
  const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;
  window.addEventListener("dragenter", (event) => {
    if (!hasFiles(event)) return;
    depth++;
    dropAddZone.hidden = !hasNetwork();
    dropOverlay.hidden = false;
  });
  window.addEventListener("dragleave", () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) dropOverlay.hidden = true;
  });
  window.addEventListener("dragover", (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    dropAddZone.classList.toggle("active", !dropAddZone.hidden && (event.shiftKey || inside(dropAddZone, event.clientX, event.clientY)));
  });
  window.addEventListener("drop", async (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    const add = !dropAddZone.hidden && (event.shiftKey || inside(dropAddZone, event.clientX, event.clientY));
    depth = 0;
    dropOverlay.hidden = true;
    const files = event.dataTransfer?.files;
    if (files && files.length > 0) onFiles(await readFiles(files), add && hasNetwork() ? "add" : "replace");
  });

  pasteButton.addEventListener("click", () => {
    pasteDialog.showModal();
    pasteText.focus();
  });
  pasteDialog.addEventListener("close", () => pasteButton.focus());
  pasteForm.addEventListener("submit", (event) => {
    const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.value !== "load" && submitter?.value !== "add") return; // Cancel just closes the dialog
    const text = pasteText.value;
    if (text.trim().length === 0) {
      event.preventDefault();
      pasteText.focus();
      return;
    }
    onFiles({ sources: [{ name: "pasted text", text }], failures: [] }, submitter.value === "add" && hasNetwork() ? "add" : "replace");
    pasteText.value = "";
  });
  // What Open files… does, for a control elsewhere (the overview's): focus comes back to that control.
  return { openFiles: (returnTo) => pick("replace", returnTo) };
}
