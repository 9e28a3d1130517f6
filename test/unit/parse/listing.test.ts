import { describe, expect, it } from "vitest";
import { parseListingHeader } from "../../../src/parse/formats/listing/header";
import { FORMATS } from "../../../src/parse/formats/registry";
import { readPapers } from "../../../src/load/readPapers";
import { resolveYearlessDate } from "../../../src/parse/dates";

const parse = (text: string, referenceDate = "2026-11-25") => readPapers([{ name: "in.txt", text }], { referenceDate });

describe("listing header lines", () => {
  it.each([
    ["99.1CLMar 25", { score: 99.1, category: "CL", month: 3, day: 25, year: null }],
    ["100.0AIMar 16", { score: 100, category: "AI", month: 3, day: 16, year: null }],
    ["LGOct 4, 2023", { score: null, category: "LG", month: 10, day: 4, year: 2023 }],
    ["MAMar 3", { score: null, category: "MA", month: 3, day: 3, year: null }],
    ["CVSep 30, 2024", { score: null, category: "CV", month: 9, day: 30, year: 2024 }],
    ["Jun 1", { score: null, category: null, month: 6, day: 1, year: null }],
  ])("%s", (line, expected) => {
    expect(parseListingHeader(line)).toEqual(expected);
  });

  it.each(["Mar", "LG 2023", "Decision Making", "LGOct", "lgOct 4"])("rejects %s", (line) => {
    expect(parseListingHeader(line)).toBeNull();
  });
});

describe("dates without a year", () => {
  const ref = { year: 2026, month: 3, day: 1 };
  it("take the latest such day not after the reference date", () => {
    expect(resolveYearlessDate(3, 1, ref)).toEqual({ year: 2026, month: 3, day: 1 });
    expect(resolveYearlessDate(3, 2, ref)).toEqual({ year: 2025, month: 3, day: 2 });
    expect(resolveYearlessDate(12, 30, ref)).toEqual({ year: 2025, month: 12, day: 30 });
  });
  it("go back to a leap year for Feb 29", () => {
    expect(resolveYearlessDate(2, 29, ref)).toEqual({ year: 2024, month: 2, day: 29 });
  });
  it("are null for days that never exist", () => {
    expect(resolveYearlessDate(2, 30, ref)).toBeNull();
  });
});

const entry = (header: string, line: string, abstract?: string) => [header, line, ...(abstract ? [abstract] : [])].join("\n");

