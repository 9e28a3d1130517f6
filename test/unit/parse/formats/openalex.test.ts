import { describe, expect, it } from "vitest";
import { generateBibliography } from "../../../../bench/generate/bibliography";
import { writeOpenalex, writeOpenalexLines } from "../../../../bench/generate/openalex";
import { abstractFromInvertedIndex, openalexFormat } from "../../../../src/parse/formats/openalex";
import type { PaperDraft, ParseWarning } from "../../../../src/parse/types";

const context = { file: "works.json", reference: { year: 2026, month: 11, day: 25 } };
const parse = (text: string) => openalexFormat.parse(text, context);
const warning = (line: number, message: string): ParseWarning => ({ file: "works.json", line, message });
const response = (...results: object[]) => JSON.stringify({ meta: { count: results.length, db_response_time_ms: 12, page: 1, per_page: 25 }, results, group_by: [] });
const jsonLines = (...works: object[]) => works.map((work) => `${JSON.stringify(work)}\n`).join("");
const person = (id: string, name: string, orcid: string | null = null) => ({
  author_position: "middle",
  author: { id: `https://openalex.org/${id}`, display_name: name, orcid: orcid && `https://orcid.org/${orcid}` },
  institutions: [],
  raw_author_name: name,
});
const work = (fields: object = {}) => ({
  id: "https://openalex.org/W1",
  title: "A Title",
  publication_year: 2023,
  authorships: [person("A1", "Ann Lee")],
  ...fields,
});
const only = (text: string): PaperDraft => {
  const { papers } = parse(text);
  expect(papers).toHaveLength(1);
  return papers[0]!;
};

describe("OpenAlex sniffing", () => {
  it.each([
    ["an API response", response(work())],
    ["an API response with no works on its page", response()],
    ["a list of works", JSON.stringify([work()], null, 2)],
    ["a single work", JSON.stringify(work(), null, 2)],
    ["JSON lines", jsonLines(work(), work({ id: "https://openalex.org/W2" }))],
    ["API pages saved one per line", `${response(work())}\n${response(work())}\n`],
    ["works trimmed with select= to id and title", response({ id: "https://openalex.org/W2741809807", display_name: "A Title" })],
  ])("recognises %s", (_, text) => {
    expect(openalexFormat.sniff(text)).toBe(true);
  });

  it.each([
    ["CSL-JSON", JSON.stringify([{ id: "lee2023", type: "article-journal", title: "A Title", author: [{ family: "Lee" }] }])],
    ["an API response listing authors, not works", response({ id: "https://openalex.org/A5023888391", display_name: "Jason Priem", works_count: 75 })],
    ["other JSON", JSON.stringify({ results: [{ name: "x" }] })],
    ["a Scopus CSV", '"Authors","Title","EID"\n'],
  ])("does not claim %s", (_, text) => {
    expect(openalexFormat.sniff(text)).toBe(false);
  });
});

