import { describe, expect, it } from "vitest";
import { matchGroups, membershipOf } from "../../../src/graph/groupMatch";
import { grouped, paper } from "../../support/papers";

/** A membership written as groups of people: group i is the i-th string's letters. */
const groups = (...lists: string[]) => ({
  people: lists.flatMap((people) => [...people]),
  groups: Int32Array.from(lists.flatMap((people, group) => [...people].map(() => group))),
});

describe("matching groups across a rebuild", () => {
  it("follows two groups that carry on under each other's numbers", () => {
    // abc and de before; de grew by f and g, so it is the larger, group 0, now.
    expect(matchGroups(groups("abc", "de"), groups("defg", "abc"))).toEqual(new Map([[0, 1], [1, 0]]));
  });

  it("gives a group that split to the piece holding most of it; the other piece is new", () => {
    // abcde splits into abc and de: each piece is made of it, abc has more of it.
    expect(matchGroups(groups("abcde"), groups("abc", "de"))).toEqual(new Map([[0, 0]]));
  });

  it("gives a group split in halves to the first of them, the larger or the earlier", () => {
    expect(matchGroups(groups("abcd"), groups("ab", "cd"))).toEqual(new Map([[0, 0]]));
    expect(matchGroups(groups("abcd"), groups("cd", "ab"))).toEqual(new Map([[0, 0]]));
  });

  it("carries on a group that absorbed smaller ones, though only half of it came from it", () => {
    // abcd, ef and gh become one group: 4 of its 8 were in abcd (half, not more), but all of
    // abcd is in it. ef and gh are in it whole too, with fewer: they end.
    expect(matchGroups(groups("abcd", "ef", "gh"), groups("abcdefgh"))).toEqual(new Map([[0, 0]]));
  });

  it("carries on nothing when two groups mix evenly: neither is mostly in either", () => {
    // abcd and efgh become abef and cdgh: each new group is half of each old one.
    expect(matchGroups(groups("abcd", "efgh"), groups("abef", "cdgh"))).toEqual(new Map());
  });

  it("counts only people who were there before: newcomers do not outweigh them, and a group of newcomers is new", () => {
    // abcd splits: ab with newcomers xyz, cd into efgh. ab is half of abcd, not more, but all of
    // abxyz who were there before: it carries abcd on. cdefgh carries on efgh (4 of its 6).
    expect(matchGroups(groups("abcd", "efgh"), groups("abxyz", "cdefgh"))).toEqual(new Map([[0, 0], [1, 1]]));
    // Nobody of ab is still there (merged under other ids, say): nothing carries it on.
    expect(matchGroups(groups("ab"), groups("xy"))).toEqual(new Map());
  });

  it("weighs how together an old group is by its people still there", () => {
    // c and d of abcd are gone (merged under other ids, say): ab, all that is left of it, is in
    // abefgh, as all of ef and gh are. Each shares 2 with it, none most of it: the lowest old
    // number carries on, abcd.
    expect(matchGroups(groups("abcd", "ef", "gh"), groups("abefgh"))).toEqual(new Map([[0, 0]]));
  });

  it("matches the pairs with most people in common first, each group once: a group merged into a larger one leaves its colour to what remains of it", () => {
    // abcde and fghijk before; abcd merge with fghijk, e goes on with newcomer x. The merged group
    // shares 6 with fghijk, 4 with abcde (most of it): fghijk first. Then abcde is left to ex,
    // made of it (e is all of ex who was there before).
    expect(matchGroups(groups("abcde", "fghijk"), groups("abcdfghijk", "ex"))).toEqual(new Map([[0, 1], [1, 0]]));
  });

  it("reads the membership of a graph's authors who have a group", () => {
    const g = grouped([paper("1", ["Ann", "Bo"]), paper("2", ["Cy"])], { ann: 1, bo: 0 });
    expect(membershipOf(g)).toEqual({ people: ["ann", "bo"], groups: Int32Array.from([1, 0]) });
  });
});
