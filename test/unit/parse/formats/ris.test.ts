import { describe, expect, it } from "vitest";
import { cut, readStreamed } from "../../../support/formats";
import { generateBibliography } from "../../../../bench/generate/bibliography";
import { writeRis } from "../../../../bench/generate/ris";
import { risFormat } from "../../../../src/parse/formats/ris";
import type { PaperDraft, ParseWarning } from "../../../../src/parse/types";

const context = { file: "in.ris", reference: { year: 2026, month: 11, day: 25 } };
const parse = (text: string) => risFormat.parse(text, context);
const lines = (...all: string[]) => all.join("\n");
/** One record with a title and whatever other tag lines are given. */
const record = (...tags: string[]) => lines("TY  - JOUR", "TI  - A Title", ...tags, "ER  - ");
/** A complete four-line record. */
const entry = (title = "A Title") => lines("TY  - JOUR", `TI  - ${title}`, "AU  - Lee, Ann", "ER  - ");
const only = (text: string): PaperDraft => {
  const { papers } = parse(text);
  expect(papers).toHaveLength(1);
  return papers[0]!;
};
const warning = (line: number, message: string): ParseWarning => ({ file: "in.ris", line, message });

describe("RIS sniffing", () => {
  it.each([
    ["a record at the start", "TY  - JOUR\nTI  - A Title\nER  - \n"],
    ["one space around the hyphen", "TY - JOUR\nER - \n"],
    ["blank lines first", "\n\n\nTY  - BOOK\n"],
    ["a publisher's head first", "Record #3 of 18\nProvider: John Wiley & Sons, Ltd.\nContent: text/plain; charset=\"UTF-8\"\n\nTY  -  JOUR\n"],
    ["a record number first", "6. \nTY  - JOUR\n"],
  ])("recognises %s", (_, text) => {
    expect(risFormat.sniff(text)).toBe(true);
  });

  it.each([
    ["Web of Science plain text", "FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Kim, J\nTI A Title\nER\nEF\n"],
    ["MEDLINE (PubMed's .nbib), whose tags look alike", "PMID- 30922926\nOWN - NLM\nTI  - Time lapse.\nAU  - Smith J\n"],
    ["BibTeX", "@article{kim2023,\n  title = {TY  - JOUR}\n}\n"],
    ["a paper-feed listing", "LGOct 4, 2023\nA TitleAnn Lee, Bo Chen\n"],
    ["a TY line too far down", `${"some text\n".repeat(12)}TY  - JOUR\n`],
  ])("does not claim %s", (_, text) => {
    expect(risFormat.sniff(text)).toBe(false);
  });
});

