import { DATA_FORMATS, dataBlob, type DataSource } from "../export/dataFormats";
import { FIGURE_FORMATS, MAX_PNG_SIDE, type FigureChoice, type FigureFormat } from "../export/figure/choice";
import { downloadBlob } from "../export/download";
import { plural } from "../text/plural";
import { h } from "./dom";
import { viewLinkSection, type MakeViewLink } from "./viewLinkSection";

export type ExportScope = "shown" | "whole";

/** The figures the dialog writes and previews (app/figureExport.ts). */
export interface FigureSource {
  /** What the figure shows, in a sentence to edit: the caption's text. */
  caption(): string;
  /** A small drawing of the figure, `width` pixels wide, with the pixels a PNG of it would have. */
  preview(choice: FigureChoice, width: number): { canvas: HTMLCanvasElement; pixels: { width: number; height: number }; pdfCannotShow: string[] };
  write(choice: FigureChoice): Promise<{ blob: Blob; fileName: string; recipe: { blob: Blob; fileName: string } }>;
}

export interface ExportOptions {
  button: HTMLButtonElement;
  figure: FigureSource;
  /** The explorer as one HTML file with the data and the view in it (Save as HTML). */
  page(): Promise<Blob>;
  /** The network to write, or null when none is loaded. */
  source(scope: ExportScope): DataSource | null;
  /** Authors on the map and in the whole network, for the choice between them. */
  counts(): { shown: number; whole: number } | null;
  notify(message: string): void;
  /** The link to the view on screen, for *Copy link to this view*. */
  viewLink?: MakeViewLink;
}

const FIGURES: Record<FigureFormat, { label: string; note: string }> = {
  png: { label: "PNG image", note: "slides, the web" },
  svg: { label: "SVG drawing", note: "Inkscape, Illustrator, browsers: every disc and name editable" },
  pdf: { label: "PDF document", note: "print, LaTeX" },
};
const PREVIEW_WIDTH = 280;
const PAGE = {
  id: "html",
  label: "Save as HTML",
  note: "this explorer with the data and the view, one file that works offline",
  fileName: "coauthor-network.html",
};

/**
 * *Export…*: one dialog for what leaves the explorer. A figure (PNG, SVG or PDF) of the whole
 * network or of the view on screen, at a size, with a title, legends and a caption, previewed
 * as it will be written; or the network, what the map shows or all of it, as a file other tools
 * read (the writers of coauthor graph --to). Closing it, by Export, Cancel or Escape, gives
 * focus back to the button that opened it.
 */
