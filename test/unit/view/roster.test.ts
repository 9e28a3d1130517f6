import { describe, expect, it } from "vitest";
import { boundedEditDistance, compatibleNames, rosterCandidatesOf, rosterMatcher, rosterNames, type RosterCandidate } from "../../../src/view/roster";
import { graphOf, paper } from "../../support/papers";

const person = (key: string, label: string, papers: number, aliases: string[] = []): RosterCandidate => ({ key, label, names: [label, ...aliases], papers });

// Four Kims with different initials, two Lees, an accented name with an alias.
const match = rosterMatcher([
  person("jeonghye", "Jeonghye Kim", 13),
  person("minbeom", "Minbeom Kim", 4),
  person("woojun", "Woojun Kim", 3),
  person("dohyung", "Dohyung Kim", 1),
  person("suyoung", "Suyoung Lee", 2),
  person("nakyung", "Nakyung Lee", 1),
  person("jose", "José Núñez-García", 1, ["J. Nunez Garcia"]),
]);

describe("reading a pasted roster", () => {
  it("takes one name per line or per semicolon, drops bullets, numbers and quotes, and splits comma lists of full names only", () => {
    const text = 'Jeonghye Kim\n- Woojun Kim; 2. Suyoung Lee\n\n  Kim, Minbeom\nNakyung Lee, Dohyung Kim\n"Kim, J."\n???\r\n';
    expect(rosterNames(text)).toEqual(["Jeonghye Kim", "Woojun Kim", "Suyoung Lee", "Kim, Minbeom", "Nakyung Lee", "Dohyung Kim", "Kim, J.", "???"]);
  });
});

describe("matching roster names to people", () => {
  it("finds a name whatever its case, accents, punctuation, hyphens or word order, and under any of the person's spellings", () => {
    const { lines, people } = match("jeonghye KIM\nKim, Minbeom\nJOSE nunez-garcia\nNunez Garcia J\nWoo-jun Kim");
    expect(lines.map((l) => l.status)).toEqual(["found", "found", "found", "found", "found"]);
    // "Woo-jun Kim" has the words woo, jun, kim: the same letters as "Woojun Kim" run together.
    expect(people).toEqual(["jeonghye", "minbeom", "jose", "woojun"]);
  });

  it("takes a unique name with compatible initials as probable, and says so", () => {
    // J. Kim: only Jeonghye among the Kims starts with J; Núñez alone: only José.
    expect(match("J. Kim\nNúñez").lines).toEqual([
      { line: "J. Kim", status: "probable", key: "jeonghye" },
      { line: "Núñez", status: "probable", key: "jose" },
    ]);
  });

  it("offers every compatible person, most papers first, when a name fits several", () => {
    expect(match("Kim\nLee").lines).toEqual([
      { line: "Kim", status: "ambiguous", candidates: ["jeonghye", "minbeom", "woojun", "dohyung"], chosen: null },
      { line: "Lee", status: "ambiguous", candidates: ["suyoung", "nakyung"], chosen: null },
    ]);
  });

  it("reports a name nobody has with the closest names, and keeps lines without a name", () => {
    // "kin woojun" is one edit from "kim woojun"; every other sorted name is more than 3 (10 letters / 3) away.
    expect(match("Woojun Kin\n???").lines).toEqual([
      { line: "Woojun Kin", status: "not found", closest: ["woojun"], chosen: null },
      { line: "???", status: "not found", closest: [], chosen: null },
    ]);
    expect(match("Woojun Kin").people).toEqual([]);
  });

  it("lists at most three closest names, nearest first, then most papers, then by name", () => {
    // "ana lee" (7 letters, 2 edits allowed): Dana Lee, Ana Le and Ann Lee are one edit away,
    // Anne Lee two. Of the nearest, Dana Lee has most papers; then Ana Le before Ann Lee by name.
    const near = rosterMatcher([person("anne", "Anne Lee", 5), person("ann", "Ann Lee", 1), person("dana", "Dana Lee", 2), person("anale", "Ana Le", 1)]);
    expect(near("Ana Lee").lines).toEqual([{ line: "Ana Lee", status: "not found", closest: ["dana", "anale", "ann"], chosen: null }]);
  });

  it("settles an ambiguous or unfound line with the one person chosen among its names, unless another line names them", () => {
    const settled = match("Kim\nJeonghye Kim\nWoojun Kin", new Set(["jeonghye", "minbeom", "woojun"]));
    // Kim: Jeonghye is named by line 2, so Minbeom is the only choice left; Woojun Kin: Woojun.
    expect(settled.lines.map((l) => ("chosen" in l ? l.chosen : l.key))).toEqual(["minbeom", "jeonghye", "woojun"]);
    expect(settled.people).toEqual(["minbeom", "jeonghye", "woojun"]);
    // Two of Kim's names chosen: still a question. The same person twice: once.
    expect(match("Kim", new Set(["minbeom", "woojun"])).lines[0]).toMatchObject({ chosen: null });
    expect(match("Jeonghye Kim\nKim Jeonghye\nJ. Kim").people).toEqual(["jeonghye"]);
  });

  it("calls two people with the very same name ambiguous", () => {
    const twins = rosterMatcher([person("a", "Ann Lee", 1), person("b", "Ann Lee", 2)]);
    expect(twins("ann lee").lines).toEqual([{ line: "ann lee", status: "ambiguous", candidates: ["b", "a"], chosen: null }]);
  });

  it("reads the people of a network with their spellings", () => {
    const graph = graphOf([paper("p1", ["Jeonghye Kim", "Woojun Kim"]), paper("p2", ["Jeonghye Kim"])]);
    expect(rosterCandidatesOf(graph)).toEqual([
      { key: "jeonghye kim", label: "Jeonghye Kim", names: ["Jeonghye Kim"], papers: 2 },
      { key: "woojun kim", label: "Woojun Kim", names: ["Woojun Kim"], papers: 1 },
    ]);
  });
});

describe("name compatibility", () => {
  it("pairs whole words first, then initials either way, and needs one whole word in common", () => {
    expect(compatibleNames(["j", "kim"], ["jeonghye", "kim"])).toBe(true);
    expect(compatibleNames(["hyunwoo", "park"], ["h", "park"])).toBe(true);
    expect(compatibleNames(["kim"], ["jeonghye", "a", "kim"])).toBe(true);
    // Both "k" and "kim" cannot take the one "kim"; no whole word in common; a whole word that differs.
    expect(compatibleNames(["k", "kim"], ["jeonghye", "kim"])).toBe(false);
    expect(compatibleNames(["j", "k"], ["jeonghye", "kim"])).toBe(false);
    expect(compatibleNames(["suyoung", "kim"], ["suyoung", "lee"])).toBe(false);
  });
});

describe("bounded edit distance", () => {
  it("is the Levenshtein distance up to the limit, and limit + 1 beyond", () => {
    expect(boundedEditDistance("kitten", "sitting", 3)).toBe(3); // k→s, e→i, +g
    expect(boundedEditDistance("kitten", "sitting", 2)).toBe(3);
    expect(boundedEditDistance("", "abc", 5)).toBe(3);
    expect(boundedEditDistance("abc", "abc", 0)).toBe(0);
    expect(boundedEditDistance("ab", "ba", 1)).toBe(2); // no transpositions: two substitutions
  });
});