describe("RIS records", () => {
  it("reads every field of a Zotero record", () => {
    const text = lines(
      "TY  - JOUR",
      "TI  - Decision ConvFormer: Local Filtering in MetaFormer",
      "AU  - Kim, Jeonghye",
      "AU  - van der Berg, Anna",
      "T2  - Journal of Machine Learning Research",
      "AB  - We study decisions.",
      "DA  - 2023/10/04/",
      "PY  - 2023",
      "DO  - 10.5555/JMLR.2023.42",
      "UR  - https://example.org/paper",
      "ER  - ",
      "",
    );
    expect(parse(text)).toEqual({
      papers: [
        {
          title: "Decision ConvFormer: Local Filtering in MetaFormer",
          authors: ["Jeonghye Kim", "Anna van der Berg"],
          authorDetails: [
            { given: "Jeonghye", family: "Kim" },
            { given: "Anna", family: "van der Berg" },
          ],
          etAl: false,
          date: "2023-10-04",
          year: 2023,
          categories: [],
          score: null,
          abstract: "We study decisions.",
          source: { file: "in.ris", line: 1 },
          doi: "10.5555/jmlr.2023.42",
          venue: "Journal of Machine Learning Research",
          type: "JOUR",
          url: "https://example.org/paper",
        },
      ],
      warnings: [],
    });
  });

  it("reads the legacy tags A1, T1, Y1, JF and N2", () => {
    const text = lines("TY  - CONF", "T1  - Old Style", "A1  - Marx, Karl", "Y1  - 2014//", "JF  - Lorem", "N2  - Abstract here.", "ER  - ");
    expect(only(text)).toMatchObject({ title: "Old Style", authors: ["Karl Marx"], year: 2014, date: null, venue: "Lorem", abstract: "Abstract here.", type: "CONF" });
  });

  it("falls back to CT, then BT, then the short title ST", () => {
    expect(only(lines("TY  - CHAP", "CT  - Chapter", "BT  - Book", "ER  -")).title).toBe("Chapter");
    expect(only(lines("TY  - BOOK", "BT  - Book", "ST  - Short", "ER  -")).title).toBe("Book");
    expect(only(lines("TY  - JOUR", "ST  - Short", "ER  -")).title).toBe("Short");
  });

  it("is lenient about spacing around the hyphen and about missing values", () => {
    const text = lines("TY - JOUR", "TI  -  Spaced  Title ", "AU -  Lee, Ann", "SP  -", "EP  - ", "ER  -");
    expect(only(text)).toMatchObject({ title: "Spaced Title", authors: ["Ann Lee"], type: "JOUR" });
  });

  it("joins continuation lines, with or without indentation, and does not take words at a line start for tags", () => {
    const text = lines(
      "TY  - JOUR",
      "T1  - Blood-brain barrier breach following",
      "cortical contusion in the rat",
      "AB  - First line,",
      "      ER then second line",
      "UV-induced damage at the end.",
      "KW  - article",
      "biostratigraphy",
      "ER  - ",
    );
    expect(only(text)).toMatchObject({
      title: "Blood-brain barrier breach following cortical contusion in the rat",
      abstract: "First line, ER then second line UV-induced damage at the end.",
    });
  });

  it("reads a line separator (U+2028) inside a title as a space", () => {
    expect(only(record().replace("A Title", "Communication:\u2028 Potential Contributions")).title).toBe("Communication: Potential Contributions");
  });

  it("takes inline markup out of titles and abstracts", () => {
    const text = lines("TY  - JOUR", "TI  - <i>Drosophila</i> under CO<sub>2</sub>", "AB  - In <b>bold</b>.", "ER  - ");
    expect(only(text)).toMatchObject({ title: "Drosophila under CO2", abstract: "In bold." });
  });
});

