import { describe, expect, it } from "vitest";
import { mergeDuplicates } from "../../../src/parse/dedupe";
import type { PaperDraft } from "../../../src/parse/types";

const record = (file: string, line: number, title: string, authors: string[], more: Partial<PaperDraft> = {}): PaperDraft => ({
  title, authors, etAl: false, date: null, year: 2023, categories: [], score: null, abstract: null, source: { file, line }, ...more,
});

describe("records of the same paper, across files and formats", () => {
  it("are one paper when they share a DOI, whatever their titles", () => {
    const { papers, warnings } = mergeDuplicates([
      record("a.bib", 3, "Deep Nets", ["Ann Lee"], { doi: "10.1/x" }),
      record("b.ris", 9, "Deep Networks (extended)", ["A. Lee", "Bo Chen"], { doi: "10.1/x", venue: "JMLR" }),
    ]);
    expect(papers).toHaveLength(1);
    // The copy lists more authors, so its list wins; its venue fills the gap.
    expect(papers[0]).toMatchObject({ title: "Deep Nets", authors: ["A. Lee", "Bo Chen"], venue: "JMLR", source: { file: "a.bib", line: 3 } });
    expect(warnings).toEqual([{ file: "b.ris", line: 9, message: 'duplicate of the paper at a.bib:3 ("Deep Nets"), same DOI; counted once' }]);
  });

  it("are one paper when they share an arXiv id, or a title, year and first author's family name", () => {
    const { papers, warnings } = mergeDuplicates([
      record("a.txt", 1, "Graph Sketching", ["Ann Lee", "Bo Chen"], { etAl: true }),
      record("b.bib", 1, "Graph sketching.", ["A. Lee", "Bo Chen", "Cy Diaz"], { arxivId: "2301.00001" }),
      record("c.json", 5, "Another title entirely", ["Ann Lee"], { arxivId: "2301.00001" }),
    ]);
    expect(papers.map((p) => [p.title, p.authors, p.etAl, p.arxivId])).toEqual([["Graph Sketching", ["A. Lee", "Bo Chen", "Cy Diaz"], false, "2301.00001"]]);
    expect(warnings.map((w) => w.message)).toEqual([
      'duplicate of the paper at a.txt:1 ("Graph Sketching"), same title, year and first author; counted once',
      'duplicate of the paper at a.txt:1 ("Graph Sketching"), same arXiv id; counted once',
    ]);
  });

  it("stay two papers when their DOIs differ, even with the same title, year and first author", () => {
    const { papers } = mergeDuplicates([record("a", 1, "Editorial", ["Ann Lee"], { doi: "10.1/a" }), record("a", 5, "Editorial", ["Ann Lee"], { doi: "10.1/b" })]);
    expect(papers).toHaveLength(2);
  });

  it("stay two papers with the same title in different years", () => {
    expect(mergeDuplicates([record("a", 1, "Editorial", ["Ann Lee"]), record("a", 5, "Editorial", ["Ann Lee"], { year: 2024 })]).papers).toHaveLength(2);
  });

  it("report the people listed at one place under two names", () => {
    const merged = mergeDuplicates([
      record("a", 1, "T", ["J. Kim", "Ann Lee"], { doi: "10.1/t", authorIds: ["j kim", "ann lee"] }),
      record("b", 1, "T", ["Jeonghye Kim", "Ann Lee"], { doi: "10.1/t", authorIds: ["jeonghye kim", "ann lee"] }),
    ]);
    expect(merged.aligned).toEqual([{ a: "j kim", b: "jeonghye kim" }]);
  });
});
