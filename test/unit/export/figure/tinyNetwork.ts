import Graph from "graphology";
import type { FigureNetwork } from "../../../../src/export/figure/types";
import type { CoauthorGraph } from "../../../../src/graph/types";
import type { Visuals } from "../../../../src/visual/types";

/**
 * Three authors for working figures out by hand: Ann at (0, 0), radius 10; Bo at (10, 0),
 * radius 5; Cy at (0, 10), radius 4; links Ann–Bo (size 2) and Ann–Cy (size 1). Groups: Ann and
 * Cy's, Bo's. `moved` puts authors elsewhere.
 */
export function tinyNetwork(moved: Record<string, [number, number]> = {}): FigureNetwork {
  const graph = new Graph({ type: "undirected" }) as unknown as CoauthorGraph;
  const place = (key: string, label: string, x: number, y: number) => {
    const [mx, my] = moved[key] ?? [x, y];
    graph.addNode(key, { label, x: mx, y: my } as never);
  };
  place("ann lee", "Ann Lee", 0, 0);
  place("bo chen", "Bo Chen", 10, 0);
  place("cy diaz", "Cy Diaz", 0, 10);
  graph.addEdgeWithKey("ann lee|bo chen", "ann lee", "bo chen");
  graph.addEdgeWithKey("ann lee|cy diaz", "ann lee", "cy diaz");
  const visuals: Visuals = {
    nodes: new Map([
      ["ann lee", { size: 10, color: "#111111" }],
      ["bo chen", { size: 5, color: "#333333" }],
      ["cy diaz", { size: 4, color: "#111111" }],
    ]),
    edges: new Map([
      ["ann lee|bo chen", { size: 2, color: "#222222" }],
      ["ann lee|cy diaz", { size: 1, color: "#444444" }],
    ]),
    groups: [
      { id: 0, size: 2, center: "ann lee", name: "Ann Lee", color: "#111111" },
      { id: 1, size: 1, center: "bo chen", name: "Bo Chen", color: "#333333" },
    ],
    legend: {
      size: { role: "size", title: "Size: number of papers", samples: [{ value: 1, label: "1", radius: 4 }, { value: 2, label: "2", radius: 10 }], noValue: null },
      color: null,
    },
  };
  return { graph, visuals, focus: null };
}
