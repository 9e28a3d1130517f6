import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, inject } from "vitest";
import { launchChromium } from "./chromium";
import { openExplorer } from "./explorerPage";

/**
 * One Chromium for a test file, and a fresh explorer page (with the sample) for every test, so
 * that each test can run alone and in any order. `query` opens the page with other parameters.
 * Each page is opened in a browser context of its own (`browser.newPage`), closed with it: the
 * work one test keeps in IndexedDB is never seen by the next, which opens on the sample.
 */
export function explorerSuite(query?: string): { browser: () => Browser; page: () => Page; baseUrl: string } {
  const baseUrl = inject("baseUrl");
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  beforeEach(async () => {
    page = await openExplorer(browser!, baseUrl, query);
  });
  afterEach(async () => {
    await page?.close();
    page = undefined;
  });
  afterAll(async () => {
    await browser?.close();
  });
  return { browser: () => browser!, page: () => page!, baseUrl };
}
