import { fileList, type NamedFile } from "../state/dataAddress";
import { h } from "./dom";
import "./linkViews.css";

export interface FilesPromptActions {
  /** The files the user picked, to check against the link and open. */
  open(files: File[]): void;
  /** Shows the sample instead, leaving the link's view. */
  sample(): void;
}

/**
 * Over an empty map: a link to a view of local files asks for them by name ("This link shows a
 * view of cites.bib and dblp.xml. Open these files to see it."), never showing another network
 * as if it were that view. Its own file picker, so that the files chosen are checked against the
 * link before they are read. Names come from the link: set as text, never as markup.
 */
export function showFilesPrompt(container: HTMLElement, files: readonly NamedFile[], actions: FilesPromptActions): { close(): void } {
  const names = fileList(files.map((file) => file.name));
  const input = h("input", { attrs: { type: "file", multiple: "", hidden: "", "aria-hidden": "true", tabindex: "-1" } });
  input.addEventListener("change", () => {
    const chosen = [...(input.files ?? [])];
    input.value = "";
    if (chosen.length > 0) actions.open(chosen);
  });
  const openButton = h("button", { class: "primary", text: "Open files…", attrs: { type: "button" }, on: { click: () => input.click() } });
  const prompt = h(
    "section",
    { class: "files-prompt", attrs: { role: "region", "aria-labelledby": "files-prompt-title" } },
    h("h2", { text: "Open the files of this link", attrs: { id: "files-prompt-title" } }),
    h("p", { class: "files-prompt-ask", text: `This link shows a view of ${names}. Open ${files.length === 1 ? "this file" : "these files"} to see it.` }),
    h(
      "p",
      { class: "muted", text: "The link holds their names and fingerprints (SHA-256), not their content: the files are read here, in your browser, and never uploaded." },
    ),
    h("div", { class: "files-prompt-actions" }, openButton, h("button", { text: "Show the sample instead", attrs: { type: "button" }, on: { click: () => actions.sample() } }), input),
  );
  container.append(prompt);
  openButton.focus();
  return { close: () => prompt.remove() };
}
