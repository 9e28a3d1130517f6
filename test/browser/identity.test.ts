import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { accessibilityViolations } from "./support/accessibility";
import { clickGraph, nodePosition, panelContent, rebuilt, waitForSettledLayout } from "./support/explorerPage";
import { dropFiles } from "./support/loading";
import { explorerSuite } from "./support/suite";

const suite = explorerSuite();
let page: Page;

// "J. Kim" and "Jeonghye Kim" may be one person: they share a co-author and a year.
const KIMS = [
  "LGOct 4, 2023", "Paper OneJ. Kim, Ann Lee", //
  "LGOct 5, 2023", "Paper TwoJeonghye Kim, Ann Lee, Bo Chen",
].join("\n");

/** The network as data, without positions, which a rebuild may nudge. */
const network = (target: Page) =>
  target.evaluate(() => {
    const { graph } = window.explorer!;
    return {
      nodes: graph.mapNodes((key, a) => [key, a.label, a.papers, a.aliases]).sort(),
      edges: graph.mapEdges((key, a) => [key, a.weight]).sort(),
    };
  });

beforeEach(async () => {
  page = suite.page();
  await rebuilt(page, () => dropFiles(page, [{ name: "kims.txt", text: KIMS }]));
});

describe("who is who", () => {
  it("merges two candidates from the identity panel; the map and panels follow; undo restores them", async () => {
    const original = await network(page);
    expect(original.nodes).toEqual([
      ["ann lee", "Ann Lee", 2, []],
      ["bo chen", "Bo Chen", 1, []],
      ["j kim", "J. Kim", 1, []],
      ["jeonghye kim", "Jeonghye Kim", 1, []],
    ]);
    expect(await page.locator("#panel .report-facts li").allTextContents()).toEqual(["1 pair of names that may be one person, kept apart: review them"]);
    await page.getByRole("button", { name: "review them" }).click();
    expect((await panelContent(page)).heading).toBe("Who is who");
    expect(await page.locator("#panel .candidate-evidence").allTextContents()).toEqual(["1 shared co-author · both publishing in 2023"]);
    expect(await accessibilityViolations(page)).toEqual([]);

    await rebuilt(page, () => page.getByRole("button", { name: "Merge J. Kim and Jeonghye Kim into one person" }).click());
    expect((await network(page)).nodes).toEqual([
      ["ann lee", "Ann Lee", 2, []],
      ["bo chen", "Bo Chen", 1, []],
      ["jeonghye kim", "Jeonghye Kim", 2, ["J. Kim"]],
    ]);
    expect(await page.locator("#panel .decision-list li span").first().textContent()).toBe("“J. Kim” and “Jeonghye Kim” are one person");
    expect(await page.locator("#panel h3").allTextContents()).toContain("No names left that may be one person");
    // The clicked button is gone: focus is on the panel's heading, not lost to the page.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Who is who");

    await clickGraph(page, await nodePosition(page, "jeonghye kim"));
    expect(await panelContent(page)).toEqual({ heading: "Jeonghye Kim", titles: ["Paper Two", "Paper One"] });
    expect(await page.locator("#panel .spellings li span").allTextContents()).toEqual(["Written “J. Kim” on 1 paper", "Written “Jeonghye Kim” on 1 paper"]);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Who is who…" }).click();
    await rebuilt(page, () => page.getByRole("button", { name: "Undo last change" }).click());
    expect(await network(page)).toEqual(original);
  });

  it("saves the decisions as a file and applies a saved file again", async () => {
    await page.getByRole("button", { name: "review them" }).click();
    await rebuilt(page, () => page.getByRole("button", { name: "Merge J. Kim and Jeonghye Kim into one person" }).click());
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Save decisions…" }).click()]);
    expect(download.suggestedFilename()).toBe("coauthor-identities.json");
    const saved = readFileSync((await download.path())!, "utf8");
    expect(JSON.parse(saved)).toEqual({
      format: "coauthor-explorer-identities",
      version: 1,
      decisions: [{ action: "merge", people: ["j kim", "jeonghye kim"], labels: ["J. Kim", "Jeonghye Kim"] }],
    });

    await rebuilt(page, () => page.getByRole("button", { name: "Undo last change" }).click());
    expect((await network(page)).nodes).toHaveLength(4);
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Load decisions…" }).click();
    await rebuilt(page, async () => (await chooser).setFiles({ name: "coauthor-identities.json", mimeType: "application/json", buffer: Buffer.from(saved) }));
    expect((await network(page)).nodes).toHaveLength(3);
  });

  it("remembers the decisions in this browser and applies them when the same file is opened again", async () => {
    const other = await suite.browser().newPage();
    try {
      await other.route("**/kims.txt", (route) => route.fulfill({ body: KIMS, contentType: "text/plain" }));
      const address = new URL("?reference-date=2026-11-25&listing=kims.txt", suite.baseUrl).toString();
      await other.goto(address);
      await waitForSettledLayout(other);
      expect((await network(other)).nodes).toHaveLength(4);
      await other.getByRole("button", { name: "review them" }).click();
      await rebuilt(other, () => other.getByRole("button", { name: "Merge J. Kim and Jeonghye Kim into one person" }).click());
      await other.goto(address);
      await waitForSettledLayout(other);
      expect((await network(other)).nodes).toEqual([
        ["ann lee", "Ann Lee", 2, []],
        ["bo chen", "Bo Chen", 1, []],
        ["jeonghye kim", "Jeonghye Kim", 2, ["J. Kim"]],
      ]);
    } finally {
      await other.close();
    }
  });

  it("makes a spelling a different person from the author's panel", async () => {
    const text = ["LGOct 4, 2023", "Paper OneJosé Núñez, Ann Lee", "LGOct 5, 2023", "Paper TwoJose Nunez, Bo Chen"].join("\n");
    await rebuilt(page, () => dropFiles(page, [{ name: "nunez.txt", text }]));
    await clickGraph(page, await nodePosition(page, "jose nunez"));
    expect(await page.locator("#panel .spellings li span").allTextContents()).toEqual(["Written “Jose Nunez” on 1 paper", "Written “José Núñez” on 1 paper"]);
    await rebuilt(page, () => page.getByRole("button", { name: "Make “Jose Nunez” a different person" }).click());
    expect((await network(page)).nodes).toEqual([
      ["ann lee", "Ann Lee", 1, []],
      ["bo chen", "Bo Chen", 1, []],
      ["jose nunez", "José Núñez", 1, []],
      ["spelling:Jose Nunez", "Jose Nunez", 1, []],
    ]);
  });
});
