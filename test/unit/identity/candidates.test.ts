import { describe, expect, it } from "vitest";
import { compatibleGiven, findCandidates } from "../../../src/identity/candidates";
import { readPapers } from "../../../src/load/readPapers";
import { identified, paper, samplePapers, withDetails } from "../../support/papers";

describe("given names that could be one person's", () => {
  it.each([
    [["j"], ["jeonghye"], true],
    [["ian"], ["ian", "j"], true],
    [["i", "j"], ["ian", "james"], true],
    [["ian", "j"], ["ian", "k"], false],
    [["jeonghye"], ["jeongmin"], false],
    [["m"], ["jeonghye"], false],
    [[], ["ann"], false],
  ])("%j and %j: %s", (a, b, expected) => {
    expect(compatibleGiven(a, b)).toBe(expected);
  });
});

describe("merge candidates", () => {
  it("finds none among the sample's four Kims and two Lees, who all differ", () => {
    expect(findCandidates(samplePapers())).toEqual({ best: [], total: 0 });
  });

  it("pairs an initial with a full name, with the evidence for it, and never merges them", () => {
    const papers = identified([
      paper("1", ["J. Kim", "Ann Lee", "Bo Chen"], { year: 2020, venue: "NeurIPS" }),
      paper("2", ["Jeonghye Kim", "Ann Lee", "Cy Diaz"], { year: 2021, venue: "NeurIPS" }),
      paper("3", ["Jeonghye Kim", "Bo Chen"], { year: 2019, venue: "ICML" }),
      paper("4", ["Minbeom Kim", "Dee Roy"], { year: 2020 }),
    ]);
    expect(findCandidates(papers).best).toEqual([
      {
        a: "j kim",
        b: "jeonghye kim",
        labels: ["J. Kim", "Jeonghye Kim"],
        evidence: { sharedCoauthors: 2, samePaperRecords: 0, overlappingYears: [2020, 2020], sharedVenues: ["NeurIPS"] },
      },
    ]);
  });

  it("skips two names listed on one paper, and two people with different ORCIDs", () => {
    const papers = identified([
      paper("1", ["J. Kim", "Jeonghye Kim"]),
      withDetails(paper("2", ["W. Wang"]), [{ orcid: "0000-0001" }]),
      withDetails(paper("3", ["Wei Wang"]), [{ orcid: "0000-0002" }]),
    ]);
    expect(findCandidates(papers)).toEqual({ best: [], total: 0 });
  });

  it("counts the records of one paper that list one name in one file and the other in another", () => {
    const read = readPapers(
      [
        { name: "a.txt", text: "LGOct 4, 2023\nA Study of ThingsJ. Kim, Ann Lee\n" },
        { name: "b.txt", text: "LGOct 4, 2023\nA Study of ThingsJeonghye Kim, Ann Lee\n" },
        { name: "c.txt", text: "LGOct 5, 2023\nOther WorkJeonghye Kim, Bo Chen\n" },
      ],
      { referenceDate: "2026-11-25" },
    );
    // a.txt and b.txt hold one paper (same title, year and first author's family name): the
    // first record is kept, and its first author is "J. Kim" in one and "Jeonghye Kim" in the other.
    expect(read.papers.map((p) => p.authorIds)).toEqual([["j kim", "ann lee"], ["jeonghye kim", "bo chen"]]);
    expect(read.duplicates).toBe(1);
    expect(read.candidates.map((c) => [c.labels, c.evidence.sharedCoauthors, c.evidence.samePaperRecords])).toEqual([[["J. Kim", "Jeonghye Kim"], 0, 1]]);
  });
});
