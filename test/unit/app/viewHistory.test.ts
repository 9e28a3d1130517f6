import { describe, expect, it } from "vitest";
import { egoFromSearch, entryOf, sameScope, searchForScope } from "../../../src/app/viewHistory";

describe("an author's network in the address", () => {
  it("reads ?ego= and depth, depth 1 when missing or neither 1 nor 2", () => {
    expect(egoFromSearch("?ego=jeonghye+kim&depth=2")).toEqual({ kind: "ego", center: "jeonghye kim", depth: 2 });
    expect(egoFromSearch("?reference-date=2026-11-25&ego=orcid%3A0000-0001")).toEqual({ kind: "ego", center: "orcid:0000-0001", depth: 1 });
    expect(egoFromSearch("?ego=a&depth=3")).toEqual({ kind: "ego", center: "a", depth: 1 });
    expect(egoFromSearch("?ego=&depth=2")).toBeNull();
    expect(egoFromSearch("")).toBeNull();
  });

  it("writes ego and depth for an author's network and nothing for other scopes, keeping the other parameters in their order", () => {
    const search = "?reference-date=2026-11-25&ego=old&depth=2&listing=papers.txt";
    expect(searchForScope(search, { kind: "ego", center: "jeonghye kim", depth: 1 })).toBe("?reference-date=2026-11-25&listing=papers.txt&ego=jeonghye+kim&depth=1");
    expect(searchForScope(search, { kind: "all" })).toBe("?reference-date=2026-11-25&listing=papers.txt");
    expect(searchForScope("?ego=a&depth=1", { kind: "roster", people: ["a"], outside: false })).toBe("");
  });

  it("reads back what it writes", () => {
    const scope = { kind: "ego", center: "josé núñez & co?", depth: 2 } as const;
    expect(egoFromSearch(searchForScope("?listing=x", scope))).toEqual(scope);
  });
});

describe("history entries", () => {
  it("accepts only well-formed entries of ours", () => {
    const ego = { kind: "ego", center: "a", depth: 2 };
    expect(entryOf({ coauthorView: { scope: ego, index: 3 } })).toEqual({ scope: ego, index: 3 });
    expect(entryOf({ coauthorView: { scope: { kind: "roster", people: ["a", "b"], outside: true }, index: 0 } })).toEqual({ scope: { kind: "roster", people: ["a", "b"], outside: true }, index: 0 });
    expect(entryOf(null)).toBeNull();
    expect(entryOf({ other: 1 })).toBeNull();
    expect(entryOf({ coauthorView: { scope: ego, index: -1 } })).toBeNull();
    expect(entryOf({ coauthorView: { scope: ego, index: 1.5 } })).toBeNull();
    expect(entryOf({ coauthorView: { scope: { kind: "ego", center: "a", depth: 3 }, index: 1 } })).toBeNull();
    expect(entryOf({ coauthorView: { scope: { kind: "roster", people: [1], outside: false }, index: 1 } })).toBeNull();
    expect(entryOf({ coauthorView: { scope: { kind: "nobody" }, index: 1 } })).toBeNull();
  });

  it("compares scopes by what they show", () => {
    expect(sameScope({ kind: "all" }, { kind: "all" })).toBe(true);
    expect(sameScope({ kind: "ego", center: "a", depth: 1 }, { kind: "ego", center: "a", depth: 1 })).toBe(true);
    expect(sameScope({ kind: "ego", center: "a", depth: 1 }, { kind: "ego", center: "a", depth: 2 })).toBe(false);
    expect(sameScope({ kind: "ego", center: "a", depth: 1 }, { kind: "ego", center: "b", depth: 1 })).toBe(false);
    expect(sameScope({ kind: "ego", center: "a", depth: 1 }, { kind: "all" })).toBe(false);
    expect(sameScope({ kind: "roster", people: ["a", "b"], outside: false }, { kind: "roster", people: ["a", "b"], outside: false })).toBe(true);
    expect(sameScope({ kind: "roster", people: ["a", "b"], outside: false }, { kind: "roster", people: ["a", "b"], outside: true })).toBe(false);
    expect(sameScope({ kind: "roster", people: ["a", "b"], outside: false }, { kind: "roster", people: ["a"], outside: false })).toBe(false);
    expect(sameScope({ kind: "roster", people: ["a", "b"], outside: false }, { kind: "roster", people: ["b", "a"], outside: false })).toBe(false);
  });
});
