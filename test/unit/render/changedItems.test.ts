import Graph from "graphology";
import { describe, expect, it } from "vitest";
import type { CoauthorGraph } from "../../../src/graph/types";
import { DrawnItems, type Reducers } from "../../../src/render/changedItems";

/** Three authors in a chain; the reducers draw from the colours and hidden keys set in `look`. */
function setUp() {
  const graph = new Graph({ type: "undirected" }) as unknown as CoauthorGraph;
  for (const key of ["a", "b", "c"]) graph.addNode(key, { label: key.toUpperCase(), x: 0, y: 0 } as never);
  graph.addEdgeWithKey("ab", "a", "b", { weight: 1, papers: [] });
  graph.addEdgeWithKey("bc", "b", "c", { weight: 1, papers: [] });
  const look = { color: new Map<string, string>(), hidden: new Set<string>(), size: 5 };
  const reducers: Reducers = {
    nodeReducer: (key, data) => ({
      x: data.x as number,
      y: data.y as number,
      label: data.label as string,
      size: look.hidden.has(key) ? 0 : look.size,
      color: look.color.get(key) ?? "#000",
      hidden: look.hidden.has(key),
      highlighted: false,
      forceLabel: false,
      type: "circle",
      zIndex: 0,
    }),
    edgeReducer: (key) => ({ size: 1, color: look.color.get(key) ?? "#000", hidden: look.hidden.has(key), label: "", forceLabel: false, type: "line", zIndex: 0 }),
  };
  const items = new DrawnItems();
  items.remember(graph, reducers);
  return { graph, look, reducers, items };
}

describe("what a change of the drawing changes", () => {
  it("finds nothing when nothing changed", () => {
    const { graph, reducers, items } = setUp();
    expect(items.changes(graph, reducers)).toEqual({ nodes: [], edges: [] });
  });

  it("finds the authors and links drawn differently, once", () => {
    const { graph, look, reducers, items } = setUp();
    look.color.set("b", "#f00").set("bc", "#0f0");
    look.hidden.add("c");
    expect(items.changes(graph, reducers)).toEqual({ nodes: ["b", "c"], edges: ["bc"] });
    expect(items.changes(graph, reducers)).toEqual({ nodes: [], edges: [] });
  });

  it("sees no change in an author hidden before and after, whatever else changed", () => {
    const { graph, look, reducers, items } = setUp();
    look.hidden.add("a");
    items.changes(graph, reducers);
    look.size = 9; // every shown author grows: b and c
    look.color.set("a", "#123"); // hidden, a's colour is never seen
    expect(items.changes(graph, reducers).nodes).toEqual(["b", "c"]);
  });

  it("looks at the authors asked about only, when asked", () => {
    const { graph, look, reducers, items } = setUp();
    look.color.set("a", "#f00").set("b", "#f00").set("ab", "#f00");
    expect(items.changes(graph, reducers, { nodes: ["a", "gone"] })).toEqual({ nodes: ["a"], edges: [] });
    expect(items.changes(graph, reducers)).toEqual({ nodes: ["b"], edges: ["ab"] });
  });

  it("finds the same a slice at a time: authors first, then links, in the graph's order", () => {
    const { graph, look, reducers, items } = setUp();
    look.color.set("a", "#f00").set("c", "#f00").set("bc", "#f00");
    const scan = items.scan(graph, reducers);
    // Slices of two: a, b | c, ab | bc.
    expect([scan.next(2), scan.next(2), scan.next(2)]).toEqual([
      { nodes: ["a"], edges: [], done: false },
      { nodes: ["c"], edges: [], done: false },
      { nodes: [], edges: ["bc"], done: true },
    ]);
    expect(items.changes(graph, reducers)).toEqual({ nodes: [], edges: [] });
  });
});
