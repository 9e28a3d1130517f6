import { describe, expect, it } from "vitest";
import { assignPeople } from "../../../src/identity/assign";
import type { IdentityDecision } from "../../../src/identity/types";
import { toGraphJson } from "../../../src/export/graphJson";
import { graphOf, paper, samplePapers, withDetails } from "../../support/papers";

const idsOf = (papers: ReturnType<typeof paper>[], decisions: IdentityDecision[] = []) => {
  const report = assignPeople(papers, decisions);
  return { ids: papers.map((p) => p.authorIds), report };
};

describe("the identity stage", () => {
  it("makes one person of names that differ only in case, accents, spacing, punctuation or order", () => {
    const { ids, report } = idsOf([
      paper("a", ["Jeonghye Kim", "José Núñez"]),
      paper("b", ["Kim Jeonghye", "JOSE NUNEZ"]),
      paper("c", ["Jeong-hye Kim", "José  Núñez"]),
      paper("d", ["Jeong Hye Kim", "J. Kim"]),
    ]);
    // The person is named after the smallest of its spellings' words, whichever is most frequent.
    expect(ids).toEqual([
      ["jeong hye kim", "jose nunez"],
      ["jeong hye kim", "jose nunez"],
      ["jeong hye kim", "jose nunez"],
      ["jeong hye kim", "j kim"],
    ]);
    // Jeonghye Kim is written four ways, José Núñez three; "J. Kim" is only ever written so.
    expect(report).toEqual({ namesMerged: 2, unapplied: [] });
  });

  it("lets source ids decide: one id, one person, whatever the spelling; two ids, two people", () => {
    const { ids } = idsOf([
      withDetails(paper("a", ["Wei Wang", "Ann Lee"]), [{ orcid: "0000-0001" }, { dblp: "12/34" }]),
      withDetails(paper("b", ["W. Wang", "Ann Lee"]), [{ orcid: "0000-0001", openalex: "A9" }, {}]),
      withDetails(paper("c", ["Wei Wang"]), [{ orcid: "0000-0002" }]),
      withDetails(paper("d", ["Wei Wang"]), [{ openalex: "A9" }]),
    ]);
    expect(ids).toEqual([
      ["orcid:0000-0001", "dblp:12/34"],
      // "Ann Lee" without an id joins the one person with an id who is written so.
      ["orcid:0000-0001", "dblp:12/34"],
      ["orcid:0000-0002"],
      // A9 is the same person as 0000-0001 (paper b says so), so the ORCID names her.
      ["orcid:0000-0001"],
    ]);
  });

  it("makes one person of ids of different kinds written the same way, unless a kind would clash", () => {
    const { ids } = idsOf([
      withDetails(paper("a", ["Ann Lee"]), [{ orcid: "0000-0001" }]),
      withDetails(paper("b", ["Ann Lee"]), [{ scopus: "57" }]),
      withDetails(paper("c", ["Wei Wang"]), [{ orcid: "0000-0002" }]),
      withDetails(paper("d", ["Wei Wang"]), [{ orcid: "0000-0003" }]),
      withDetails(paper("e", ["Wei Wang"]), [{ scopus: "58" }]),
    ]);
    // Ann Lee's ORCID and Scopus id are one person; of the three Wei Wangs, the Scopus one could be either ORCID.
    expect(ids).toEqual([["orcid:0000-0001"], ["orcid:0000-0001"], ["orcid:0000-0002"], ["orcid:0000-0003"], ["scopus:58"]]);
  });

  it("leaves a name without an id apart when two people with ids are written that way", () => {
    const { ids } = idsOf([
      withDetails(paper("a", ["Wei Wang"]), [{ orcid: "0000-0001" }]),
      withDetails(paper("b", ["Wei Wang"]), [{ orcid: "0000-0002" }]),
      paper("c", ["Wei Wang", "Bo Chen"]),
    ]);
    expect(ids).toEqual([["orcid:0000-0001"], ["orcid:0000-0002"], ["wei wang", "bo chen"]]);
  });

  it("applies the user's merges and splits, and says which decisions found nothing to apply to", () => {
    const papers = () => [paper("a", ["J. Kim", "Ann Lee"]), paper("b", ["Jeonghye Kim", "Bo Chen"]), paper("c", ["Jose Nunez"]), paper("d", ["José Núñez", "Ann Lee"])];
    const merge: IdentityDecision = { action: "merge", people: ["j kim", "jeonghye kim"] };
    const split: IdentityDecision = { action: "split", person: "jose nunez", spelling: "Jose Nunez" };
    const stale: IdentityDecision = { action: "merge", people: ["j kim", "nobody here"] };
    const { ids, report } = idsOf(papers(), [merge, split, stale]);
    expect(ids).toEqual([["jeonghye kim", "ann lee"], ["jeonghye kim", "bo chen"], ["spelling:Jose Nunez"], ["jose nunez", "ann lee"]]);
    expect(report.unapplied).toEqual([{ decision: stale, reason: 'no person "nobody here" in this data' }]);
    // A decision names people by id; one written with other spellings since still finds them.
    expect(idsOf(papers(), [{ action: "merge", people: ["KIM, J.", "Kim Jeonghye"] }]).ids[0]).toEqual(["jeonghye kim", "ann lee"]);
  });

  it("gives a merge the id that names the person best: a source id over a name", () => {
    const { ids } = idsOf([withDetails(paper("a", ["Wei Wang"]), [{ dblp: "1/2" }]), paper("b", ["W. Wang"])], [{ action: "merge", people: ["w wang", "dblp:1/2"] }]);
    expect(ids).toEqual([["dblp:1/2"], ["dblp:1/2"]]);
  });

  it("restores the original graph exactly when a merge is undone", () => {
    const before = toGraphJson(graphOf(samplePapers()));
    const merge: IdentityDecision = { action: "merge", people: ["minbeom kim", "dohyung kim"] };
    const merged = graphOf(samplePapers(), [merge]);
    expect([merged.order, merged.getNodeAttributes("dohyung kim").papers]).toEqual([15, 4]);
    // Undo is the list of decisions without it.
    expect(toGraphJson(graphOf(samplePapers(), []))).toEqual(before);
  });
});
