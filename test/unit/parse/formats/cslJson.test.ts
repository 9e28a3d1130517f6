import { describe, expect, it } from "vitest";
import { generateBibliography } from "../../../../bench/generate/bibliography";
import { writeCslJson } from "../../../../bench/generate/cslJson";
import { cslJsonFormat } from "../../../../src/parse/formats/cslJson";
import type { PaperDraft, ParseWarning } from "../../../../src/parse/types";

const context = { file: "items.json", reference: { year: 2026, month: 11, day: 25 } };
const parse = (text: string) => cslJsonFormat.parse(text, context);
const warning = (line: number, message: string): ParseWarning => ({ file: "items.json", line, message });
/** Items the way Better BibTeX lays them out: one per line inside the list. */
const list = (...items: object[]) => `[\n${items.map((item) => `  ${JSON.stringify(item)}`).join(",\n")}\n]\n`;
const item = (fields: object = {}) => ({ type: "article-journal", title: "A Title", author: [{ family: "Lee", given: "Ann" }], ...fields });
const only = (text: string): PaperDraft => {
  const { papers } = parse(text);
  expect(papers).toHaveLength(1);
  return papers[0]!;
};

describe("CSL-JSON sniffing", () => {
  it.each([
    ["a Better BibTeX list (keys in alphabetical order, type last)", list({ id: "lee2023", author: [{ family: "Lee" }], "citation-key": "lee2023", title: "A Title", type: "article-journal" })],
    ["a Zotero list (tab-indented)", JSON.stringify([{ id: "http://zotero.org/users/1/items/AB12CD34", type: "book", title: "A Book" }], null, "\t")],
    ["a single item", JSON.stringify({ type: "chapter", issued: { "date-parts": [[2020]] } })],
    ["an item of a type outside the standard list, with two CSL fields", list({ type: "video", title: "On the edge", issued: { "date-parts": [["1992"]] } })],
  ])("recognises %s", (_, text) => {
    expect(cslJsonFormat.sniff(text)).toBe(true);
  });

  it.each([
    ["an npm package.json", JSON.stringify({ name: "x", type: "module", author: "Ann Lee", version: "1.0.0" })],
    ["a list of OpenAlex works", JSON.stringify([{ id: "https://openalex.org/W1", title: "A Title", type: "article", authorships: [] }])],
    ["an OpenAlex API response", JSON.stringify({ meta: { count: 1 }, results: [{ id: "https://openalex.org/W1", type: "article", title: "A Title" }] })],
    ["items without a type", list({ title: "A Title", author: [] })],
    ["an empty list", "[]"],
    ["a Scopus CSV", '"Authors","Title","EID"\n'],
  ])("does not claim %s", (_, text) => {
    expect(cslJsonFormat.sniff(text)).toBe(false);
  });
});

