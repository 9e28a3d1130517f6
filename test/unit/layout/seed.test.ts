import { describe, expect, it } from "vitest";
import { graphOf, paper } from "../../support/papers";
import type { CoauthorGraph } from "../../../src/graph/types";
import { seedPositions } from "../../../src/layout/seed";

const papers = [paper("a", ["Ann Lee", "Bo Chen"]), paper("b", ["Cy Diaz", "Dee Roy"]), paper("c", ["Eve Kim", "Ann Lee"]), paper("d", ["Fay Wu"])];
const positions = (g: CoauthorGraph) => Object.fromEntries(g.mapNodes((key, a) => [key, [a.x, a.y]]));

describe("seed positions", () => {
  it("are the same whatever order the authors were added in", () => {
    const forward = graphOf(papers);
    const backward = graphOf([...papers].reverse().map((p) => ({ ...p, authors: [...p.authors].reverse() })));
    expect(backward.nodes()).not.toEqual(forward.nodes());
    seedPositions(forward);
    seedPositions(backward);
    expect(positions(backward)).toEqual(positions(forward));
  });

  it("lie within a disc of radius 10·√order, at distinct points", () => {
    const g = graphOf(papers);
    seedPositions(g);
    const points = g.mapNodes((_key, a) => [a.x!, a.y!] as const);
    for (const [x, y] of points) expect(Math.hypot(x, y)).toBeLessThanOrEqual(10 * Math.sqrt(6));
    expect(new Set(points.map(([x, y]) => `${x},${y}`)).size).toBe(6);
  });

  it("keep the other attributes", () => {
    const g = graphOf(papers);
    seedPositions(g);
    expect(g.getNodeAttributes("ann lee")).toMatchObject({ label: "Ann Lee", papers: 2, paperIds: ["a", "c"] });
  });
});
