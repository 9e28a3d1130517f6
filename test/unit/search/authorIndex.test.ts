import { describe, expect, it } from "vitest";
import { graphOf, paper } from "../../support/papers";
import type { Paper } from "../../../src/parse/types";
import { buildAuthorIndex, searchAuthors } from "../../../src/search/authorIndex";


/** `count` single-author papers by `name`. */
const by = (name: string, count: number): Paper[] => Array.from({ length: count }, (_, i) => paper(`${name}-${i}`, [name]));

// Every author matching "lee", one per level, with paper counts chosen to test the order within a level.
const index = buildAuthorIndex(
  graphOf([
    ...by("Cy Kolee", 5), // inside
    ...by("Bo Leeman", 2), // a word begun
    ...by("Ann Lee", 2), // a whole word
    ...by("Lee Smith", 1), // a whole word
    ...by("Leeds Young", 3), // a word begun
    ...by("Lee", 1), // exact
    ...by("Dan Park", 4), // no match
    ...by("José Núñez-García", 1),
  ]),
);
const labels = (query: string, limit?: number) => searchAuthors(index, query, limit).map((e) => e.label);

describe("author search", () => {
  it("indexes every author with her key, label, paper count and the words of her name", () => {
    expect(index.find((e) => e.key === "jose nunez garcia")).toEqual({
      key: "jose nunez garcia",
      label: "José Núñez-García",
      papers: 1,
      forms: [{ words: ["jose", "nunez", "garcia"], letters: "josenunezgarcia", initials: "jng", spaced: "jose nunez garcia" }],
    });
    expect(index).toHaveLength(8);
  });

  it("ignores case, accents and hyphens in both the query and the names", () => {
    expect(labels("jose nun")).toEqual(["José Núñez-García"]);
    expect(labels("JOSÉ NÚÑEZ GARCÍA")).toEqual(["José Núñez-García"]);
    expect(labels("nunez-garcia")).toEqual(["José Núñez-García"]);
  });

  it("ranks the exact name, then whole words, then words begun, then letters inside; more papers first, then by label", () => {
    expect(labels("lee")).toEqual(["Lee", "Ann Lee", "Lee Smith", "Leeds Young", "Bo Leeman", "Cy Kolee"]);
  });

  // The sample's Kims, and others a bibliography could hold beside them.
  const kims = buildAuthorIndex(
    graphOf([
      ...by("Jeonghye Kim", 12),
      ...by("Woojun Kim", 3),
      ...by("Minbeom Kim", 3),
      ...by("Jinwoo Kim", 5),
      ...by("J. Kim", 1),
      ...by("Jiho Kimura", 9),
      ...by("Jeong-Ho Park", 2),
    ]),
  );
  const kimLabels = (query: string) => searchAuthors(kims, query).map((e) => e.label);

  it("finds a name as bibliographies write it: family first, with or without the comma, any case, hyphens in the given name", () => {
    for (const query of ["Kim, Jeonghye", "kim jeonghye", "KIM JEONGHYE", "jeong-hye kim", "Jeong Hye Kim", "Kim, Jeong-Hye"]) {
      expect(kimLabels(query)[0], query).toBe("Jeonghye Kim");
    }
  });

  it("suggests every Kim whose given name starts with J for J. Kim and Kim J: the same letters first, then by papers", () => {
    // J. Kim is exactly "J. Kim" (and reordered "Kim J"); then the Kims with a J, by papers; then Kimura, whose family name only begins with Kim.
    expect(kimLabels("J. Kim")).toEqual(["J. Kim", "Jeonghye Kim", "Jinwoo Kim", "Jiho Kimura"]);
    expect(kimLabels("Kim J")).toEqual(["J. Kim", "Jeonghye Kim", "Jinwoo Kim", "Jiho Kimura"]);
    expect(kimLabels("Kim, J.")).toEqual(["J. Kim", "Jeonghye Kim", "Jinwoo Kim", "Jiho Kimura"]);
  });

  it("keeps finding a name while it is typed, letter by letter", () => {
    expect(kimLabels("jeo")).toEqual(["Jeonghye Kim", "Jeong-Ho Park"]);
    expect(kimLabels("jeonghye")).toEqual(["Jeonghye Kim"]);
    expect(kimLabels("jeonghye k")).toEqual(["Jeonghye Kim"]);
    // "kim" is a whole word of five names, and begins Kimura.
    expect(kimLabels("kim")).toEqual(["Jeonghye Kim", "Jinwoo Kim", "Minbeom Kim", "Woojun Kim", "J. Kim", "Jiho Kimura"]);
  });

  it("returns at most `limit` authors, 8 by default", () => {
    expect(labels("lee", 3)).toEqual(["Lee", "Ann Lee", "Lee Smith"]);
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