describe("CSL-JSON items", () => {
  it("reads every field of a Better BibTeX item", () => {
    const text = list({
      id: "kim2023decision",
      abstract: "We study <i>decisions</i>.",
      author: [
        { family: "Kim", given: "Jeonghye" },
        { family: "Berg", given: "Anna", "non-dropping-particle": "van der" },
      ],
      "citation-key": "kim2023decision",
      "container-title": "Journal of Machine Learning Research",
      DOI: "https://doi.org/10.5555/JMLR.2023.42",
      issued: { "date-parts": [["2023", 10, 4]] },
      title: "Decision ConvFormer: Local Filtering in <i>MetaFormer</i>",
      type: "article-journal",
      URL: "https://example.org/paper",
    });
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
          source: { file: "items.json", line: 2 },
          doi: "10.5555/jmlr.2023.42",
          url: "https://example.org/paper",
          venue: "Journal of Machine Learning Research",
          type: "article-journal",
          sourceIds: { bibtex: "kim2023decision" },
        },
      ],
      warnings: [],
    });
  });

  it("gives each item of a pretty-printed list the line of its opening brace", () => {
    const text = JSON.stringify([item({ title: "First" }), item({ title: "Second" })], null, "\t");
    expect(parse(text).papers.map((p) => [p.title, p.source.line])).toEqual([
      ["First", 2],
      ["Second", 12],
    ]);
  });

  it.each([
    ["dropping particles, suffixes and particles that stay", [
      { family: "Beethoven", given: "Ludwig", "dropping-particle": "van" },
      { family: "Smith", given: "John", suffix: "Jr." },
      { family: "Cruz", given: "Ana", "dropping-particle": "de", "non-dropping-particle": "la" },
    ], ["Ludwig van Beethoven", "John Smith Jr.", "Ana de la Cruz"], [
      { given: "Ludwig", family: "van Beethoven" },
      { given: "John", family: "Smith" },
      { given: "Ana", family: "de la Cruz" },
    ]],
    ["organisations as literal names or as a family name alone", [{ literal: "Gemma Team" }, { family: "American Bar Association", given: "" }], ["Gemma Team", "American Bar Association"], [{}, { family: "American Bar Association" }]],
    ["a given name alone, spaces to tidy, and an ORCID as a link", [{ given: "Madonna" }, { family: " Lee ", given: "Ann  Marie", ORCID: "http://orcid.org/0000-0002-1825-0097" }], ["Madonna", "Ann Marie Lee"], [{ given: "Madonna" }, { given: "Ann Marie", family: "Lee", orcid: "0000-0002-1825-0097" }]],
  ])("reads names: %s", (_, author, authors, authorDetails) => {
    const paper = only(list(item({ author })));
    expect([paper.authors, paper.authorDetails, paper.etAl]).toEqual([authors, authorDetails, false]);
  });

  it('reads "others" and "et al." as a list cut short, not as authors', () => {
    const { papers, warnings } = parse(
      list(item({ author: [{ family: "Lee", given: "Ann" }, { literal: "others" }] }), item({ author: [{ family: "Kim", given: "Bo" }, { family: "et al." }] })),
    );
    expect(papers.map((p) => [p.authors, p.etAl])).toEqual([
      [["Ann Lee"], true],
      [["Bo Kim"], true],
    ]);
    expect(warnings).toEqual([]);
  });

  it("leaves out empty names with a warning", () => {
    const { papers, warnings } = parse(list(item({ author: [{ family: "Lee", given: "Ann" }, {}, { given: " " }] })));
    expect(papers[0]!.authors).toEqual(["Ann Lee"]);
    expect(warnings).toEqual([warning(2, "2 names in this item are empty; left them out")]);
  });

  it("takes the editors when there are no authors, and says so", () => {
    const { papers, warnings } = parse(list(item({ author: undefined, editor: [{ family: "Rigg", given: "A. G." }] }), item({ author: [] })));
    expect(papers.map((p) => p.authors)).toEqual([["A. G. Rigg"], []]);
    expect(warnings).toEqual([warning(2, "item has no authors; its editors are taken as its authors"), warning(3, "item has no authors; kept without authors")]);
  });

  it.each([
    ["date-parts of numbers", { "date-parts": [[2023, 10, 4]] }, "2023-10-04", 2023],
    ["date-parts of strings (Zotero)", { "date-parts": [["2023", "2", "28"]] }, "2023-02-28", 2023],
    ["a year and month", { "date-parts": [["2018", 8]] }, null, 2018],
    ["a range, whose start counts", { "date-parts": [["2016"], ["2017"]] }, null, 2016],
    ["a season in the month's place", { "date-parts": [[2017, 21]], season: 4 }, null, 2017],
    ["a day that does not exist", { "date-parts": [[2023, 2, 30]] }, null, 2023],
    ["a raw date", { raw: "2023-10-04" }, "2023-10-04", 2023],
    ["a literal with a four-digit day (Better BibTeX)", { literal: "1995-01-0001" }, null, 1995],
    ["a literal with a year somewhere", { literal: "Spring 2019" }, null, 2019],
    ["a year before the common era", { "date-parts": [["-1", 13]] }, null, null],
    ["nothing usable", { literal: "n.d." }, null, null],
  ])("reads issued as %s", (_, issued, date, year) => {
    const paper = only(list(item({ issued })));
    expect([paper.date, paper.year]).toEqual([date, year]);
  });

  it("falls back on published-print when issued is missing, and reads a bare date string", () => {
    const { papers } = parse(list(item({ "published-print": { "date-parts": [[2019, 5, 2]] } }), item({ issued: "2020-01-15" })));
    expect(papers.map((p) => [p.date, p.year])).toEqual([
      ["2019-05-02", 2019],
      ["2020-01-15", 2020],
    ]);
  });

  it("reads Crossref's lists of titles, markup and entities in titles, and JATS abstracts", () => {
    const paper = only(
      list(
        item({
          title: ["<i>E. coli</i> &amp; the <span class=\"nocase\">pH</span> of H<sub>2</sub>O"],
          "container-title": ["Nature", "Nat."],
          abstract: "<jats:title>Abstract</jats:title><jats:p>First.</jats:p><jats:p>Second &lt; third.</jats:p>",
        }),
      ),
    );
    expect([paper.title, paper.venue, paper.abstract]).toEqual(["E. coli & the pH of H2O", "Nature", "Abstract First. Second < third."]);
  });

  it("reads escaped quotes and backslashes in strings, also at a string's end", () => {
    const { papers } = parse(list(item({ title: 'A 5" disk [sic', abstract: "ends in a backslash \\" }), item({ title: "Next" })));
    expect(papers.map((p) => [p.title, p.abstract])).toEqual([
      ['A 5" disk [sic', "ends in a backslash \\"],
      ["Next", null],
    ]);
  });

  it("keeps angle brackets that are not markup", () => {
    expect(only(list(item({ title: "When x < y > z holds" }))).title).toBe("When x < y > z holds");
  });

  it("finds arXiv ids in a DOI, a link or Zotero's number field", () => {
    const { papers } = parse(
      list(item({ DOI: "10.48550/arXiv.2301.00001" }), item({ URL: "http://arxiv.org/abs/cs/0112017v2" }), item({ number: "arXiv:2405.12345v3", URL: "https://example.org" })),
    );
    expect(papers.map((p) => [p.doi, p.arxivId])).toEqual([
      ["10.48550/arxiv.2301.00001", "2301.00001"],
      [undefined, "cs/0112017"],
      [undefined, "2405.12345"],
    ]);
  });

  it("warns about a DOI field that holds no DOI, but passes over short DOIs quietly", () => {
    const { papers, warnings } = parse(list(item({ DOI: "see the publisher" }), item({ DOI: "10/fqd6hj" })));
    expect(papers.map((p) => p.doi)).toEqual([undefined, undefined]);
    expect(warnings).toEqual([warning(2, '"see the publisher" is not a DOI; left it out')]);
  });

  it("takes the citation key from citation-key, else from an id that is not a link or a number", () => {
    const { papers } = parse(
      list(item({ id: "x", "citation-key": "lee2023" }), item({ id: "doe2019" }), item({ id: "http://zotero.org/users/1/items/AB12CD34" }), item({ id: 1234 })),
    );
    expect(papers.map((p) => p.sourceIds)).toEqual([{ bibtex: "lee2023" }, { bibtex: "doe2019" }, undefined, undefined]);
  });

  it("skips an item without a title and an entry that is not an item, and keeps the rest", () => {
    const text = list(item({ title: "" }), ["not", "an", "item"], item({ title: "Kept" }));
    const { papers, warnings } = parse(text);
    expect(papers.map((p) => [p.title, p.source.line])).toEqual([["Kept", 4]]);
    expect(warnings).toEqual([warning(2, "item has no title; skipped"), warning(3, "this entry is not a CSL item (an object of fields); skipped")]);
  });
});

