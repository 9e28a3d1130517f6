import { describe, expect, it } from "vitest";
import { generateBibliography } from "../../../../bench/generate/bibliography";
import { writeScopusCsv } from "../../../../bench/generate/scopusCsv";
import { readCsv, type CsvRecord } from "../../../../src/parse/formats/csv";
import { scopusCsvFormat } from "../../../../src/parse/formats/scopusCsv";
import type { PaperDraft, ParseWarning } from "../../../../src/parse/types";

const context = { file: "scopus.csv", reference: { year: 2026, month: 11, day: 25 } };
const parse = (text: string) => scopusCsvFormat.parse(text, context);
const warning = (line: number, message: string): ParseWarning => ({ file: "scopus.csv", line, message });
const quoted = (fields: readonly string[]) => fields.map((field) => `"${field.replace(/"/g, '""')}"`).join(",");
/** A CSV of the given columns, every field quoted as Scopus does, one line per row. */
const csv = (columns: readonly string[], ...rows: (readonly string[])[]) => [columns, ...rows].map(quoted).join("\n") + "\n";
const COLUMNS = ["Authors", "Author full names", "Author(s) ID", "Title", "Year", "Source title", "DOI", "Link", "Abstract", "Document Type", "EID"];
/** A row of the columns above: Authors, full names, ids and title as given, the rest fixed. */
const row = (authors: string, fullNames: string, ids: string, title = "A Title") => [authors, fullNames, ids, title, "2023", "A Journal", "", "", "", "Article", "2-s2.0-1"];
const only = (text: string): PaperDraft => {
  const { papers } = parse(text);
  expect(papers).toHaveLength(1);
  return papers[0]!;
};

describe("CSV reading", () => {
  const records = (text: string) => {
    const all: CsvRecord[] = [];
    readCsv(text, (record) => all.push(record));
    return all.map(({ fields, line, complete }) => ({ fields, line, complete }));
  };

  it("reads quoted fields with commas, doubled quotes and line ends, and tells the line each record starts on", () => {
    expect(records('a,"b, c"\n"say ""hi""","two\nlines"\nlast,\n')).toEqual([
      { fields: ["a", "b, c"], line: 1, complete: true },
      { fields: ['say "hi"', "two\nlines"], line: 2, complete: true },
      { fields: ["last", ""], line: 4, complete: true },
    ]);
  });

  it("keeps a quote inside an unquoted field, and text after a closing quote, as text", () => {
    expect(records('5" disk,"quoted"tail\n')).toEqual([{ fields: ['5" disk', "quotedtail"], line: 1, complete: true }]);
  });

  it("marks the record of a quote still open at the end of the text incomplete, with the fields before it", () => {
    expect(records('a,b\nc,"cut\nshort')).toEqual([
      { fields: ["a", "b"], line: 1, complete: true },
      { fields: ["c"], line: 2, complete: false },
    ]);
  });

  it("reads a last line without a line end", () => {
    expect(records("a,b\nc,d")).toEqual([
      { fields: ["a", "b"], line: 1, complete: true },
      { fields: ["c", "d"], line: 2, complete: true },
    ]);
  });
});

describe("Scopus CSV sniffing", () => {
  it.each([
    ["a current export (every field quoted)", csv(COLUMNS)],
    ["an older export (no quotes, no full names)", "Authors,Author(s) ID,Title,Year,Source title,Volume,Issue,DOI,Link,Document Type,Source,EID\n"],
    ["columns in another order", '"Title","EID","Year","Authors"\n'],
    ["only Authors, Title and Source title", "Authors,Title,Source title\nKim J.,A Title,A Journal\n"],
  ])("recognises %s", (_, text) => {
    expect(scopusCsvFormat.sniff(text)).toBe(true);
  });

  it.each([
    ["a CSV without a Scopus column", "Authors,Title,Year\nKim J.,A Title,2023\n"],
    ["a Web of Science tab-delimited export", "PT\tAU\tTI\tSO\tUT\nJ\tKim, J\tA Title\tA Journal\tWOS:000123\n"],
    ["CSL-JSON", '[{"type": "article-journal", "title": "Authors,Title,EID"}]'],
    ["a header-less row that mentions the columns further on", "Kim J.,A Title\nAuthors,Title,EID\n"],
  ])("does not claim %s", (_, text) => {
    expect(scopusCsvFormat.sniff(text)).toBe(false);
  });
});

