import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { launchChromium } from "./chromium";
import { openExplorer } from "./explorerPage";

/** One Chromium and one explorer page (with the sample) for a whole test file. */
export function explorerSuite(): { browser: () => Browser; page: () => Page; baseUrl: string } {
  const baseUrl = inject("baseUrl");
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await openExplorer(browser, baseUrl);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return { browser: () => browser!, page: () => page!, baseUrl };
}