describe("RIS author names", () => {
  // A second author with a comma makes authorDetails present, so the first one's shows even when it is {}.
  const author = (value: string) => {
    const paper = only(record(`AU  - ${value}`, "AU  - Kim, J"));
    return [paper.authors[0], paper.authorDetails?.[0]];
  };

  it.each([
    ["Kim, Jeonghye", "Jeonghye Kim", { given: "Jeonghye", family: "Kim" }],
    ["Yang, M.E.", "M.E. Yang", { given: "M.E.", family: "Yang" }],
    ["Smith, John, Jr.", "John Smith Jr.", { given: "John", family: "Smith" }],
    ["Smith, Jr., John", "John Smith Jr.", { given: "John", family: "Smith" }],
    ["Shannon,Claude E.", "Claude E. Shannon", { given: "Claude E.", family: "Shannon" }],
    ["O’Connor, Jingmai K. ", "Jingmai K. O’Connor", { given: "Jingmai K.", family: "O’Connor" }],
    ["van Maris, Antonius J. A.", "Antonius J. A. van Maris", { given: "Antonius J. A.", family: "van Maris" }],
    ["Jean-Luc O'Brien", "Jean-Luc O'Brien", { given: "Jean-Luc", family: "O'Brien" }],
    ["Anna van der Berg", "Anna van der Berg", { given: "Anna", family: "van der Berg" }],
    ["J. R. R. Tolkien", "J. R. R. Tolkien", { given: "J. R. R.", family: "Tolkien" }],
    ["John Smith III", "John Smith III", { given: "John", family: "Smith" }],
    ["Brownstein C D", "C D Brownstein", { given: "C D", family: "Brownstein" }],
    ["Fanning E.", "E. Fanning", { given: "E.", family: "Fanning" }],
    ["CASTOE, TODD A.", "Todd A. Castoe", { given: "Todd A.", family: "Castoe" }],
    ["KONING, A. P. JASON de", "A. P. JASON de Koning", { given: "A. P. JASON de", family: "Koning" }],
    ["JOHN SMITH", "John Smith", { given: "John", family: "Smith" }],
    ["Aristotle", "Aristotle", {}],
    ["Gemma Team", "Gemma Team", {}],
    ["The ATLAS Collaboration", "The ATLAS Collaboration", {}],
    ["IBM Research Laboratory", "IBM Research Laboratory", {}],
  ])("%s → %s", (value, display, detail) => {
    expect(author(value)).toEqual([display, detail]);
  });

  it("keeps AU and A1 authors in the order written", () => {
    const paper = only(record("A1  - Georgiev, Danko", "AU  - Bello, Leon", "A1  - Carmi, Avishy", "A2  - Editor, Ed"));
    expect(paper.authors).toEqual(["Danko Georgiev", "Leon Bello", "Avishy Carmi"]);
  });

  it("uses the secondary authors (A2) only when there are no others, and says so", () => {
    const { papers, warnings } = parse(record("A2  - Editor, Ed", "A2  - Other, Olga"));
    expect(papers.map((p) => p.authors)).toEqual([["Ed Editor", "Olga Other"]]);
    expect(warnings).toEqual([warning(1, "record has no authors (AU or A1); used its secondary authors (A2, usually editors) instead")]);
  });

  it("reads an 'et al.' entry as a truncated list, not as an author", () => {
    expect(only(record("AU  - Kim, J", "AU  - et al."))).toMatchObject({ authors: ["J Kim"], etAl: true });
  });

  it("leaves authorDetails out when no author has given or family names", () => {
    const paper = only(record("AU  - Aristotle", "AU  - Gemma Team"));
    expect(paper.authors).toEqual(["Aristotle", "Gemma Team"]);
    expect(paper).not.toHaveProperty("authorDetails");
  });

  it("keeps a record without authors, with a warning, and skips empty AU lines", () => {
    const { papers, warnings } = parse(record("AU  - ", "AU  -"));
    expect(papers.map((p) => [p.authors, p.authorDetails])).toEqual([[[], undefined]]);
    expect(warnings).toEqual([warning(1, "record has no authors (AU or A1); kept without authors")]);
  });

  it("reads thousands of authors", () => {
    const names = Array.from({ length: 5000 }, (_, i) => `AU  - Family${i}, Given`);
    const paper = only(record(...names));
    expect(paper.authors).toHaveLength(5000);
    expect(paper.authors[4999]).toBe("Given Family4999");
  });
});

describe("RIS dates", () => {
  it.each([
    [["PY  - 2023"], 2023, null],
    [["PY  - 2023/10/04/"], 2023, "2023-10-04"],
    [["PY  - 2023///"], 2023, null],
    [["PY  - 2023/10//"], 2023, null],
    [["PY  - 1990/2/27"], 1990, "1990-02-27"],
    [["DA  - 2024-02-01"], 2024, "2024-02-01"],
    [["PY  - 2014", "DA  - 2014/06/01"], 2014, "2014-06-01"],
    [["Y1  - 1900/01/01", "DA  - 1950/01/01"], 1950, "1950-01-01"],
    [["Y1  - 2014/01/01", "DA  - 2014/06/01"], 2014, "2014-06-01"],
    [["PY  - 2010", "DA  - SEP 22"], 2010, "2010-09-22"],
    [["PY  - 2019", "DA  - Mar"], 2019, null],
    [["PY  - 2023", "DA  - 2022/05/06"], 2023, null],
    [["PY  - 2023/02/30"], 2023, null],
    [["PY  - 0000"], null, null],
    [["Y1  - 1 Jan.-Feb. 2019"], 2019, null],
    [["PY  - Year"], null, null],
    [[], null, null],
  ])("%j → year %s, date %s", (tags, year, date) => {
    expect(only(record(...tags))).toMatchObject({ year, date });
  });
});

