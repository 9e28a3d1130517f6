import { DATA_FORMATS, dataBlob, type DataSource } from "../export/dataFormats";
import { downloadBlob } from "../export/png";
import { plural } from "../text/plural";
import { h } from "./dom";

export type ExportScope = "shown" | "whole";

export interface ExportOptions {
  button: HTMLButtonElement;
  /** The map as a PNG image, as the screen shows it. */
  png(): Promise<Blob>;
  /** The network to write, or null when none is loaded. */
  source(scope: ExportScope): DataSource | null;
  /** Authors on the map and in the whole network, for the choice between them. */
  counts(): { shown: number; whole: number } | null;
  notify(message: string): void;
}

const PNG = { id: "png", label: "PNG image", note: "the map as you see it, at twice the screen's pixels", fileName: "coauthor-network.png" };

/**
 * *Export…*: one dialog for what leaves the explorer. The map as an image, or the network, what
 * the map shows or all of it, as a file other tools read (the writers of coauthor graph --to).
 * Closing it, by Export, Cancel or Escape, gives focus back to the button that opened it.
 */
export function mountExportDialog(options: ExportOptions): HTMLDialogElement {
  const choice = (name: string, value: string, checked: boolean, label: HTMLElement | string, note = "") =>
    h(
      "label",
      { class: "choice" },
      h("input", { attrs: { type: "radio", name, value, ...(checked ? { checked: "" } : {}) } }),
      h("span", {}, typeof label === "string" ? h("span", { text: label }) : label, note ? h("span", { class: "muted", text: ` ${note}` }) : null),
    );
  const shownLabel = h("span", { text: "What the map shows" });
  const wholeLabel = h("span", { text: "The whole network" });
  const scope = h("fieldset", {}, h("legend", { text: "Authors" }), choice("export-scope", "shown", true, shownLabel), choice("export-scope", "whole", false, wholeLabel));
  const form = h(
    "form",
    { attrs: { method: "dialog" } },
    h("h2", { text: "Export", attrs: { id: "export-title" } }),
    h("fieldset", {}, h("legend", { text: "Format" }), choice("export-format", PNG.id, true, PNG.label, PNG.note), DATA_FORMATS.map((format) => choice("export-format", format.id, false, format.label, format.note))),
    scope,
    h("div", { class: "dialog-actions" }, h("button", { text: "Cancel", attrs: { type: "submit", value: "cancel" } }), h("button", { class: "primary", text: "Export", attrs: { type: "submit", value: "export" } })),
  );
  const dialog = h("dialog", { class: "export", attrs: { "aria-labelledby": "export-title" } }, form);
  document.body.append(dialog);
  const chosenFormat = () => new FormData(form).get("export-format");
  // An image is of the view on screen: which authors is for the data files.
  const followFormat = () => scope.toggleAttribute("disabled", chosenFormat() === PNG.id);
  form.addEventListener("change", followFormat);

  options.button.addEventListener("click", () => {
    const counts = options.counts();
    if (!counts) return options.notify("No network to export yet: open a file first.");
    shownLabel.textContent = `What the map shows (${plural(counts.shown, "author")})`;
    wholeLabel.textContent = `The whole network (${plural(counts.whole, "author")})`;
    followFormat();
    dialog.showModal();
    form.querySelector<HTMLInputElement>("input[name=export-format]:checked")?.focus();
  });
  dialog.addEventListener("close", () => options.button.focus());
  form.addEventListener("submit", async (event) => {
    const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.value !== "export") return;
    const id = chosenFormat();
    try {
      if (id === PNG.id) return downloadBlob(await options.png(), PNG.fileName);
      const format = DATA_FORMATS.find((f) => f.id === id);
      const source = options.source(new FormData(form).get("export-scope") === "whole" ? "whole" : "shown");
      if (format && source) downloadBlob(await dataBlob(format, source), format.fileName);
    } catch (error) {
      options.notify(`Export failed: ${(error as Error).message}`);
    }
  });
  return dialog;
}