describe("CSL-JSON files that are broken", () => {
  const good = (title: string) => `  ${JSON.stringify(item({ title }))}`;

  it("skips an item that is not valid JSON and keeps the others", () => {
    const text = ["[", `${good("First")},`, '  {"type": "book", "title": "Broken" "author": []},', `${good("Third")}`, "]"].join("\n");
    const { papers, warnings } = parse(text);
    expect(papers.map((p) => [p.title, p.source.line])).toEqual([
      ["First", 2],
      ["Third", 4],
    ]);
    expect(warnings).toEqual([warning(3, "this record is not valid JSON; skipped")]);
  });

  it("says on which line of a long item the JSON error is", () => {
    const text = ["[", "  {", '    "type": "book",', '    "title": "Broken",', '    "note": "x" "y"', "  }", "]"].join("\n");
    expect(parse(text).warnings).toEqual([warning(2, "this record is not valid JSON (the error is at line 5); skipped")]);
  });

  it('skips an item whose "}" is missing and carries on with the next one', () => {
    const pretty = JSON.stringify([item({ title: "First" }), item({ title: "Second" }), item({ title: "Third" })], null, 2).split("\n");
    const closing = pretty.indexOf("  },"); // the end of the first item
    const text = [...pretty.slice(0, closing), ...pretty.slice(closing + 1)].join("\n");
    const { papers, warnings } = parse(text);
    expect(papers.map((p) => [p.title, p.source.line])).toEqual([
      ["Second", 11],
      ["Third", 21],
    ]);
    expect(warnings).toEqual([warning(2, 'this record is not closed (a "}" or "]" is missing) before the next one starts; skipped')]);
  });

  it("keeps the items before the end of a file cut short, and says where it breaks", () => {
    const whole = list(item({ title: "First" }), item({ title: "Second" }));
    const cut = whole.slice(0, whole.indexOf("Second"));
    const { papers, warnings } = parse(cut);
    expect(papers.map((p) => p.title)).toEqual(["First"]);
    expect(warnings).toEqual([warning(3, "the file ends inside this record (it looks cut short); skipped it, kept the records before")]);
  });

  it('says so when only the closing "]" is missing', () => {
    const { papers, warnings } = parse(`[\n${good("First")},\n${good("Second")}\n`);
    expect(papers).toHaveLength(2);
    expect(warnings).toEqual([warning(3, 'the file ends before its list of records is closed with "]" (it looks cut short); the records before are kept')]);
  });

  it("reads a file cut short inside a string as cut short", () => {
    const { papers, warnings } = parse(`[\n${good("First")},\n  {"type": "book", "title": "Cut sh`);
    expect(papers.map((p) => p.title)).toEqual(["First"]);
    expect(warnings).toEqual([warning(3, "the file ends inside this record (it looks cut short); skipped it, kept the records before")]);
  });

  it("isolates a string that is never closed to its own item", () => {
    const text = ["[", "  {", '    "type": "book",', '    "title": "Broken,', '    "author": []', "  },", good("Second"), "]"].join("\n");
    const { papers, warnings } = parse(text);
    expect(papers.map((p) => [p.title, p.source.line])).toEqual([["Second", 7]]);
    expect(warnings).toEqual([warning(2, "this record is not valid JSON (the error is at line 4); skipped")]);
  });

  it("says when the text is not JSON at all", () => {
    expect(parse("TY  - JOUR\n")).toEqual({ papers: [], warnings: [warning(1, 'this is not JSON: a JSON export starts with "[" (a list of records) or "{" (a record)')] });
  });
});

describe("CSL-JSON round trip", () => {
  it("reads back every generated paper", () => {
    const generated = generateBibliography(3000);
    const text = writeCslJson(generated);
    expect(cslJsonFormat.sniff(text)).toBe(true);
    const { papers, warnings } = parse(text);
    expect(warnings).toEqual([]);
    expect(papers.map((p) => [p.title, p.authors, p.year, p.doi])).toEqual(
      generated.map((g) => [g.title, g.authors.map((a) => `${a.given} ${a.family}`), g.year, g.doi]),
    );
  });
});
