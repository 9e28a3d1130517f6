import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { openExplorer, panelContent } from "./support/explorerPage";
import { toastText } from "./support/loading";
import { explorerSuite } from "./support/suite";

const suite = explorerSuite();
let page: Page;
beforeEach(() => {
  page = suite.page();
});

const search = (on: Page) => new URL(on.url()).search;

describe("the view in the address", () => {
  it("follows the filters, the size, the open tool and the selection, and a fresh browser opening it shows the same view", async () => {
    const entries = await page.evaluate(() => history.length);
    await page.getByRole("button", { name: "Filters", exact: true }).click();
    await page.getByRole("combobox", { name: "Size by" }).selectOption("coauthors");
    await page.evaluate(() => window.explorer!.setSettings({ years: [2025, 2026] }));
    await page.getByRole("button", { name: "Table", exact: true }).click();
    await page.locator("#panel .row-name", { hasText: "Minbeom Kim" }).click();
    expect((await panelContent(page)).heading).toBe("Minbeom Kim");
    // Replaced as the user works: no history entry added.
    expect(await page.evaluate(() => history.length)).toBe(entries);
    expect(search(page)).toBe("?reference-date=2026-11-25&years=2025-2026&size=coauthors&tool=table&author=minbeom+kim");

    const other = await openExplorer(suite.browser(), suite.baseUrl, search(page));
    try {
      await other.waitForFunction(() => document.querySelector("#panel h2")?.textContent === "Minbeom Kim");
      expect(await other.evaluate(() => window.explorer!.view().settings.years)).toEqual([2025, 2026]);
      expect(await other.evaluate(() => window.explorer!.view().authors.size)).toBe(14);
      expect(await other.getByRole("button", { name: "← Table" }).count()).toBe(1);
      await other.getByRole("button", { name: "Filters", exact: true }).click();
      expect(await other.getByRole("combobox", { name: "Size by" }).inputValue()).toBe("coauthors");
      expect(search(other)).toBe("?reference-date=2026-11-25&years=2025-2026&size=coauthors&tool=filters&author=minbeom+kim");
    } finally {
      await other.close();
    }
  });

  it("keeps a fresh view's address clean, and empties it again when the view goes back to the defaults", async () => {
    expect(search(page)).toBe("?reference-date=2026-11-25");
    await page.evaluate(() => window.explorer!.setSettings({ minPapers: 2 }));
    expect(search(page)).toBe("?reference-date=2026-11-25&min-papers=2");
    await page.evaluate(() => window.explorer!.setSettings({ minPapers: 1 }));
    expect(search(page)).toBe("?reference-date=2026-11-25");
  });

  it("opens a damaged link with what it can read, and says what it left out", async () => {
    const damaged = await openExplorer(suite.browser(), suite.baseUrl, "?reference-date=2026-11-25&years=20x5&size=coauthors&author=nobody%20here&counting=fractional");
    try {
      await damaged.waitForFunction(() => !document.getElementById("toast")!.hidden);
      expect(await toastText(damaged)).toBe("The address asked for what could not be shown, left out: years=20x5, author=nobody here (not in the data loaded).");
      expect(await damaged.evaluate(() => window.explorer!.view().settings)).toMatchObject({ years: null, counting: "fractional" });
      expect((await panelContent(damaged)).heading).toBe("sample-listing.txt");
      // What could not be read is gone from the address; what could is kept.
      expect(search(damaged)).toBe("?reference-date=2026-11-25&counting=fractional&size=coauthors");
    } finally {
      await damaged.close();
    }
  });
});
