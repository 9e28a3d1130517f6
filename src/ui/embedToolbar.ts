import { h } from "./dom";
import "./linkViews.css";

export interface EmbedToolbarActions {
  zoom(step: "in" | "out" | "fit"): void;
  /** The full page's address for the same view. */
  fullAddress(): string;
}

/**
 * `?embed`'s toolbar over the map: zoom in and out, the whole network, and a link to the same
 * view in the full explorer (a new tab: the embedding page stays). The link's address is taken
 * as it is followed, since the view's address changes as the reader works.
 */
export function mountEmbedToolbar(container: HTMLElement, actions: EmbedToolbarActions): HTMLElement {
  const button = (text: string, label: string, step: "in" | "out" | "fit") =>
    h("button", { text, attrs: { type: "button", "aria-label": label, title: label }, on: { click: () => actions.zoom(step) } });
  const full = h("a", { text: "Open in Coauthor Explorer ↗", attrs: { href: actions.fullAddress(), target: "_blank", rel: "noopener" } });
  const follow = () => (full.href = actions.fullAddress());
  for (const type of ["pointerdown", "focus", "click", "contextmenu"] as const) full.addEventListener(type, follow);
  const toolbar = h(
    "nav",
    { class: "embed-toolbar", attrs: { "aria-label": "Map" } },
    button("+", "Zoom in", "in"),
    button("−", "Zoom out", "out"),
    h("button", { text: "Fit", attrs: { type: "button", title: "Show the whole network" }, on: { click: () => actions.zoom("fit") } }),
    full,
  );
  container.append(toolbar);
  return toolbar;
}
