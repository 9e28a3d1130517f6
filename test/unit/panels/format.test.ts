import { describe, expect, it } from "vitest";
import { formatDate, newestFirst, sourceLines, yearSpan } from "../../../src/panels/format";
import type { Paper } from "../../../src/parse/types";
import { paper as anyPaper } from "../../support/papers";

const paper = (id: string, date: string | null, year: number | null = date ? Number(date.slice(0, 4)) : null): Paper => anyPaper(id, [], { date, year });

describe("paper dates", () => {
  it("show day, short month and year", () => {
    expect(formatDate(paper("p", "2026-03-25"))).toBe("25 Mar 2026");
    expect(formatDate(paper("p", "2025-01-01"))).toBe("1 Jan 2025");
    expect(formatDate(paper("p", "2024-12-31"))).toBe("31 Dec 2024");
  });

  it("show the year alone when the day is unknown, or say it is unknown", () => {
    expect(formatDate(paper("p", null, 2023))).toBe("2023");
    expect(formatDate(paper("p", null, null))).toBe("date unknown");
  });
});

describe("newest first", () => {
  it("orders by date, a year alone after that year's dated papers, undated last, ties in input order", () => {
    const papers = [
      paper("may-a", "2024-05-01"),
      paper("none-a", null, null),
      paper("y2025", null, 2025),
      paper("mar-2025", "2025-03-02"),
      paper("may-b", "2024-05-01"),
      paper("none-b", null, null),
      paper("dec-2023", "2023-12-31"),
    ];
    expect(newestFirst(papers).map((p) => p.id)).toEqual(["mar-2025", "y2025", "may-a", "may-b", "dec-2023", "none-a", "none-b"]);
  });

  it("leaves its input as it was", () => {
    const papers = [paper("old", "2020-01-01"), paper("new", "2021-01-01")];
    newestFirst(papers);
    expect(papers.map((p) => p.id)).toEqual(["old", "new"]);
  });
});

describe("year spans", () => {
  it("join two years with an en dash, show one year once, and are null when either is unknown", () => {
    expect(yearSpan(2019, 2024)).toBe("2019–2024");
    expect(yearSpan(2020, 2020)).toBe("2020");
    expect(yearSpan(null, 2020)).toBeNull();
    expect(yearSpan(2020, null)).toBeNull();
    expect(yearSpan(null, null)).toBeNull();
  });

  it("spells September as Sep, whatever the Intl version", () => {
    expect(formatDate(paper("s", "2024-09-05"))).toBe("5 Sep 2024");
  });
});

describe("where records are", () => {
  it("lists lines by file, in input order", () => {
    expect(sourceLines([{ file: "refs.bib", line: 2 }])).toBe("refs.bib line 2");
    expect(sourceLines([{ file: "refs.bib", line: 2 }, { file: "refs.bib", line: 4 }, { file: "more.ris", line: 7 }, { file: "refs.bib", line: 9 }])).toBe("refs.bib lines 2, 4 and 9; more.ris line 7");
  });

  it("counts the lines past the tenth", () => {
    const twelve = Array.from({ length: 12 }, (_, i) => ({ file: "a.bib", line: i + 1 }));
    expect(sourceLines(twelve)).toBe("a.bib lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 2 more");
  });
});