describe("listing structure", () => {
  it("accepts CRLF line ends, blank lines and entries without an abstract", () => {
    const text = ["", "LGOct 4, 2023", "A TitleAnn Lee, Bo Chen", "", "", "CLMar 25", "Other Title?Bo Chen", "An abstract.", ""].join("\r\n");
    const { papers, warnings } = parse(text);
    expect(warnings).toEqual([]);
    expect(papers.map((p) => [p.title, p.authors, p.abstract, p.date, p.source.line])).toEqual([
      ["A Title", ["Ann Lee", "Bo Chen"], null, "2023-10-04", 2],
      ["Other Title?", ["Bo Chen"], "An abstract.", "2026-03-25", 6],
    ]);
  });

  it("keeps one paper of a duplicate and warns at the copy", () => {
    const one = entry("LGOct 4, 2023", "A TitleAnn Lee, Bo Chen", "Abstract.");
    const { papers, warnings } = parse(`${one}\n${one}\n`);
    expect(papers).toHaveLength(1);
    expect(warnings).toEqual([{ file: "in.txt", line: 4, message: 'duplicate of the paper at line 1 ("A Title"), same title, year and first author; counted once' }]);
  });

  it("finds duplicates across files, ignoring case and accents", () => {
    const result = readPapers(
      [
        { name: "a.txt", text: entry("LGOct 4, 2023", "A TitleAnn Lee, Bo Chen") },
        { name: "b.txt", text: entry("LGOct 4, 2023", "A titleAnn Lée, Bo Chen", "Later abstract.") },
      ],
      { referenceDate: "2026-11-25" },
    );
    expect(result.papers).toHaveLength(1);
    expect(result.papers[0]!.abstract).toBe("Later abstract.");
    expect(result.warnings[0]).toMatchObject({ file: "b.txt", line: 1 });
    expect(result.warnings[0]!.message).toContain("duplicate of the paper at a.txt:1");
  });

  it("warns about lines that belong to no entry and loads the rest", () => {
    const text = [
      "stray text before anything", // 1
      "LGOct 4, 2023", // 2
      "A TitleAnn Lee, Bo Chen", // 3
      "Abstract.", // 4
      "garbage line", // 5
      "more garbage", // 6
      "CLMar 25", // 7
      "Other TitleBo Chen", // 8
    ].join("\n");
    const { papers, warnings } = parse(text);
    expect(papers.map((p) => p.title)).toEqual(["A Title", "Other Title"]);
    expect(warnings.map((w) => [w.line, w.message.split(" (")[0]])).toEqual([
      [1, "line 1 belongs to no entry"],
      [5, "lines 5–6 belong to no entry"],
    ]);
  });

  it("keeps a line it cannot split as a title without authors, with a warning", () => {
    const { papers, warnings } = parse([entry("LGOct 4, 2023", "all lower case and no names"), entry("LGOct 5, 2023", "A TitleAnn Lee")].join("\n"));
    expect(papers.map((p) => [p.title, p.authors])).toEqual([["all lower case and no names", []], ["A Title", ["Ann Lee"]]]);
    expect(warnings).toEqual([
      { file: "in.txt", line: 2, message: "could not tell where the title ends and the authors begin; kept the whole line as the title, with no authors" },
    ]);
  });

  it("warns about a header without a title and about impossible dates", () => {
    const text = ["LGOct 4, 2023", "LGFeb 30, 2024", "A TitleAnn Lee"].join("\n");
    const { papers, warnings } = parse(text);
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({ title: "A Title", date: null, year: 2024 });
    expect(warnings.map((w) => [w.line, w.message])).toEqual([
      [1, "entry has a header but no title line; skipped"],
      [2, "no such date: Feb 30, 2024; the paper is kept without a date"],
    ]);
  });

  it("reports a file with no listing at all as an error, not as papers", () => {
    const labels = FORMATS.map((f) => f.label);
    const known = `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
    const networks = "GEXF, GraphML, VOSviewer JSON and graphology JSON";
    expect(parse("just some text\nand more").errors).toEqual([
      { file: "in.txt", message: `not a format Coauthor Explorer reads (it starts with "just some text"); it reads papers from ${known}, and networks from ${networks}` },
    ]);
    expect(parse("  \n").errors).toEqual([{ file: "in.txt", message: "empty" }]);
  });

  it("reports a listing whose papers have no authors as an error, since nothing could be drawn", () => {
    const { errors, files } = parse(entry("LGOct 4, 2023", "all lower case and no names"));
    expect(errors).toEqual([{ file: "in.txt", message: "its one paper has no authors that could be read" }]);
    expect(files).toEqual([{ file: "in.txt", format: "listing", papers: 1, error: "its one paper has no authors that could be read" }]);
  });

  it("warns with the title line when two splits read as well, keeping the earlier", () => {
    const { papers, warnings } = parse([entry("LGOct 4, 2023", "Court VisionJR Smith, Ann Lee", "Abstract."), entry("LGOct 5, 2023", "Other WorkBo Chen")].join("\n"));
    expect(papers.map((p) => [p.title, p.authors])).toEqual([["Court Vision", ["JR Smith", "Ann Lee"]], ["Other Work", ["Bo Chen"]]]);
    expect(warnings).toEqual([
      {
        file: "in.txt",
        line: 2,
        message: 'unsure where the title ends: read "JR Smith" as the first author, but the title could as well end "Court VisionJ" with "R Smith" as the first author; check this entry',
      },
    ]);
  });

  it("shows the end of a long title in that warning", () => {
    const { warnings } = parse(entry("LGOct 4, 2023", "Learning Where the Title Ends in Listings of Papers on Court VisionJR Smith"));
    expect(warnings.map((w) => w.message)).toEqual([
      'unsure where the title ends: read "JR Smith" as the first author, but the title could as well end "…of Papers on Court VisionJ" with "R Smith" as the first author; check this entry',
    ]);
  });

  it("does not warn when a co-author elsewhere in the listing settles the split", () => {
    const text = [entry("LGOct 4, 2023", "Court VisionJR Smith"), entry("LGOct 5, 2023", "Other WorkBo Chen, R Smith")].join("\n");
    const { papers, warnings } = parse(text);
    expect(papers.map((p) => [p.title, p.authors])).toEqual([["Court VisionJ", ["R Smith"]], ["Other Work", ["Bo Chen", "R Smith"]]]);
    expect(warnings).toEqual([]);
  });

  it("keeps authors not written like names, with a warning at the title line", () => {
    const { papers, warnings } = parse(["", entry("LGOct 4, 2023", "A TitleAnn Lee, Peilun zhou, Bo Chen")].join("\n"));
    expect(papers.map((p) => p.authors)).toEqual([["Ann Lee", "Peilun zhou", "Bo Chen"]]);
    expect(warnings).toEqual([{ file: "in.txt", line: 3, message: 'kept "Peilun zhou" as an author although it is not written like a name; check this entry' }]);
  });

  it("reads a line of 3,000 authors", () => {
    const names = Array.from({ length: 3000 }, (_, i) => `${["Ann", "Bo", "Élise", "Jean-Luc"][i % 4]} ${String.fromCharCode(65 + (i % 26))}. ${["Lee", "van der Berg", "O'Neil"][i % 3]}`);
    const { papers, warnings } = parse(entry("HEPJul 4, 2012", `Observation of a New BosonThe CMS Collaboration, ${names.join(", ")}`));
    expect(warnings).toEqual([]);
    expect(papers[0]!.title).toBe("Observation of a New Boson");
    expect(papers[0]!.authors).toEqual(["The CMS Collaboration", ...names]);
  });

  it("uses known co-authors from the same listing to split ambiguous lines", () => {
    // "LatinDeAndre Jordan": alone, "DeAndre Jordan"; but "Andre Jordan" stands alone in another entry.
    const text = [entry("LGOct 4, 2023", "Stories in LatinDeAndre Jordan"), entry("LGOct 5, 2023", "Other WorkBo Chen, Andre Jordan")].join("\n");
    expect(parse(text).papers.map((p) => p.authors)).toEqual([["Andre Jordan"], ["Bo Chen", "Andre Jordan"]]);
  });
});
