import { readSavedPage, SAVED_PAGE_ELEMENT_ID, type SavedPage } from "../export/savedPage";
import { h } from "../ui/dom";

/** What a page saved as HTML carries, as its startup takes it: the data, or why it cannot be read. */
export type OpenedSavedPage = { page: SavedPage; problems: string[] } | { error: string };

/**
 * The data a page saved as HTML carries, taken before anything else starts: its view is put into
 * the address (unless the address already has one: the page reloaded), where the view's readers
 * find it, and a line at the foot says where the page came from. Null for the explorer itself.
 */
export function openSavedPage(doc: Document = document): OpenedSavedPage | null {
  const element = doc.getElementById(SAVED_PAGE_ELEMENT_ID);
  if (!element) return null;
  const opened = readSavedPage(element.textContent ?? "");
  if ("error" in opened) return opened;
  if (location.search === "" && opened.page.view !== "") history.replaceState(history.state, "", `${location.pathname}${opened.page.view}${location.hash}`);
  doc.body.append(h("footer", { class: "saved-note" }, h("p", { text: savedNote(opened.page.savedOn, location.protocol === "file:") })));
  return opened;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "Saved from Coauthor Explorer on 6 December 2026; opened from a file." */
export function savedNote(savedOn: string, fromFile: boolean): string {
  const [year, month, day] = savedOn.split("-").map(Number) as [number, number, number];
  return `Saved from Coauthor Explorer on ${day} ${MONTHS[month - 1]} ${year}${fromFile ? "; opened from a file" : ""}.`;
}

/** The message for a saved page whose data cannot be read, naming its file. */
export function unreadableSavedPage(error: string): string {
  const file = decodeURIComponent(location.pathname.split("/").pop() || "this page");
  return `${file} was saved from Coauthor Explorer, but ${error}. Showing the sample instead.`;
}
