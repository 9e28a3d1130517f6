import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { generateListing } from "../../bench/generateListing";
import { launchChromium } from "./support/chromium";
import { REFERENCE_DATE } from "./support/explorerPage";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("inputs of any size", () => {
  // Before, a listing of 50,000 authors overflowed the load worker's stack within two seconds.
  it("loads a generated 100,000-author listing in the browser", { timeout: 240_000 }, async () => {
    const { text, authors } = generateListing(100_000);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    try {
      await page.route("**/big-100k.txt", (route) => route.fulfill({ body: text, contentType: "text/plain; charset=utf-8" }));
      await page.goto(new URL(`?reference-date=${REFERENCE_DATE}&listing=big-100k.txt`, baseUrl).toString());
      await page.waitForFunction(() => window.explorer !== undefined && window.explorer.graph.order > 20, null, { timeout: 200_000, polling: 500 });
      // The network drawn is the generator's, whole. The layout keeps running; it is stopped here to
      // spare the machine, through the DOM, since drawing 100,000 authors in software WebGL keeps
      // frames too slow for a simulated click to find the button steady.
      await page.evaluate(() => document.getElementById("layout-toggle")!.click());
      const shown = await page.evaluate(() => ({
        order: window.explorer!.graph.order,
        heading: document.querySelector("#panel h2")?.textContent,
        toast: document.getElementById("toast")!.hidden ? null : document.getElementById("toast-text")!.textContent,
      }));
      expect(shown).toEqual({ order: authors, heading: "big-100k.txt", toast: null });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
