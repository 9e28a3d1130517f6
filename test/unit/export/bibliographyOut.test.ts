import { describe, expect, it } from "vitest";
import { readPapers } from "../../../src/load/readPapers";
import type { Paper } from "../../../src/parse/types";
import { writeBibtex } from "../../../src/export/papers/bibtexOut";
import { writeCslJson } from "../../../src/export/papers/cslJsonOut";
import { writeRis } from "../../../src/export/papers/risOut";
import { SAMPLE_TEXT } from "../../support/papers";

const read = (name: string, text: string) => readPapers([{ name, text }], { referenceDate: "2026-11-25" });
const written = async (writer: (papers: readonly Paper[], write: (text: string) => void) => Promise<void>, papers: readonly Paper[]) => {
  let text = "";
  await writer(papers, (part) => void (text += part));
  return text;
};

// Three papers with what bibliographies hold: family and given names, a venue, a DOI, an arXiv id, and TeX's special characters.
const SOURCE = `@article{a, author = {van der Berg, Anna and Chen, Bo}, title = {Graphs \\& Ties: 50\\% of {C}o-authors}, journal = {J. Net. Sci.}, year = {2021}, month = mar, doi = {10.1000/xyz}}
@inproceedings{b, author = {Chen, Bo and Ünal, Çağla and others}, title = {Proceedings {Paper} with_under {braces}}, booktitle = {Conf on Things}, year = 2022}
@misc{c, author = {Diaz, Cy}, title = {A Preprint}, eprint = {2301.00001}, archivePrefix = {arXiv}, year = {2023}}
`;
const original = read("refs.bib", SOURCE).papers;

/** What must survive a round trip: title, authors, year, venue, DOI, truncation. */
const essentials = (papers: readonly Paper[]) => papers.map((p) => ({ title: p.title, authors: p.authors, year: p.year, venue: p.venue ?? null, doi: p.doi ?? null, etAl: p.etAl }));

describe("papers written as a bibliography", () => {
  it("are read back by the explorer's own readers with the same titles, authors, years, venues, DOIs and truncation", async () => {
    expect(original).toHaveLength(3);
    expect(original[0]!.title).toBe("Graphs & Ties: 50% of Co-authors");
    for (const [name, writer] of [["out.bib", writeBibtex], ["out.ris", writeRis], ["out.json", writeCslJson]] as const) {
      const back = read(name, await written(writer, original));
      expect(back.warnings, name).toEqual([]);
      const expected = essentials(original);
      // RIS and CSL-JSON have no "and others": the list is as listed.
      if (name !== "out.bib") expected[1]!.etAl = false;
      expect(essentials(back.papers), name).toEqual(expected);
    }
  });

  it("escapes TeX's special characters in BibTeX and keeps family names with particles whole", async () => {
    const bib = await written(writeBibtex, original);
    expect(bib).toContain("title = {Graphs \\& Ties: 50\\% of Co-authors}");
    expect(bib).toContain("author = {van der Berg, Anna and Chen, Bo}");
    expect(bib).toContain("title = {Proceedings Paper with\\_under braces}");
    expect(bib).toContain("author = {Chen, Bo and Ünal, Çağla and others}");
    expect(bib).toMatch(/^@article\{vanderberg2021graphs,$/m);
    expect(bib).toMatch(/^@inproceedings\{chen2022proceedings,$/m);
    expect(bib).toMatch(/^@misc\{diaz2023preprint,$/m);
    expect(bib).toContain("  eprint = {2301.00001}");
    // The sample's first paper, of 25 March 2026: BibTeX's year and month, and BibLaTeX's date.
    const sample = await written(writeBibtex, read("sample.txt", SAMPLE_TEXT).papers.slice(0, 1));
    expect(sample).toContain("  year = {2026},\n  month = mar,\n  date = {2026-03-25},");
  });

  it("writes the sample listing's papers, whose names have no family part, for all three", async () => {
    const sample = read("sample.txt", SAMPLE_TEXT).papers;
    for (const [name, writer] of [["s.bib", writeBibtex], ["s.ris", writeRis], ["s.json", writeCslJson]] as const) {
      const back = read(name, await written(writer, sample));
      expect(back.papers.map((p) => p.title), name).toEqual(sample.map((p) => p.title));
      expect(back.papers.map((p) => p.authors), name).toEqual(sample.map((p) => p.authors));
      expect(back.papers.map((p) => p.date), name).toEqual(sample.map((p) => p.date));
    }
  });
});
