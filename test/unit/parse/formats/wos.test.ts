import { describe, expect, it } from "vitest";
import { cut, readStreamed } from "../../../support/formats";
import { generateBibliography } from "../../../../bench/generate/bibliography";
import { writeWos } from "../../../../bench/generate/wos";
import { wosFormat } from "../../../../src/parse/formats/wos";
import type { PaperDraft, ParseWarning } from "../../../../src/parse/types";

const context = { file: "savedrecs.txt", reference: { year: 2026, month: 11, day: 25 } };
const parse = (text: string) => wosFormat.parse(text, context);
const lines = (...all: string[]) => all.join("\n");
/** One record with a title and whatever other tag lines are given. */
const record = (...tags: string[]) => lines("PT J", "TI A Title", ...tags, "ER");
/** A complete four-line record. */
const entry = (title = "A Title") => lines("PT J", "AU Lee, A", `TI ${title}`, "ER");
const only = (text: string): PaperDraft => {
  const { papers } = parse(text);
  expect(papers).toHaveLength(1);
  return papers[0]!;
};
const warning = (line: number, message: string): ParseWarning => ({ file: "savedrecs.txt", line, message });
const HEAD = "FN Clarivate Analytics Web of Science\nVR 1.0";

describe("Web of Science sniffing", () => {
  it.each([
    ["the export's head", `${HEAD}\nPT J\nAU Kim, J\n`],
    ["an older head", "FN Thomson Reuters Web of Knowledge\nVR 1.0\nPT J\n"],
    ["the ISI head", "FN ISI Export Format\nVR 1.0\nPT J\n"],
    ["a head without FN", "VR 1.0\nPT S\nAU McCormick, MC\nTI A Title\n"],
    ["records without a head", "PT J\nAU Kim, J\n   Lee, A\nAF Kim, Jeonghye\nTI A Title\nSO A JOURNAL\n"],
  ])("recognises %s", (_, text) => {
    expect(wosFormat.sniff(text)).toBe(true);
  });

  it.each([
    ["RIS", "TY  - JOUR\nTI  - A Title\nAU  - Kim, J\nER  - \n"],
    ["RIS exported by Web of Science", "TY  - JOUR\nAU  - Sampson, SD\nTI  - New Horned Dinosaurs\nAN  - WOS:000282096800001\nER  -\n"],
    ["MEDLINE", "PMID- 30922926\nOWN - NLM\nTI  - Time lapse.\n"],
    ["a note that starts with FN", "FN means footnote\nIt is not an export.\n"],
    ["a PT line among prose", "PT J\nhello there\nwhat is this\n"],
    ["a paper-feed listing", "LGOct 4, 2023\nA TitleAnn Lee, Bo Chen\n"],
  ])("does not claim %s", (_, text) => {
    expect(wosFormat.sniff(text)).toBe(false);
  });
});

