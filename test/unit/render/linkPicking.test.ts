import { describe, expect, it } from "vitest";
import { linkKey } from "../../../src/graph/keys";
import { distanceToSegment, LinkFinder } from "../../../src/render/linkPicking";
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
  const finderOf = () => new LinkFinder(triangle());

  it("is the nearest link within its reach", () => {
    expect(finderOf().linkNear(point, 3, () => 3)).toBe(ab);
  });

  it("passes over links that are not drawn, and links out of reach", () => {
    expect(finderOf().linkNear(point, 3, (key) => (key === ab ? null : 3))).toBe(bc);
    expect(finderOf().linkNear(point, 3, (key) => (key === ab ? null : 2))).toBe(null);
    expect(finderOf().linkNear({ x: 20, y: 20 }, 3, () => 3)).toBe(null);
  });

  it("asks the reach only of links within the largest reach of the point and nearer than the best so far", () => {
    // Within 3 of (5, 1): a–b (1) and b–c (2.83), not a–c (5). Links come in graph order, a–b first.
    const asked: string[] = [];
    expect(finderOf().linkNear(point, 3, (key) => (asked.push(key), 3))).toBe(ab);
    expect(asked).toEqual([ab]);
    asked.length = 0;
    expect(finderOf().linkNear(point, 3, (key) => (asked.push(key), key === ab ? 0.5 : 3))).toBe(bc);
    expect(asked).toEqual([ab, bc]);
    // Beyond the largest reach, a link is passed over whatever its own reach says.
    asked.length = 0;
    expect(finderOf().linkNear(point, 0.5, (key) => (asked.push(key), 3))).toBe(null);
    expect(asked).toEqual([]);
  });

  it("finds a long link far from its ends", () => {
    // Ann (0, 0) to Cy (100, 100): (50, 50.5) is 0.35 from its middle, far from both ends.
    const graph = graphOf([paper("p1", ["Ann Lee", "Cy Park"]), paper("p2", ["Bo Chen", "Cy Park"])]);
    graph.mergeNodeAttributes("ann lee", { x: 0, y: 0 });
    graph.mergeNodeAttributes("bo chen", { x: 100, y: 0 });
    graph.mergeNodeAttributes("cy park", { x: 100, y: 100 });
    expect(new LinkFinder(graph).linkNear({ x: 50, y: 50.5 }, 0.5, () => 0.5)).toBe(linkKey("ann lee", "cy park"));
  });
});