describe("RIS venues, DOIs, addresses and ids", () => {
  it.each([
    [["JO  - J Abbrev", "JF  - Full Journal"], "Full Journal"],
    [["JO  - Augment Altern Commun", "T2  - Augmentative and Alternative Communication"], "Augmentative and Alternative Communication"],
    [["JO  - Nature Communications"], "Nature Communications"],
    [["J2  - Nat. Commun.", "JA  - Nat Commun"], "Nat Commun"],
    [["J2  - Nat. Commun."], "Nat. Commun."],
    [["BT  - Proceedings of Things"], "Proceedings of Things"],
  ])("venue from %j is %s", (tags, venue) => {
    expect(only(record(...tags)).venue).toBe(venue);
  });

  it.each([
    ["10.1234/ABC.def", "10.1234/abc.def"],
    ["https://doi.org/10.1234/x", "10.1234/x"],
    ["http://dx.doi.org/10.1177/2325967120950040", "10.1177/2325967120950040"],
    ["doi:10.1234/x", "10.1234/x"],
    ["10.1038/s41467-024-48400-3     LK  - https://example.org/link", "10.1038/s41467-024-48400-3"],
    ["10.1002/(SICI)1097-0266(200008)21:8<791::AID-SMJ121>3.0.CO;2-K", "10.1002/(sici)1097-0266(200008)21:8<791::aid-smj121>3.0.co;2-k"],
  ])("DOI %s → %s", (value, doi) => {
    expect(only(record(`DO  - ${value}`)).doi).toBe(doi);
  });

  it("leaves out a DO value that is not a DOI", () => {
    expect(only(record("DO  - DOI"))).not.toHaveProperty("doi");
  });

  it("takes the first web address of the UR fields", () => {
    expect(only(record("UR  - internal-pdf://x.pdf http://a.example/1 http://b.example/2")).url).toBe("http://a.example/1");
    expect(only(record("UR  - http://a.example/1; http://b.example/2")).url).toBe("http://a.example/1");
    expect(only(record("UR  - Location/URL", "UR  - https://c.example/3")).url).toBe("https://c.example/3");
  });

  it("finds the arXiv id in an arXiv DOI or an arXiv address", () => {
    expect(only(record("DO  - 10.48550/arXiv.2301.00001")).arxivId).toBe("2301.00001");
    expect(only(record("UR  - https://arxiv.org/abs/2301.00001v2")).arxivId).toBe("2301.00001");
    expect(only(record("UR  - http://arxiv.org/abs/cs/0112017v1")).arxivId).toBe("cs/0112017");
    expect(only(record("UR  - https://example.org/abs/2301.00001"))).not.toHaveProperty("arxivId");
  });

  it("keeps Web of Science accession numbers and Scopus EIDs", () => {
    expect(only(record("AN  - WOS:000287186800024")).sourceIds).toEqual({ wos: "WOS:000287186800024" });
    expect(only(record("AN  - CN-00778158"))).not.toHaveProperty("sourceIds");
    const scopus = "UR  - https://www.scopus.com/inward/record.uri?eid=2-s2.0-85091557653&doi=10.1063%2f5.0020407&partnerID=40";
    expect(only(record(scopus)).sourceIds).toEqual({ scopus: "2-s2.0-85091557653" });
  });
});

