import type { SourceInput } from "../parse/index";

/** Failing to read a file is reported by name, not thrown: the other files still load. */
export interface ReadResult {
  sources: SourceInput[];
  failures: { file: string; message: string }[];
}

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

/** File picker, drag and drop anywhere on the page, and the paste dialog: three ways to the same load. */
export function mountLoadControls(options: {
  openButton: HTMLButtonElement;
  fileInput: HTMLInputElement;
  dropOverlay: HTMLElement;
  pasteButton: HTMLButtonElement;
  pasteDialog: HTMLDialogElement;
  pasteText: HTMLTextAreaElement;
  pasteForm: HTMLFormElement;
  onFiles: (read: ReadResult) => void;
}): void {
  const { openButton, fileInput, dropOverlay, pasteButton, pasteDialog, pasteText, pasteForm, onFiles } = options;

  openButton.addEventListener("click", () => fileInput.click());
  fileInput.addEventListener("change", async () => {
    if (fileInput.files && fileInput.files.length > 0) onFiles(await readFiles(fileInput.files));
    fileInput.value = "";
  });

  // dragenter/dragleave fire for every child crossed; a counter tells when the pointer really left.
  let depth = 0;
  const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;
  window.addEventListener("dragenter", (event) => {
    if (!hasFiles(event)) return;
    depth++;
    dropOverlay.hidden = false;
  });
  window.addEventListener("dragleave", () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) dropOverlay.hidden = true;
  });
  window.addEventListener("dragover", (event) => {
    if (hasFiles(event)) event.preventDefault();
  });
  window.addEventListener("drop", async (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth = 0;
    dropOverlay.hidden = true;
    const files = event.dataTransfer?.files;
    if (files && files.length > 0) onFiles(await readFiles(files));
  });

  pasteButton.addEventListener("click", () => {
    pasteDialog.showModal();
    pasteText.focus();
  });
  pasteForm.addEventListener("submit", (event) => {
    const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.value !== "load") return; // Cancel just closes the dialog
    const text = pasteText.value;
    if (text.trim().length === 0) {
      event.preventDefault();
      pasteText.focus();
      return;
    }
    onFiles({ sources: [{ name: "pasted text", text }], failures: [] });
    pasteText.value = "";
  });
}