describe("OpenAlex works", () => {
  it("reads every field of a work in an API response", () => {
    const text = response({
      id: "https://openalex.org/W2741809807",
      doi: "https://doi.org/10.7717/PEERJ.4375",
      title: "The state of OA: a large-scale analysis of <i>Open Access</i>",
      display_name: "The state of OA: a large-scale analysis of <i>Open Access</i>",
      publication_year: 2018,
      publication_date: "2018-02-13",
      ids: { openalex: "https://openalex.org/W2741809807", doi: "https://doi.org/10.7717/peerj.4375", mag: "2741809807" },
      primary_location: { is_oa: true, landing_page_url: "https://doi.org/10.7717/peerj.4375", source: { id: "https://openalex.org/S1983995261", display_name: "PeerJ" } },
      type: "article",
      authorships: [
        { author_position: "first", author: { id: "https://openalex.org/A5048491430", display_name: "Heather Piwowar", orcid: "https://orcid.org/0000-0003-1613-5981" }, raw_author_name: "Heather A. Piwowar" },
        { author_position: "last", author: { id: "https://openalex.org/A5023888391", display_name: "Jason Priem", orcid: null }, raw_author_name: "Jason Priem" },
      ],
      is_authors_truncated: false,
      abstract_inverted_index: { Despite: [0], growing: [1], interest: [2], in: [3], OA: [4, 6], "(OA),": [5] },
    });
    expect(parse(text)).toEqual({
      papers: [
        {
          title: "The state of OA: a large-scale analysis of Open Access",
          authors: ["Heather Piwowar", "Jason Priem"],
          authorDetails: [{ openalex: "A5048491430", orcid: "0000-0003-1613-5981" }, { openalex: "A5023888391" }],
          etAl: false,
          date: "2018-02-13",
          year: 2018,
          categories: [],
          score: null,
          abstract: "Despite growing interest in OA (OA), OA",
          source: { file: "works.json", line: 1 },
          doi: "10.7717/peerj.4375",
          venue: "PeerJ",
          type: "article",
          url: "https://doi.org/10.7717/peerj.4375",
          sourceIds: { openalex: "W2741809807" },
        },
      ],
      warnings: [],
    });
  });

  it("reads is_authors_truncated as a list cut short", () => {
    const paper = only(response(work({ is_authors_truncated: true })));
    expect([paper.authors, paper.etAl]).toEqual([["Ann Lee"], true]);
  });

  it("takes the raw author name when OpenAlex has no display name, and leaves nameless authorships out", () => {
    const authorships = [
      { author: { id: null, display_name: null }, raw_author_name: "J. Kim" },
      { author: {}, raw_author_name: null },
      { raw_author_name: "  Bo   Chen " },
    ];
    const { papers, warnings } = parse(response(work({ authorships })));
    expect([papers[0]!.authors, papers[0]!.authorDetails]).toEqual([["J. Kim", "Bo Chen"], undefined]);
    expect(warnings).toEqual([warning(1, "an authorship of work W1 has no name; left it out")]);
  });

  it("keeps a work without authors, with a warning naming it", () => {
    const { papers, warnings } = parse(response(work({ authorships: [] })));
    expect(papers[0]!.authors).toEqual([]);
    expect(warnings).toEqual([warning(1, "work W1 has no authors; kept without authors")]);
  });

  it("takes display_name when title is null, the DOI from ids, the year from the date, and the venue from an older response's host_venue", () => {
    const paper = only(
      response(
        work({
          title: null,
          display_name: "From display_name",
          publication_year: null,
          publication_date: "2017-06-01",
          ids: { openalex: "https://openalex.org/W2755950973", doi: "https://doi.org/10.1103/PhysRevLett.118.221101" },
          host_venue: { display_name: "Physical Review Letters" },
        }),
      ),
    );
    expect([paper.title, paper.doi, paper.year, paper.date, paper.venue, paper.sourceIds]).toEqual([
      "From display_name",
      "10.1103/physrevlett.118.221101",
      2017,
      "2017-06-01",
      "Physical Review Letters",
      { openalex: "W2755950973" },
    ]);
  });

  it("finds the arXiv id in an arXiv DOI, or in the locations when they agree", () => {
    const arxiv = (url: string) => ({ landing_page_url: url, pdf_url: null });
    const { papers } = parse(
      response(
        work({ doi: "https://doi.org/10.48550/arxiv.2301.00001" }),
        work({ locations: [arxiv("https://doi.org/10.1/x"), arxiv("http://arxiv.org/abs/2301.00002v2"), { landing_page_url: null, pdf_url: "https://arxiv.org/pdf/2301.00002" }] }),
        work({ locations: [arxiv("https://arxiv.org/abs/2301.00003"), arxiv("https://arxiv.org/abs/2301.00004")] }),
      ),
    );
    expect(papers.map((p) => p.arxivId)).toEqual(["2301.00001", "2301.00002", undefined]);
  });

  it("skips a work without a title and an entry that is not a work, and keeps the rest", () => {
    const { papers, warnings } = parse(jsonLines(work({ title: null, display_name: null }), ["not a work"], work({ title: "Kept" })));
    expect(papers.map((p) => [p.title, p.source.line])).toEqual([["Kept", 3]]);
    expect(warnings).toEqual([warning(1, "work W1 has no title; skipped"), warning(2, "this entry is not an OpenAlex work (an object of fields); skipped")]);
  });

  it("skips entities that are not works, such as authors", () => {
    expect(parse(response({ id: "https://openalex.org/A5023888391", display_name: "Jason Priem", works_count: 75 }))).toEqual({
      papers: [],
      warnings: [warning(1, "A5023888391 is an OpenAlex author, not a work; skipped")],
    });
  });
});