describe("Web of Science records", () => {
  it("reads every field of a record", () => {
    const text = lines(
      HEAD,
      "PT J", // 3
      "AU Kim, J",
      "   van der Berg, A",
      "   Dekker, R",
      "AF Kim, Jeonghye",
      "   van der Berg, Anna",
      "   Dekker, Rommert",
      "TI Decision ConvFormer: Local Filtering in MetaFormer is Sufficient for",
      "   Decision Making",
      "SO JOURNAL OF MACHINE LEARNING RESEARCH",
      "LA English",
      "DT Article",
      "AB We study decisions.",
      "RI Dekker, Rommert/E-7620-2012",
      "OI Kim, Jeonghye/0000-0002-1825-0097; Dekker,",
      "   Rommert/0000-0003-3823-199X",
      "PD OCT 4",
      "PY 2023",
      "DI 10.5555/JMLR.2023.42",
      "WC Computer Science, Artificial Intelligence; Statistics & Probability",
      "UT WOS:000123456700001",
      "ER",
      "",
      "EF",
    );
    expect(parse(text)).toEqual({
      papers: [
        {
          title: "Decision ConvFormer: Local Filtering in MetaFormer is Sufficient for Decision Making",
          authors: ["Jeonghye Kim", "Anna van der Berg", "Rommert Dekker"],
          authorDetails: [
            { given: "Jeonghye", family: "Kim", orcid: "0000-0002-1825-0097" },
            { given: "Anna", family: "van der Berg" },
            { given: "Rommert", family: "Dekker", orcid: "0000-0003-3823-199X" },
          ],
          etAl: false,
          date: "2023-10-04",
          year: 2023,
          categories: ["Computer Science, Artificial Intelligence", "Statistics & Probability"],
          score: null,
          abstract: "We study decisions.",
          source: { file: "savedrecs.txt", line: 3 },
          doi: "10.5555/jmlr.2023.42",
          venue: "JOURNAL OF MACHINE LEARNING RESEARCH",
          type: "Article",
          sourceIds: { wos: "WOS:000123456700001" },
        },
      ],
      warnings: [],
    });
  });

  it("takes the type from PT when there is no DT, and keeps other databases' accession numbers", () => {
    expect(only(record("AU Solar, MS", "UT BIOSIS:PREV201100469175"))).toMatchObject({ type: "J", sourceIds: { wos: "BIOSIS:PREV201100469175" } });
  });

  it("leaves out what the record does not have", () => {
    const paper = only(record("AU Kim, J"));
    expect(paper).toEqual({
      title: "A Title",
      authors: ["J Kim"],
      authorDetails: [{ given: "J", family: "Kim" }],
      etAl: false,
      date: null,
      year: null,
      categories: [],
      score: null,
      abstract: null,
      source: { file: "savedrecs.txt", line: 1 },
      type: "J",
    });
  });
});

describe("Web of Science names", () => {
  it.each([
    [["AU Kim, J"], "J Kim", { given: "J", family: "Kim" }],
    [["AU Kim, J", "AF Kim, Jeonghye"], "Jeonghye Kim", { given: "Jeonghye", family: "Kim" }],
    [["AU KIM, J"], "J Kim", { given: "J", family: "Kim" }],
    [["AF BREVIK, I"], "I Brevik", { given: "I", family: "Brevik" }],
    [["AF O'BRIEN, JL"], "JL O'Brien", { given: "JL", family: "O'Brien" }],
    [["AF VAN DER BERG, ANNA"], "Anna van der Berg", { given: "Anna", family: "van der Berg" }],
    [["AF GARCIA-MARQUEZ, GABRIEL JOSE"], "Gabriel Jose Garcia-Marquez", { given: "Gabriel Jose", family: "Garcia-Marquez" }],
    [["AF LI, W"], "W Li", { given: "W", family: "Li" }],
    [["AF van Maris, Antonius J. A."], "Antonius J. A. van Maris", { given: "Antonius J. A.", family: "van Maris" }],
    [["AF McCormick, Marie C."], "Marie C. McCormick", { given: "Marie C.", family: "McCormick" }],
    [["AU FRANCIOS.RA"], "RA Francios", { given: "RA", family: "Francios" }],
    [["AU YANG Y"], "Y Yang", { given: "Y", family: "Yang" }],
    [["AU Medvedeff, Cassandra A. (medvedeff22@ufl.edu)"], "Cassandra A. Medvedeff", { given: "Cassandra A.", family: "Medvedeff" }],
    [["AU Smith, JM "], "JM Smith", { given: "JM", family: "Smith" }],
    [["AF Roach, Mack, III"], "Mack Roach III", { given: "Mack", family: "Roach" }],
  ])("%j → %s", (tags, display, detail) => {
    const paper = only(record(...tags));
    expect([paper.authors, paper.authorDetails]).toEqual([[display], [detail]]);
  });

  it("reads one name per continuation line", () => {
    const paper = only(record("AF Zelle, Rintze M.", "   de Hulster, Erik", "   van Winden, WoUter A."));
    expect(paper.authors).toEqual(["Rintze M. Zelle", "Erik de Hulster", "WoUter A. van Winden"]);
  });

  it("adds group authors (CA) after the people, once", () => {
    const paper = only(record("AF Kim, Jeonghye", "   ATLAS Collaboration", "CA ATLAS Collaboration", "   CMS Collaboration"));
    expect([paper.authors, paper.authorDetails]).toEqual([
      ["Jeonghye Kim", "ATLAS Collaboration", "CMS Collaboration"],
      [{ given: "Jeonghye", family: "Kim" }, {}, {}],
    ]);
  });

  it("keeps a record whose only author is [Anonymous], without authors and with a warning", () => {
    const { papers, warnings } = parse(record("AU [Anonymous]"));
    expect(papers.map((p) => [p.authors, p.authorDetails])).toEqual([[[], undefined]]);
    expect(warnings).toEqual([warning(1, "record has no authors (AF or AU); kept without authors")]);
  });

  it("reads thousands of authors", () => {
    const names = Array.from({ length: 5000 }, (_, i) => `${i === 0 ? "AF" : "  "} Family${i}, Given`);
    const orcids = "OI Family4999, Given/0000-0002-1825-0097";
    const paper = only(record(...names, orcids));
    expect(paper.authors).toHaveLength(5000);
    expect(paper.authorDetails![4999]).toEqual({ given: "Given", family: "Family4999", orcid: "0000-0002-1825-0097" });
  });
});