export function mountExportDialog(options: ExportOptions): HTMLDialogElement {
  const choice = (name: string, value: string, checked: boolean, label: HTMLElement | string, note = "") =>
    h(
      "label",
      { class: "choice" },
      h("input", { attrs: { type: name.endsWith("[]") ? "checkbox" : "radio", name, value, ...(checked ? { checked: "" } : {}) } }),
      h("span", {}, typeof label === "string" ? h("span", { text: label }) : label, note ? h("span", { class: "muted", text: ` ${note}` }) : null),
    );
  const check = (name: string, label: string, checked = true) =>
    h("label", { class: "choice" }, h("input", { attrs: { type: "checkbox", name, ...(checked ? { checked: "" } : {}) } }), h("span", { text: label }));
  const shownLabel = h("span", { text: "What the map shows" });
  const wholeLabel = h("span", { text: "The whole network" });
  const scope = h("fieldset", {}, h("legend", { text: "Authors" }), choice("export-scope", "shown", true, shownLabel), choice("export-scope", "whole", false, wholeLabel));

  const scale = h("select", { attrs: { name: "figure-scale", "aria-label": "Scale" } }, [1, 2, 3, 4].map((n) => h("option", { text: `${n}×`, attrs: { value: String(n), ...(n === 2 ? { selected: "" } : {}) } })));
  const pixels = h("input", { attrs: { type: "number", name: "figure-pixels", min: "16", max: String(MAX_PNG_SIDE), step: "1", value: "4096", "aria-label": "Pixels on the longer side" } });
  const size = h(
    "fieldset",
    { class: "figure-size" },
    h("legend", { text: "Size of the PNG" }),
    h("div", { class: "inline-choice" }, choice("figure-size-by", "scale", true, "By scale"), scale),
    h("div", { class: "inline-choice" }, choice("figure-size-by", "pixels", false, `Pixels on the longer side (at most ${MAX_PNG_SIDE.toLocaleString("en")})`), pixels),
  );
  const title = h("input", { attrs: { type: "text", name: "figure-title", id: "figure-title", autocomplete: "off" } });
  const caption = h("textarea", { attrs: { name: "figure-caption-text", rows: "3", "aria-label": "Caption text" } });
  const previewImage = h("img", { attrs: { alt: "Preview of the figure", width: String(PREVIEW_WIDTH) } });
  const previewNote = h("figcaption", { class: "muted", attrs: { "aria-live": "polite" } });
  const figure = h(
    "div",
    { class: "figure-options" },
    h(
      "div",
      {},
      h(
        "fieldset",
        {},
        h("legend", { text: "Frame" }),
        choice("figure-frame", "view", true, "The current view", "as zoomed and panned on screen"),
        choice("figure-frame", "whole", false, "The whole network", "fitted to the map"),
      ),
      size,
      h("fieldset", {}, h("legend", { text: "Background" }), choice("figure-background", "white", true, "White"), choice("figure-background", "transparent", false, "Transparent")),
      h(
        "fieldset",
        {},
        h("legend", { text: "Around the map" }),
        h("label", { class: "field", attrs: { for: "figure-title" } }, h("span", { text: "Title (optional)" })),
        title,
        check("figure-color-legend", "Colour legend"),
        check("figure-size-legend", "Size legend"),
        check("figure-caption", "Caption"),
        caption,
        check("figure-recipe", "Also save the recipe as JSON (the files, view and version that make this figure again)", false),
      ),
    ),
    h("figure", { class: "figure-preview" }, previewImage, previewNote),
  );
  const form = h(
    "form",
    { attrs: { method: "dialog" } },
    h("h2", { text: "Export", attrs: { id: "export-title" } }),
    h(
      "fieldset",
      {},
      h("legend", { text: "Format" }),
      FIGURE_FORMATS.map((id) => choice("export-format", id, id === "png", FIGURES[id].label, FIGURES[id].note)),
      choice("export-format", PAGE.id, false, PAGE.label, PAGE.note),
      DATA_FORMATS.map((format) => choice("export-format", format.id, false, format.label, format.note)),
    ),
    figure,
    scope,
    options.viewLink && viewLinkSection(options.viewLink),
    h("div", { class: "dialog-actions" }, h("button", { text: "Cancel", attrs: { type: "submit", value: "cancel" } }), h("button", { class: "primary", text: "Export", attrs: { type: "submit", value: "export" } })),
  );
  const dialog = h("dialog", { class: "export", attrs: { "aria-labelledby": "export-title" } }, form);
  document.body.append(dialog);

  const value = (name: string) => new FormData(form).get(name);
  const checked = (name: string) => form.querySelector<HTMLInputElement>(`input[name=${name}]`)!.checked;
  const chosenFigure = (): FigureFormat | null => (FIGURE_FORMATS as readonly unknown[]).includes(value("export-format")) ? (value("export-format") as FigureFormat) : null;
  const figureChoice = (format: FigureFormat): FigureChoice => ({
    format,
    frame: value("figure-frame") === "whole" ? "whole" : "view",
    size: value("figure-size-by") === "pixels" ? { by: "pixels", pixels: Math.min(MAX_PNG_SIDE, Math.max(16, Number(pixels.value) || 16)) } : { by: "scale", scale: Number(scale.value) },
    decorations: {
      title: title.value,
      colorLegend: checked("figure-color-legend"),
      sizeLegend: checked("figure-size-legend"),
      caption: checked("figure-caption") ? caption.value : "",
      background: value("figure-background") === "transparent" ? "transparent" : "white",
    },
    recipe: checked("figure-recipe"),
  });

  let previewUrl = "";
  const showPreview = () => {
    const format = chosenFigure();
    if (!format || !dialog.open) return;
    try {
      const { canvas, pixels: out, pdfCannotShow } = options.figure.preview(figureChoice(format), PREVIEW_WIDTH);
      previewImage.src = previewUrl = canvas.toDataURL("image/png");
      previewNote.textContent = format === "png" ? `${FIGURES.png.label}, ${out.width.toLocaleString("en")} × ${out.height.toLocaleString("en")} pixels` : `${FIGURES[format].label}: a vector drawing, sharp at any size`;
      if (format === "pdf" && pdfCannotShow.length > 0) previewNote.textContent += `. ${unshownInPdf(pdfCannotShow)}`;
    } catch (error) {
      previewNote.textContent = `No preview: ${(error as Error).message}`;
    }
  };
  let pending: ReturnType<typeof setTimeout> | null = null;
  const schedulePreview = () => {
    if (pending !== null) clearTimeout(pending);
    pending = setTimeout(() => {
      pending = null;
      showPreview();
    }, 120);
  };
  // A figure is drawn from the view: which authors is for the data files; a size, for a PNG.
  const follow = () => {
    const format = chosenFigure();
    figure.hidden = format === null;
    // A saved page has all the data, and the view: which authors is for the data files.
    scope.hidden = format !== null || value("export-format") === PAGE.id;
    size.toggleAttribute("disabled", format !== "png");
    scale.disabled = format !== "png" || value("figure-size-by") !== "scale";
    pixels.disabled = format !== "png" || value("figure-size-by") !== "pixels";
    caption.disabled = !checked("figure-caption");
  };
  form.addEventListener("change", () => {
    follow();
    schedulePreview();
  });
  form.addEventListener("input", schedulePreview);

  options.button.addEventListener("click", () => {
    const counts = options.counts();
    if (!counts) return options.notify("No network to export yet: open a file first.");
    shownLabel.textContent = `What the map shows (${plural(counts.shown, "author")})`;
    wholeLabel.textContent = `The whole network (${plural(counts.whole, "author")})`;
    caption.value = options.figure.caption();
    follow();
    dialog.showModal();
    form.querySelector<HTMLInputElement>("input[name=export-format]:checked")?.focus();
    showPreview();
  });
  dialog.addEventListener("close", () => {
    options.button.focus();
    if (previewUrl) previewImage.removeAttribute("src");
    previewUrl = "";
  });
  form.addEventListener("submit", async (event) => {
    const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.value !== "export") return;
    const figureFormat = chosenFigure();
    const choice_ = figureFormat ? figureChoice(figureFormat) : null;
    try {
      if (choice_) {
        const written = await options.figure.write(choice_);
        downloadBlob(written.blob, written.fileName);
        if (choice_.recipe) downloadBlob(written.recipe.blob, written.recipe.fileName);
        return;
      }
      if (value("export-format") === PAGE.id) return downloadBlob(await options.page(), PAGE.fileName);
      const format = DATA_FORMATS.find((f) => f.id === value("export-format"));
      const source = options.source(value("export-scope") === "whole" ? "whole" : "shown");
      if (format && source) downloadBlob(await dataBlob(format, source), format.fileName);
    } catch (error) {
      options.notify(`Export failed: ${(error as Error).message}`);
    }
  });
  return dialog;
}

/** Said under a PDF's preview when some names use letters its built-in font lacks. */
export function unshownInPdf(texts: readonly string[]): string {
  const [first, second] = texts.slice(0, 2).map((t) => `“${t}”`);
  const named = texts.length === 1 ? first : texts.length === 2 ? `${first} and ${second}` : `${first}, ${second} and ${plural(texts.length - 2, "other")}`;
  return `The PDF's font lacks letters of ${named}, which it would draw wrong: SVG and PNG show them.`;
}