describe("OpenAlex abstracts", () => {
  it("puts the words of an inverted index back in order, over gaps", () => {
    expect(abstractFromInvertedIndex({ world: [1], hello: [0, 4], "<p>again</p>": [3] })).toBe("hello world again hello");
  });

  it("is null when there is no index or no word", () => {
    expect([abstractFromInvertedIndex(null), abstractFromInvertedIndex({}), abstractFromInvertedIndex({ word: [-1, 1e9, "x"] })]).toEqual([null, null, null]);
  });
});

describe("OpenAlex files", () => {
  it("reads JSON lines with each work's own line, and skips a broken line alone", () => {
    const text = [JSON.stringify(work({ title: "First" })), "", '{"id": "https://openalex.org/W2", "title": ', JSON.stringify(work({ title: "Fourth" })), ""].join("\n");
    const { papers, warnings } = parse(text);
    expect(papers.map((p) => [p.title, p.source.line])).toEqual([
      ["First", 1],
      ["Fourth", 4],
    ]);
    expect(warnings).toEqual([warning(3, "this line is not valid JSON; skipped")]);
  });

  it("says when the last JSON line is cut short", () => {
    const text = `${JSON.stringify(work({ title: "First" }))}\n{"id": "https://openalex.org/W2", "tit`;
    const { papers, warnings } = parse(text);
    expect(papers.map((p) => p.title)).toEqual(["First"]);
    expect(warnings).toEqual([warning(2, "the last line is not complete JSON (the file looks cut short); skipped it")]);
  });

  it("reads API pages saved one per line", () => {
    const text = `${response(work({ title: "First" }), work({ title: "Second" }))}\n${response(work({ title: "Third" }))}\n`;
    expect(parse(text).papers.map((p) => [p.title, p.source.line])).toEqual([
      ["First", 1],
      ["Second", 1],
      ["Third", 2],
    ]);
  });

  it("keeps the works before the end of a response cut short", () => {
    const whole = response(work({ title: "First" }), work({ title: "Second" }));
    const { papers, warnings } = parse(whole.slice(0, whole.indexOf("Second")));
    expect(papers.map((p) => p.title)).toEqual(["First"]);
    expect(warnings).toEqual([warning(1, "the file ends inside this record (it looks cut short); skipped it, kept the records before")]);
  });

  it("reads a pretty-printed list of works with each work's line", () => {
    const text = JSON.stringify([work({ title: "First" }), work({ title: "Second" })], null, 4);
    // Each work takes 17 lines: "{", id, title, year, "authorships": [, the authorship's 10 lines, "]", "}".
    expect(parse(text).papers.map((p) => [p.title, p.source.line])).toEqual([
      ["First", 2],
      ["Second", 19],
    ]);
  });

  it("reads one work on its own", () => {
    expect(only(JSON.stringify(work(), null, 2)).source).toEqual({ file: "works.json", line: 1 });
  });

  it("reads an empty page as no works, without complaint", () => {
    expect(parse(response())).toEqual({ papers: [], warnings: [] });
  });
});

describe("OpenAlex round trip", () => {
  const generated = generateBibliography(3000);
  const expected = generated.map((g) => [g.title, g.authors.map((a) => `${a.given} ${a.family}`), g.year, g.doi]);

  it.each([
    ["an API response", writeOpenalex],
    ["JSON lines", writeOpenalexLines],
  ])("reads back every generated paper from %s", (_, write) => {
    const text = write(generated);
    expect(openalexFormat.sniff(text)).toBe(true);
    const { papers, warnings } = parse(text);
    expect(warnings).toEqual([]);
    expect(papers.map((p) => [p.title, p.authors, p.year, p.doi])).toEqual(expected);
  });

  it("gives people with an ORCID an OpenAlex id, the same on every paper", () => {
    const { papers } = parse(writeOpenalex(generated));
    const idsByOrcid = new Map<string, Set<string>>();
    for (const paper of papers) {
      for (const detail of paper.authorDetails ?? []) {
        if (detail.orcid) idsByOrcid.set(detail.orcid, (idsByOrcid.get(detail.orcid) ?? new Set()).add(detail.openalex ?? "none"));
        else expect(detail).toEqual({});
      }
    }
    expect(idsByOrcid.size).toBeGreaterThan(100);
    expect([...idsByOrcid.values()].every((ids) => ids.size === 1 && /^A5\d{9}$/.test([...ids][0]!))).toBe(true);
  });
});
