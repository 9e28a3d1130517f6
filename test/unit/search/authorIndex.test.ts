import { describe, expect, it } from "vitest";
import { graphOf, paper } from "../../support/papers";
import type { Paper } from "../../../src/parse/types";
import { buildAuthorIndex, searchAuthors } from "../../../src/search/authorIndex";


/** `count` single-author papers by `name`. */
const by = (name: string, count: number): Paper[] => Array.from({ length: count }, (_, i) => paper(`${name}-${i}`, [name]));

// Every author matching "lee", one per rank, with paper counts chosen to test the order within a rank.
const index = buildAuthorIndex(
  graphOf([
    ...by("Cy Kolee", 5), // substring
    ...by("Bo Leeman", 2), // word prefix
    ...by("Ann Lee", 2), // word prefix
    ...by("Lee Smith", 1), // name prefix
    ...by("Leeds Young", 3), // name prefix
    ...by("Lee", 1), // exact
    ...by("Dan Park", 4), // no match
    ...by("José Núñez-García", 1),
  ]),
);
const labels = (query: string, limit?: number) => searchAuthors(index, query, limit).map((e) => e.label);

describe("author search", () => {
  it("indexes every author with her key, label, paper count and folded name", () => {
    expect(index.find((e) => e.key === "jose nunez garcia")).toEqual({ key: "jose nunez garcia", label: "José Núñez-García", papers: 1, folded: ["jose nunez garcia"] });
    expect(index).toHaveLength(8);
  });

  it("ignores case, accents and hyphens in both the query and the names", () => {
    expect(labels("jose nun")).toEqual(["José Núñez-García"]);
    expect(labels("JOSÉ NÚÑEZ GARCÍA")).toEqual(["José Núñez-García"]);
    expect(labels("nunez-garcia")).toEqual(["José Núñez-García"]);
  });

  it("ranks the exact name, then name prefixes, then word prefixes, then substrings; more papers first, then by label", () => {
    expect(labels("lee")).toEqual(["Lee", "Leeds Young", "Lee Smith", "Ann Lee", "Bo Leeman", "Cy Kolee"]);
  });

  it("returns at most `limit` authors, 8 by default", () => {
    expect(labels("lee", 3)).toEqual(["Lee", "Leeds Young", "Lee Smith"]);
    expect(labels("lee", 0)).toEqual([]);
    const kims = buildAuthorIndex(graphOf(["A", "B", "C", "D", "E", "F", "G", "H", "I"].flatMap((initial, i) => by(`Kim ${initial}`, i + 1))));
    expect(searchAuthors(kims, "kim").map((e) => e.label)).toEqual(["Kim I", "Kim H", "Kim G", "Kim F", "Kim E", "Kim D", "Kim C", "Kim B"]);
  });

  it("finds nobody for an empty query or one made only of spaces, dots and hyphens", () => {
    expect(labels("")).toEqual([]);
    expect(labels("  ")).toEqual([]);
    expect(labels(". -")).toEqual([]);
  });

  it("finds nobody when no name contains the query", () => {
    expect(labels("zhang")).toEqual([]);
  });

  it("ranks an author written several ways as an exact match", () => {
    const g = graphOf([...by("José Núñez", 1), ...by("Jose Nunez", 1), ...by("Jose Nunez Garcia", 3)]);
    expect(searchAuthors(buildAuthorIndex(g), "jose nunez").map((e) => e.label)).toEqual(["José Núñez", "Jose Nunez Garcia"]);
  });
});