describe("Web of Science ORCID iDs", () => {
  const orcids = (...tags: string[]) => only(record(...tags)).authorDetails!.map((detail) => detail.orcid ?? null);

  it("matches a name written differently by family name and initial", () => {
    expect(orcids("AF Kim, J.", "   Lee, Ann", "OI Kim, Jeonghye/0000-0002-1825-0097")).toEqual(["0000-0002-1825-0097", null]);
  });

  it("does not guess between two authors with the same family name and initial", () => {
    expect(orcids("AF Kim, Jeonghye", "   Kim, Jisoo", "OI Kim, J/0000-0002-1825-0097")).toEqual([null, null]);
  });

  it("ignores iDs of people who are not authors, and entries that are not iDs", () => {
    expect(orcids("AF Kim, Jeonghye", "OI Wright, Dawn/0000-0002-2997-7611; Kim, Jeonghye/not-an-id; ")).toEqual([null]);
  });

  it("reads iDs written as addresses and with a lower-case check digit", () => {
    expect(orcids("AF Kim, Jeonghye", "   Lee, Ann", "OI Kim, Jeonghye/https://orcid.org/0000-0002-1825-0097; Lee, Ann/0000-0003-3823-199x")).toEqual([
      "0000-0002-1825-0097",
      "0000-0003-3823-199X",
    ]);
  });

  it("takes iDs from RI when they are ORCID iDs", () => {
    expect(orcids("AF Kim, Jeonghye", "   Lee, Ann", "RI Kim, Jeonghye/A-1234-2008; Lee, Ann/0000-0003-3823-1990")).toEqual([null, "0000-0003-3823-1990"]);
  });
});

describe("Web of Science dates", () => {
  it.each([
    [["PY 2011", "PD OCT 4"], 2011, "2011-10-04"],
    [["PY 2011", "PD JUN 28 2011"], 2011, "2011-06-28"],
    [["PY 2011", "PD FEB 2011"], 2011, null],
    [["PY 2011", "PD JAN-FEB"], 2011, null],
    [["PY 2011", "PD SPR"], 2011, null],
    [["PY 2011", "PD FEB 30"], 2011, null],
    [["PY 2011", "PD DEC 6 2010"], 2011, null],
    [["PY 2011", "PD 2011"], 2011, null],
    [["PD JUN 28 2011"], 2011, "2011-06-28"],
    [["PY 2011"], 2011, null],
    [[], null, null],
  ])("%j → year %s, date %s", (tags, year, date) => {
    expect(only(record(...tags))).toMatchObject({ year, date });
  });
});