describe("RIS file structure", () => {
  it("reports text before the first record with its lines, and loads the records", () => {
    const text = lines("Exported from somewhere", "by someone", "", entry("One"));
    const { papers, warnings } = parse(text);
    expect(papers.map((p) => [p.title, p.source.line])).toEqual([["One", 4]]);
    expect(warnings).toEqual([warning(1, 'lines 1–2 are outside any record (a record starts with a "TY  - " line); skipped')]);
  });

  it("skips the heads exporters write before each record without a warning", () => {
    const text = lines("Record #1 of 2", "Provider: Provider", 'Content: text/plain; charset="UTF-8"', "1.", entry(), "", "Record #2 of 2", "2. ", entry(), "");
    const { papers, warnings } = parse(text);
    expect(papers.map((p) => p.source.line)).toEqual([5, 12]);
    expect(warnings).toEqual([]);
  });

  it("keeps a record that runs into the next one without ER, with a warning", () => {
    const text = lines("TY  - JOUR", "TI  - One", "AU  - Lee, Ann", "TY  - JOUR", "TI  - Two", "AU  - Chen, Bo", "ER  - ");
    const { papers, warnings } = parse(text);
    expect(papers.map((p) => [p.title, p.authors, p.source.line])).toEqual([
      ["One", ["Ann Lee"], 1],
      ["Two", ["Bo Chen"], 4],
    ]);
    expect(warnings).toEqual([warning(1, 'record has no end line ("ER  - ") before the next record (line 4); kept what it had')]);
  });

  it("keeps a record cut off at the end of the file, with a warning", () => {
    const { papers, warnings } = parse(lines(entry(), "TY  - JOUR", "TI  - Cut", "AU  - Lee, Ann"));
    expect(papers.map((p) => p.title)).toEqual(["A Title", "Cut"]);
    expect(warnings).toEqual([warning(5, 'record has no end line ("ER  - ") before the end of the file; kept what it had')]);
  });

  it("skips a record without a title and keeps the others", () => {
    const text = lines(record("AU  - Lee, Ann"), "TY  - JOUR", "T2  - Only a Journal", "PY  - 0000", "ER  - ", record("AU  - Chen, Bo"));
    const { papers, warnings } = parse(text);
    expect(papers.map((p) => [p.authors, p.source.line])).toEqual([
      [["Ann Lee"], 1],
      [["Bo Chen"], 9],
    ]);
    expect(warnings).toEqual([warning(5, "record has no title (TI or T1); skipped")]);
  });

  it("reports tag lines outside any record", () => {
    const text = lines(entry(), "AU  - Stray, Sam", "ER  - ", entry());
    const { papers, warnings } = parse(text);
    expect(papers).toHaveLength(2);
    expect(warnings).toEqual([warning(5, 'lines 5–6 are outside any record (a record starts with a "TY  - " line); skipped')]);
  });

  it("gives nothing, without warnings, for an empty text", () => {
    expect(parse("")).toEqual({ papers: [], warnings: [] });
  });

  it("reads the same in pieces as at once", () => {
    const text = lines("Record #1 of 1", "junk", record("AU  - Kim, J", "AB  - An abstract", "  that runs on."), "TY  - JOUR", "TI  - Cut", "AU  - Lee, Ann");
    const whole = parse(text);
    expect(readStreamed(risFormat, context, cut(text, [7]))).toEqual(whole);
    expect(whole.papers).toHaveLength(2);
    expect(whole.warnings).toHaveLength(2);
  });

  it("reads Windows line ends and a byte-order mark when streamed", () => {
    const { papers } = readStreamed(risFormat, context, ["\uFEFFTY  - JOUR\r\nTI  - A Title\r", "\nAU  - Lee, Ann\r\nER  - \r\n"]);
    expect(papers.map((p) => [p.title, p.authors])).toEqual([["A Title", ["Ann Lee"]]]);
  });
});

describe("RIS round trip", () => {
  it("reads back the generated bibliography as Zotero, EndNote and Mendeley write it", () => {
    const generated = generateBibliography(3000);
    const text = writeRis(generated);
    expect(risFormat.sniff(text)).toBe(true);
    const { papers, warnings } = parse(text);
    expect(warnings).toEqual([]);
    expect(papers.map((p) => [p.title, p.authors, p.year, p.doi])).toEqual(
      generated.map((g) => [g.title, g.authors.map((a) => `${a.given} ${a.family}`), g.year, g.doi]),
    );
  });
});
