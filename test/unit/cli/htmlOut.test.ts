import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSavedPage, savedPageText } from "../../../src/export/savedPage";
import { todayIso } from "../../../src/parse/dates";
import { cli, SMALL, writeFiles } from "./support";

describe("coauthor graph --to html", () => {
  // Builds the page with Vite when dist/ has none: a few seconds on a busy machine.
  it("writes one page with the files in it, under their names alone, and nothing it would fetch", { timeout: 120_000 }, async () => {
    const files = writeFiles(SMALL);
    const out = join(dirname(files["a.bib"]), "network.html");
    const options = ["--to", "html", "-o", out, "--reference-date", "2026-11-25", "--max-authors", "5"];
    const { code, stderr } = await cli("graph", files["a.bib"], files["b.txt"], ...options);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^coauthor: 8 papers, no warnings\n/);
    const html = readFileSync(out, "utf8");
    expect(html.startsWith("<!doctype html>")).toBe(true);
    // Its script and styles are inside it; its icon is a data: URL.
    expect(html).not.toMatch(/<script[^>]* src=|<link[^>]* href="(?!data:)/);
    expect(html).toMatch(/<script type="module"[^>]*>/);
    const read = readSavedPage(savedPageText(html)!);
    expect(read).toEqual({
      page: {
        savedOn: todayIso(),
        sources: [
          { name: "a.bib", bytes: new Uint8Array(Buffer.from(SMALL["a.bib"])) },
          { name: "b.txt", bytes: new Uint8Array(Buffer.from(SMALL["b.txt"])) },
        ],
        referenceDate: "2026-11-25",
        maxAuthors: 5,
        decisions: [],
        view: "",
      },
      problems: [],
    });
  });
});
