import { describe, expect, it } from "vitest";
import { firstWord } from "../../../src/panels/tableParts";

describe("a column label's first word, which the sort arrow keeps to", () => {
  it("ends at the first space, or after the first hyphen", () => {
    expect(firstWord("Papers (fractional)")).toEqual(["Papers", " (fractional)"]);
    expect(firstWord("Degree centrality")).toEqual(["Degree", " centrality"]);
    expect(firstWord("Co-authors")).toEqual(["Co-", "authors"]);
    expect(firstWord("Co-author count")).toEqual(["Co-", "author count"]);
  });

  it("is the whole of a one-word label", () => {
    expect(firstWord("Betweenness")).toEqual(["Betweenness", ""]);
    expect(firstWord("")).toEqual(["", ""]);
  });
});