describe("Scopus CSV records", () => {
  it("reads every field of a current export", () => {
    const text = csv(COLUMNS, [
      "Kim J.; van der Berg A.",
      "Kim, Jeonghye (57193254555); van der Berg, Anna (57200000000)",
      "57193254555; 57200000000",
      "Decision  ConvFormer: Local Filtering",
      "2023",
      "Journal of Machine Learning Research",
      "10.5555/JMLR.2023.42",
      "https://www.scopus.com/inward/record.uri?eid=2-s2.0-85123456789&partnerID=40",
      "We study decisions. © 2023 The Authors",
      "Article",
      "2-s2.0-85123456789",
    ]);
    expect(parse(text)).toEqual({
      papers: [
        {
          title: "Decision ConvFormer: Local Filtering",
          authors: ["Jeonghye Kim", "Anna van der Berg"],
          authorDetails: [
            { given: "Jeonghye", family: "Kim", scopus: "57193254555" },
            { given: "Anna", family: "van der Berg", scopus: "57200000000" },
          ],
          etAl: false,
          date: null,
          year: 2023,
          categories: [],
          score: null,
          abstract: "We study decisions. © 2023 The Authors",
          source: { file: "scopus.csv", line: 2 },
          doi: "10.5555/jmlr.2023.42",
          venue: "Journal of Machine Learning Research",
          type: "Article",
          url: "https://www.scopus.com/inward/record.uri?eid=2-s2.0-85123456789&partnerID=40",
          sourceIds: { scopus: "2-s2.0-85123456789" },
        },
      ],
      warnings: [],
    });
  });

  it('reads an older export: "Authors" separated by commas, ids ending in ";", no quotes where none are needed', () => {
    const text = [
      "Authors,Author(s) ID,Title,Year,Source title,DOI,Document Type,EID",
      '"Phillips J.C., Braun R., Kalé L., Siu K.-C.","57202138757;7402220509;7005862685;57192938181;",Scalable molecular dynamics,2005,"J. Comput. Chem.",10.1002/jcc.20289,Review,2-s2.0-27344436659',
      "",
    ].join("\n");
    const paper = only(text);
    expect(paper.authors).toEqual(["J.C. Phillips", "R. Braun", "L. Kalé", "K.-C. Siu"]);
    expect(paper.authorDetails).toEqual([
      { given: "J.C.", family: "Phillips", scopus: "57202138757" },
      { given: "R.", family: "Braun", scopus: "7402220509" },
      { given: "L.", family: "Kalé", scopus: "7005862685" },
      { given: "K.-C.", family: "Siu", scopus: "57192938181" },
    ]);
    expect([paper.title, paper.year, paper.venue, paper.doi, paper.type]).toEqual(["Scalable molecular dynamics", 2005, "J. Comput. Chem.", "10.1002/jcc.20289", "Review"]);
  });

  it.each([
    ['"Family I.; …"', "Hao J.; Edwin Raja Dhas J.; Siu K.-C."],
    ['"Family, I.; …"', "Hao, J.; Edwin Raja Dhas, J.; Siu, K.-C."],
    ['"Family, I., …"', "Hao, J., Edwin Raja Dhas, J., Siu, K.-C."],
    ['"Family I., …"', "Hao J., Edwin Raja Dhas J., Siu K.-C."],
  ])("reads the Authors column written as %s", (_, authors) => {
    const paper = only(csv(["Authors", "Title", "EID"], [authors, "A Title", "2-s2.0-1"]));
    expect(paper.authors).toEqual(["J. Hao", "J. Edwin Raja Dhas", "K.-C. Siu"]);
    expect(paper.authorDetails).toEqual([
      { given: "J.", family: "Hao" },
      { given: "J.", family: "Edwin Raja Dhas" },
      { given: "K.-C.", family: "Siu" },
    ]);
  });

  it("keeps organisations and names without initials whole", () => {
    const paper = only(csv(COLUMNS, row("Gemma Team; Kim J.", "Gemma Team (60000001); Kim, Jeonghye (57193254555)", "60000001; 57193254555")));
    expect(paper.authors).toEqual(["Gemma Team", "Jeonghye Kim"]);
    expect(paper.authorDetails).toEqual([{ scopus: "60000001" }, { given: "Jeonghye", family: "Kim", scopus: "57193254555" }]);
  });

  it("takes full names with initials only, and names with brackets of their own", () => {
    const paper = only(csv(COLUMNS, row("Unnikrishnan M.A.; Kim J.", "Unnikrishnan, M.A. (57197735070); Kim, Jeonghye (Jenny) (57193254555)", "")));
    expect(paper.authors).toEqual(["M.A. Unnikrishnan", "Jeonghye (Jenny) Kim"]);
  });

  it("reads the authors from Authors when Author full names is empty", () => {
    const paper = only(csv(COLUMNS, row("Kim J.; Lee S.", "", "57193254555; 57200000000")));
    expect(paper.authors).toEqual(["J. Kim", "S. Lee"]);
    expect(paper.authorDetails).toEqual([
      { given: "J.", family: "Kim", scopus: "57193254555" },
      { given: "S.", family: "Lee", scopus: "57200000000" },
    ]);
  });

  it("sets et al. when the author list ends with it", () => {
    const paper = only(csv(["Authors", "Title", "EID"], ["Kim J., Lee S., et al.", "A Title", "2-s2.0-1"]));
    expect([paper.authors, paper.etAl]).toEqual([["J. Kim", "S. Lee"], true]);
  });

  it('keeps a record with "[No author name available]" without authors, and reads "[No abstract available]" as none', () => {
    const fields = row("[No author name available]", "", "[No author id available]");
    fields[8] = "[No abstract available]";
    const { papers, warnings } = parse(csv(COLUMNS, fields));
    expect(papers.map((p) => [p.authors, p.authorDetails, p.abstract])).toEqual([[[], undefined, null]]);
    expect(warnings).toEqual([warning(2, 'record has no author names (Scopus wrote "[No author name available]"); kept without authors')]);
  });

  it("warns when Author(s) ID does not match the authors and leaves the ids out", () => {
    const { papers, warnings } = parse(csv(["Authors", "Author(s) ID", "Title", "EID"], ["Kim J.; Lee S.", "57193254555;", "A Title", "2-s2.0-1"]));
    expect(papers[0]!.authorDetails).toEqual([{ given: "J.", family: "Kim" }, { given: "S.", family: "Lee" }]);
    expect(warnings).toEqual([warning(2, '"Author(s) ID" lists 1 ids for 2 authors, so they cannot be matched; left them out')]);
  });

  it("gives each record the line it starts on when fields span lines", () => {
    const text = csv(["Authors", "Title", "Abstract", "EID"], ["Kim J.", "First", "Line one\nline two\n\nline four", "2-s2.0-1"], ["Lee S.", 'Second "quoted"', "", "2-s2.0-2"]);
    const { papers, warnings } = parse(text);
    expect(papers.map((p) => [p.title, p.abstract, p.source.line])).toEqual([
      ["First", "Line one line two line four", 2],
      ['Second "quoted"', null, 6],
    ]);
    expect(warnings).toEqual([]);
  });

  it("reads the columns after the funding texts from the end when a record has more fields than the header", () => {
    const columns = ["Authors", "Title", "Funding Details", "Funding Text 1", "References", "Document Type", "EID"];
    const text = csv(columns, ["Kim J.", "Two funding texts", "NSF", "Text one", "Text two", "Refs", "Article", "2-s2.0-2"], ["Lee S.", "One", "", "", "Refs", "Review", "2-s2.0-3"]);
    expect(parse(text).papers.map((p) => [p.title, p.type, p.sourceIds])).toEqual([
      ["Two funding texts", "Article", { scopus: "2-s2.0-2" }],
      ["One", "Review", { scopus: "2-s2.0-3" }],
    ]);
  });

  it("skips a short record in the middle, whose columns cannot be placed, and keeps the others", () => {
    const text = [quoted(COLUMNS), quoted(row("Kim J.", "", "", "First")), '"Lee S.","","","Short"', quoted(row("Park B.", "", "", "Third")), ""].join("\n");
    const { papers, warnings } = parse(text);
    expect(papers.map((p) => p.title)).toEqual(["First", "Third"]);
    expect(warnings).toEqual([warning(3, "this record has 4 of the 11 columns the header names, so its columns cannot be told apart; skipped")]);
  });

  it("keeps what there is of a last record cut short", () => {
    const text = [quoted(COLUMNS), quoted(row("Kim J.", "", "", "First")), '"Lee S.","Lee, Suyoung (57200000000)","57200000000","Cut short","2024"'].join("\n");
    const { papers, warnings } = parse(text);
    expect(papers.map((p) => [p.title, p.authors, p.year, p.sourceIds])).toEqual([
      ["First", ["J. Kim"], 2023, { scopus: "2-s2.0-1" }],
      ["Cut short", ["Suyoung Lee"], 2024, undefined],
    ]);
    expect(warnings).toEqual([warning(3, "this record has 5 of the 11 columns the header names (the file looks cut short here); read what is there")]);
  });

  it("skips a last record cut short inside a quoted field and keeps the ones before", () => {
    const text = [quoted(["Authors", "Title", "Abstract", "EID"]), quoted(["Kim J.", "Kept", "", "2-s2.0-1"]), '"Lee S.","Cut short","An abstract', "that goes on"].join("\n");
    const { papers, warnings } = parse(text);
    expect(papers.map((p) => [p.title, p.source.line])).toEqual([["Kept", 2]]);
    expect(warnings).toEqual([warning(3, "the file ends inside a quoted field of this record (it looks cut short); skipped the record")]);
  });

  it("skips a record without a title, and blank lines, and keeps the rest", () => {
    const text = csv(["Authors", "Title", "EID"], ["Kim J.", "", "2-s2.0-1"], ["Lee S.", "Kept", "2-s2.0-2"]) + "\n\n";
    const { papers, warnings } = parse(text);
    expect(papers.map((p) => p.title)).toEqual(["Kept"]);
    expect(warnings).toEqual([warning(2, "record has no title; skipped")]);
  });

  it("reads an arXiv DOI as the arXiv id too", () => {
    const paper = only(csv(["Authors", "Title", "DOI", "EID"], ["Kim J.", "A Title", "10.48550/arXiv.2301.00001", "2-s2.0-1"]));
    expect([paper.doi, paper.arxivId]).toEqual(["10.48550/arxiv.2301.00001", "2301.00001"]);
  });

  it("says so when the header has no Title column", () => {
    expect(parse("Authors,EID\nKim J.,2-s2.0-1\n")).toEqual({
      papers: [],
      warnings: [warning(1, 'the first line does not name a "Title" column, so no record can be read; is this a Scopus CSV export?')],
    });
  });
});

describe("Scopus CSV round trip", () => {
  it("reads back every generated paper", () => {
    const generated = generateBibliography(3000);
    // The byte-order mark Scopus writes is removed before any reader sees the text.
    const text = writeScopusCsv(generated).replace(/^\uFEFF/, "");
    expect(scopusCsvFormat.sniff(text)).toBe(true);
    const { papers, warnings } = parse(text);
    expect(warnings).toEqual([]);
    expect(papers.map((p) => [p.title, p.authors, p.year, p.doi])).toEqual(
      generated.map((g) => [g.title, g.authors.map((a) => `${a.given} ${a.family}`), g.year, g.doi]),
    );
  });
});
