import { withSavedPage, type SavedPage } from "../export/savedPage";
import { SAVED_PAGE_TEMPLATE } from "../export/savedPageTemplate";
import { todayIso } from "../parse/dates";
import { searchWithView } from "../state/viewAddress";
import type { AppState } from "../state/types";
import { addressed } from "./viewAddress";
import { searchForScope } from "./viewHistory";

/** What a page saved now opens with: the inputs as read, and the view as the address writes it, camera and roster too. */
export function savedPageOf(state: AppState, savedOn: string = todayIso()): SavedPage {
  const { data } = state;
  const view = searchWithView(searchForScope("", state.view.settings.scope), addressed(state, state.camera));
  return { savedOn, sources: data.sources, referenceDate: data.referenceDate, maxAuthors: data.maxAuthors, decisions: data.decisions, view };
}

/**
 * *Save as HTML*: the saved page's template, built beside the explorer, with the data and the
 * view in it. A saved page has no template beside it (a browser fetches nothing from a file).
 */
export async function savePageHtml(state: AppState): Promise<Blob> {
  if (location.protocol === "file:") throw new Error("a page opened from a file cannot save itself again; save from the explorer's own site");
  const response = await fetch(`./${SAVED_PAGE_TEMPLATE}`).catch((error: Error) => {
    throw new Error(`the saved page's template could not be fetched (${error.message})`);
  });
  if (!response.ok) throw new Error(`the saved page's template could not be fetched (HTTP ${response.status})`);
  return new Blob([withSavedPage(await response.text(), savedPageOf(state))], { type: "text/html" });
}
