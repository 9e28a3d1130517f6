import { describe, expect, it } from "vitest";
import { generatedAuthorName, generateListing, type GeneratedListing } from "../../../bench/generateListing";
import { parseListing } from "../../../src/parse/formats/listing/parseListing";
import { splitTitleAuthors } from "../../../src/parse/formats/listing/splitTitleAuthors";
import type { PaperDraft } from "../../../src/parse/types";

const context = { file: "generated.txt", reference: { year: 2026, month: 11, day: 25 } };

/** The first few papers whose title, authors or "et al." did not come back as generated. */
function mismatches(generated: GeneratedListing, papers: readonly PaperDraft[]): unknown[] {
  const wrong: unknown[] = [];
  if (papers.length !== generated.truth.length) wrong.push({ papers: papers.length, generated: generated.truth.length });
  papers.forEach((paper, i) => {
    const { title, authors, etAl } = generated.truth[i]!;
    if (paper.title !== title || paper.etAl !== etAl || paper.authors.length !== authors.length || paper.authors.some((a, k) => a !== authors[k])) {
      if (wrong.length < 5) wrong.push({ line: paper.source.line, generated: { title, authors }, read: { title: paper.title, authors: paper.authors } });
    }
  });
  return wrong;
}

describe("the generated listing", () => {
  it("names past the pool with initials as listings write them", () => {
    const pool = 30 * 40;
    expect([0, 1, pool, 25 * pool, 26 * pool, 27 * pool, 676 * pool + 29].map(generatedAuthorName)).toEqual([
      "Ana Kim",
      "Bo Kim",
      "Ana B. Kim",
      "Ana Z. Kim",
      "Ana A. B. Kim",
      "Ana B.B. Kim",
      "Ngozi A. A. B. Kim",
    ]);
  });

  it("has names that read back whole after every kind of title end", () => {
    const pool = 30 * 40;
    const indices = [0, 11 * 30 + 7, 13 * 30 + 27, 25 * pool + 3, 26 * pool + 28, 27 * pool + 26, 700 * pool + 39 * 30 + 11];
    for (const name of indices.map(generatedAuthorName)) {
      for (const titleEnd of ["Robust GFlowNets", "Graph RLVR", "Off-Policy", "Agents?", "Models (Extended Version)", "Memory-Augmented LLMs 2", "Learning via"]) {
        expect(splitTitleAuthors(`${titleEnd}${name}, Bo Kim`)).toEqual({ title: titleEnd, authors: [name, "Bo Kim"], etAl: false });
      }
    }
  });

  it.each([1, 2, 3])("comes back exactly from parsing, seed %i", (seed) => {
    const generated = generateListing(3000, 2, seed);
    const { papers, warnings } = parseListing(generated.text, context);
    expect(mismatches(generated, papers)).toEqual([]);
    expect(warnings).toEqual([]);
  });

  // The size from the report that 104,000 generated authors came back as 95,257 without a warning:
  // past 26 naming rounds every author has two initials.
  it("comes back exactly at 104,000 authors, with no warning", () => {
    const generated = generateListing(104_000);
    const { papers, warnings } = parseListing(generated.text, context);
    expect(mismatches(generated, papers)).toEqual([]);
    expect(warnings).toEqual([]);
    expect(new Set(papers.flatMap((paper) => paper.authors)).size).toBe(104_000);
  }, 120_000);
});
