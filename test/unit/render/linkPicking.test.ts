import { describe, expect, it } from "vitest";
import { linkKey } from "../../../src/graph/keys";
import { distanceToSegment, LinkGrid } from "../../../src/render/linkPicking";
import { graphOf, paper } from "../../support/papers";

describe("distance to a segment", () => {
  it("is the distance to the nearest point of the segment: inside, past an end, or a single point", () => {
    expect(distanceToSegment(0, 5, -10, 0, 10, 0)).toBe(5);
    expect(distanceToSegment(13, 4, 0, 0, 10, 0)).toBe(5); // past b = (10, 0): 3-4-5
    expect(distanceToSegment(4, 5, 1, 1, 1, 1)).toBe(5);
  });
});

describe("the link under a point", () => {
  // A triangle: a (0, 0), b (10, 0), c (0, 10). From (5, 1): a–b is 1 away, b–c |5 + 1 − 10| / √2 ≈ 2.83, a–c 5.
  const triangle = () => {
    const graph = graphOf([paper("p1", ["Ann Lee", "Bo Chen", "Cy Park"])]);
    graph.mergeNodeAttributes("ann lee", { x: 0, y: 0 });
    graph.mergeNodeAttributes("bo chen", { x: 10, y: 0 });
    graph.mergeNodeAttributes("cy park", { x: 0, y: 10 });
    return graph;
  };
  const ab = linkKey("ann lee", "bo chen");
  const bc = linkKey("bo chen", "cy park");
  const point = { x: 5, y: 1 };
  // Ten cells across the 10 × 10 box: cells of 1 × 1.
  const gridOf = (isDrawn: (key: string) => boolean = () => true) => new LinkGrid(triangle(), isDrawn, 10);

  it("is the nearest link within its reach", () => {
    expect(gridOf().linkNear(point, 3, () => 3)).toBe(ab);
  });

  it("passes over links that are not drawn, and links out of reach", () => {
    expect(gridOf((key) => key !== ab).linkNear(point, 3, () => 3)).toBe(bc);
    expect(gridOf((key) => key !== ab).linkNear(point, 3, () => 2)).toBe(null);
    expect(gridOf().linkNear({ x: 20, y: 20 }, 3, () => 3)).toBe(null);
  });

  it("looks only at links filed within the largest reach and half a cell of the point", () => {
    // Reach 0.5 and half a cell: cells x 4 to 6, y 0 to 2. Only a–b (y = 0) crosses them; b–c crosses x 4 to 6 at y 4 to 6.
    const asked: string[] = [];
    expect(gridOf().linkNear(point, 0.5, (key) => (asked.push(key), 0.5))).toBe(null);
    expect(asked).toEqual([ab]);
  });

  it("finds a long link far from its ends", () => {
    // Ann (0, 0) to Cy (100, 100) crosses the grid diagonally; (50, 50.5) is 0.35 from it, Bo at (100, 0) far.
    const graph = graphOf([paper("p1", ["Ann Lee", "Cy Park"]), paper("p2", ["Bo Chen", "Cy Park"])]);
    graph.mergeNodeAttributes("ann lee", { x: 0, y: 0 });
    graph.mergeNodeAttributes("bo chen", { x: 100, y: 0 });
    graph.mergeNodeAttributes("cy park", { x: 100, y: 100 });
    expect(new LinkGrid(graph, () => true).linkNear({ x: 50, y: 50.5 }, 0.5, () => 0.5)).toBe(linkKey("ann lee", "cy park"));
  });
});