describe("Web of Science file structure", () => {
  it("reads files joined one after another", () => {
    const text = lines(HEAD, entry("One"), "", "EF", HEAD, entry("Two"), "", "EF", "");
    const { papers, warnings } = parse(text);
    expect(papers.map((p) => [p.title, p.source.line])).toEqual([
      ["One", 3],
      ["Two", 11],
    ]);
    expect(warnings).toEqual([]);
  });

  it("keeps a record that runs into the next one without ER, with a warning", () => {
    const text = lines(HEAD, "PT J", "AU Lee, A", "TI One", entry("Two"), "EF");
    const { papers, warnings } = parse(text);
    expect(papers.map((p) => [p.title, p.authors, p.source.line])).toEqual([
      ["One", ["A Lee"], 3],
      ["Two", ["A Lee"], 6],
    ]);
    expect(warnings).toEqual([warning(3, 'record has no end line ("ER") before the next record (line 6); kept what it had')]);
  });

  it("keeps a record that runs into EF or the end of the file, with a warning", () => {
    expect(parse(lines(HEAD, "PT J", "AU Lee, A", "TI One", "EF")).warnings).toEqual([
      warning(3, 'record has no end line ("ER") before the "EF" line (line 6); kept what it had'),
    ]);
    const cut = parse(lines(HEAD, "PT J", "AU Lee, A", "TI One", "   continued"));
    expect(cut.papers.map((p) => p.title)).toEqual(["One continued"]);
    expect(cut.warnings).toEqual([warning(3, 'record has no end line ("ER") before the end of the file; kept what it had')]);
  });

  it("skips a record without a title and keeps the others", () => {
    const text = lines(HEAD, entry("One"), "PT J", "AU Lee, A", "ER", entry("Three"), "EF");
    const { papers, warnings } = parse(text);
    expect(papers.map((p) => [p.title, p.source.line])).toEqual([
      ["One", 3],
      ["Three", 10],
    ]);
    expect(warnings).toEqual([warning(7, "record has no title (TI); skipped")]);
  });

  it("reads a line that lost its indentation as a continuation, with a warning", () => {
    const text = lines("PT J", "AU Lee, A", "TI A title that", "goes on", "ER");
    const { papers, warnings } = parse(text);
    expect(papers.map((p) => p.title)).toEqual(["A title that goes on"]);
    expect(warnings).toEqual([warning(4, "line has no tag and is not indented as a continuation; read as part of the TI field above")]);
  });

  it("reports text between records", () => {
    const text = lines(HEAD, entry("One"), "", "some words", "AU Stray, S", entry("Two"), "EF");
    const { papers, warnings } = parse(text);
    expect(papers).toHaveLength(2);
    expect(warnings).toEqual([warning(8, 'lines 8–9 are outside any record (a record starts with a "PT" line); skipped')]);
  });

  it("reads the same in pieces as at once", () => {
    const text = lines(HEAD, "junk", entry("One"), "PT J", "AF Kim, Jeonghye", "TI Cut", "OI Kim, Jeonghye/0000-0002-1825-0097");
    const whole = parse(text);
    expect(readStreamed(wosFormat, context, cut(text, [5]))).toEqual(whole);
    expect(whole.papers).toHaveLength(2);
    expect(whole.warnings).toHaveLength(2);
  });

  it("reads Windows line ends and a byte-order mark when streamed", () => {
    const { papers, warnings } = readStreamed(wosFormat, context, ["\uFEFFFN Clarivate Analytics Web of Science\r\nVR 1.0\r\nPT J\r\nAU Lee, A\r", "\nTI A Title\r\nER\r\n\r\nEF\r\n"]);
    expect(papers.map((p) => [p.title, p.authors])).toEqual([["A Title", ["A Lee"]]]);
    expect(warnings).toEqual([]);
  });
});

describe("Web of Science round trip", () => {
  it("reads back the generated bibliography, full names from AF and ORCID iDs from OI", () => {
    const generated = generateBibliography(3000);
    const text = writeWos(generated);
    expect(wosFormat.sniff(text)).toBe(true);
    const { papers, warnings } = parse(text);
    expect(warnings).toEqual([]);
    expect(papers.map((p) => [p.title, p.authors, p.year, p.doi])).toEqual(
      generated.map((g) => [g.title, g.authors.map((a) => `${a.given} ${a.family}`), g.year, g.doi]),
    );
    expect(papers.map((p) => p.authorDetails!.map((d) => d.orcid ?? null))).toEqual(generated.map((g) => g.authors.map((a) => a.orcid ?? null)));
  });
});
