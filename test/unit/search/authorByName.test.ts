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
    expect(authorByName(graph, "jeonghye kim")).toBe("jeonghye kim");
    expect(authorByName(graph, "Jeonghye Kim")).toBe("jeonghye kim");
    expect(authorByName(graph, "KIM Jeonghye")).toBe("jeonghye kim");
    expect(authorByName(graph, "Jeong-hye Kim")).toBe("jeonghye kim");
    expect(authorByName(graph, "Núñez, José")).toBe("jose nunez");
  });

  it("is nobody when no one has the name, or several people do", () => {
    expect(authorByName(graph, "nobody")).toBeNull();
    expect(authorByName(graph, "")).toBeNull();
    expect(graph.filterNodes((_k, a) => a.label === "Ann Lee")).toHaveLength(2);
    expect(authorByName(graph, "Ann Lee")).toBeNull();
  });
});
