import { describe, expect, it } from "vitest";
import { graphOf, paper } from "../../support/papers";
import { assignCommunities } from "../../../src/graph/communities";
import type { CoauthorGraph } from "../../../src/graph/types";

const communities = (g: CoauthorGraph) => Object.fromEntries(g.mapNodes((key, a) => [key, a.community]));

/** Two cliques joined by the single link between their last and first authors. */
const cliques = (first: string[], second: string[]) =>
  graphOf([paper("1", first), paper("2", second), paper("3", [first[first.length - 1]!, second[0]!])]);

describe("communities", () => {
  it("finds the two 4-cliques joined by one link, numbering the one met first 0", () => {
    const g = cliques(["A", "B", "C", "D"], ["E", "F", "G", "H"]);
    expect(assignCommunities(g)).toBe(2);
    expect(communities(g)).toEqual({ a: 0, b: 0, c: 0, d: 0, e: 1, f: 1, g: 1, h: 1 });
  });

  it("numbers the larger group 0 even when its authors come later", () => {
    const g = cliques(["A", "B", "C"], ["E", "F", "G", "H", "I"]);
    expect(assignCommunities(g)).toBe(2);
    expect(communities(g)).toEqual({ a: 1, b: 1, c: 1, e: 0, f: 0, g: 0, h: 0, i: 0 });
  });

  it("gives the same groups every time", () => {
    const build = () => graphOf([paper("1", ["A", "B", "C"]), paper("2", ["C", "D", "E"]), paper("3", ["E", "F", "A"]), paper("4", ["G", "B", "D"]), paper("5", ["G", "H"])]);
    const first = build();
    const second = build();
    expect(assignCommunities(second)).toBe(assignCommunities(first));
    expect(communities(second)).toEqual(communities(first));
  });

  it("returns 0 for an empty graph", () => {
    expect(assignCommunities(graphOf([]))).toBe(0);
  });
});
