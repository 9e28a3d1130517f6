import { describe, expect, it } from "vitest";
import { authorByName } from "../../../src/search/authorByName";
import { graphOf, paper, withDetails } from "../../support/papers";

// Jeonghye Kim (a person id from her name), José Núñez written twice, and two people both
// written "Ann Lee", told apart by their ORCID iDs.
const graph = graphOf([
  paper("p1", ["Jeonghye Kim", "José Núñez"]),
  paper("p2", ["Jose Nunez", "Bo Chen"]),
  withDetails(paper("p3", ["Ann Lee", "Bo Chen"]), [{ orcid: "0000-0001-0000-0001" }, {}]),
  withDetails(paper("p4", ["Ann Lee"]), [{ orcid: "0000-0002-0000-0002" }]),
]);

describe("an author named from outside", () => {
  it("is found by person id, or by name in any case, accents, punctuation and word order", () => {
    expect(authorByName(graph, "jeonghye kim")).toEqual({ kind: "found", key: "jeonghye kim" });
    expect(authorByName(graph, "Jeonghye Kim")).toEqual({ kind: "found", key: "jeonghye kim" });
    expect(authorByName(graph, "KIM Jeonghye")).toEqual({ kind: "found", key: "jeonghye kim" });
    expect(authorByName(graph, "Jeong-hye Kim")).toEqual({ kind: "found", key: "jeonghye kim" });
    expect(authorByName(graph, "Núñez, José")).toEqual({ kind: "found", key: "jose nunez" });
    expect(authorByName(graph, "Kim, Jeong-hye")).toEqual({ kind: "found", key: "jeonghye kim" });
    // Initials, when one author only has them.
    expect(authorByName(graph, "J. Kim")).toEqual({ kind: "found", key: "jeonghye kim" });
    expect(authorByName(graph, "Chen B")).toEqual({ kind: "found", key: "bo chen" });
  });

  it("is nobody when no one has the name, and says how many when several people do", () => {
    expect(authorByName(graph, "nobody")).toEqual({ kind: "none" });
    expect(authorByName(graph, "")).toEqual({ kind: "none" });
    expect(graph.filterNodes((_k, a) => a.label === "Ann Lee")).toHaveLength(2);
    expect(authorByName(graph, "Ann Lee")).toEqual({ kind: "several", count: 2 });
    expect(authorByName(graph, "A. Lee")).toEqual({ kind: "several", count: 2 });
    // A word only begun is not a name.
    expect(authorByName(graph, "Jeong")).toEqual({ kind: "none" });
  });
});
