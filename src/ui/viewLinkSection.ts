import { h } from "./dom";
import "./linkViews.css";

/** The link made for the view on screen, and a sentence on what it carries. */
export type MakeViewLink = () => Promise<{ address: string; note: string }>;

/**
 * *Copy link to this view*, at the foot of Export…: the link is made when asked for (the data
 * may need packing), shown in a field to copy by hand too, and copied where the clipboard allows.
 */
export function viewLinkSection(make: MakeViewLink): HTMLElement {
  const field = h("input", { attrs: { type: "text", readonly: "", "aria-label": "Link to this view", placeholder: "The link appears here" } });
  const note = h("p", { class: "muted", attrs: { role: "status" } });
  const button = h("button", { text: "Copy link to this view", attrs: { type: "button" } });
  button.addEventListener("click", async () => {
    const link = await make();
    field.value = link.address;
    try {
      await navigator.clipboard.writeText(link.address);
      note.textContent = `Copied. ${link.note}`;
    } catch {
      field.select();
      note.textContent = `Select the link and copy it (Ctrl+C or ⌘C). ${link.note}`;
    }
  });
  return h(
    "section",
    { class: "view-link", attrs: { "aria-labelledby": "view-link-title" } },
    h("h3", { text: "Link to this view", attrs: { id: "view-link-title" } }),
    h("div", { class: "view-link-row" }, field, button),
    note,
  );
}
