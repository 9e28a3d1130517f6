import type { Page } from "playwright-core";

/**
 * A record of the work the page keeps in IndexedDB, read as the page wrote it; undefined while
 * nothing is there. The database is only looked for, never opened before the page has made it:
 * opening it first would make it without the page's object store.
 */
export async function savedRecord(page: Page, record: "files" | "decisions" | "view"): Promise<unknown> {
  return page.evaluate(async (key) => {
    if (!(await indexedDB.databases()).some((d) => d.name === "coauthor-explorer")) return undefined;
    return new Promise((resolve, reject) => {
      const opening = indexedDB.open("coauthor-explorer");
      opening.onerror = () => reject(opening.error);
      opening.onsuccess = () => {
        const db = opening.result;
        if (!db.objectStoreNames.contains("saved-work")) return resolve(undefined);
        const reading = db.transaction("saved-work").objectStore("saved-work").get(key);
        reading.onsuccess = () => {
          db.close();
          resolve(reading.result);
        };
        reading.onerror = () => reject(reading.error);
      };
    });
  }, record);
}

/** Waits until the page has kept a view that passes `test` (run in Node on the record). */
export async function waitForSavedView(page: Page, test: (view: { view: { settings: Record<string, unknown> }; selection: { item: { kind: string; key?: string } } }) => boolean): Promise<void> {
  for (;;) {
    const view = (await savedRecord(page, "view")) as Parameters<typeof test>[0] | undefined;
    if (view && test(view)) return;
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  }
}
