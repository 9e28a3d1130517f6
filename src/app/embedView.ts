import type { Store } from "../state/store";
import type { AppState } from "../state/types";
import { mountEmbedToolbar } from "../ui/embedToolbar";
import type { ExplorerController } from "./controller";

/** Whether the page is embedded (`?embed`, any value): the map alone, for an iframe in a lab's web page. */
export const isEmbedded = (search: string): boolean => new URLSearchParams(search).has("embed");

/** The full page's address for the view on screen: the same, less `embed`. */
export function fullPageAddress(at: Location = location): string {
  const params = new URLSearchParams(at.search);
  params.delete("embed");
  const query = params.toString();
  return `${at.origin}${at.pathname}${query ? `?${query}` : ""}${at.hash}`;
}

/**
 * `?embed`: the toolbar, search and side panel hidden (styles in ui/linkViews.css), a minimal
 * toolbar over the map, tooltips and clicks as on the full page, and the panel of an author or
 * link picked shown as a compact card over the map until the background is clicked (or Escape).
 */
export function mountEmbedView(main: HTMLElement, store: Store<AppState>, controller: ExplorerController): void {
  document.body.classList.add("embed");
  mountEmbedToolbar(main, { zoom: (step) => controller.zoom(step), fullAddress: () => fullPageAddress() });
  const follow = (state: AppState) => document.body.classList.toggle("embed-picked", state.selection.item.kind !== "none" && state.selection.panelShowsItem);
  follow(store.get());
  store.subscribe(follow);
}
