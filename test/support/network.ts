import Graph from "graphology";
import type { CoauthorGraph } from "../../src/graph/types";
import type { Paper } from "../../src/parse/types";
import type { ItemVisual, Visuals } from "../../src/visual/types";
import { paper } from "./papers";

/**
 * A small network made by hand, as the explorer holds one, with its drawing, for the round
 * trips through the network files. Four authors in two groups; positions, sizes and colours
 * with at most six decimals, as the files write numbers.
 *   ann lee    Ann Lee          p1 2019, p2 2020, p3 2022 (et al.)   group 0  (1.5, -2.25)   #e69f00  12
 *   bo chen    Bo Chen          p1, p2                               group 0  (-3, 4.125)    #e69f00  8.5
 *   cy diaz    Cy Díaz & <Co>   p3, p4 (no year)                     group 1  (0, 0)         #56b4e9  6.25
 *   dee evans  Dee "D" Evans    p4                                   group 1  (10, -10.5)    #56b4e9  4
 * Links: ann–bo 2 (p1, p2), ann–cy 1 (p3), cy–dee 1 (p4).
 */
export function handMadeNetwork(): { graph: CoauthorGraph; visuals: Visuals; papers: Paper[] } {
  const graph: CoauthorGraph = new Graph({ type: "undirected" });
  graph.replaceAttributes({ papers: 4, etAlPapers: 1, largePapers: 0, maxAuthors: 100 });
  graph.addNode("ann lee", {
    label: "Ann Lee",
    papers: 3,
    paperIds: ["p1", "p2", "p3"],
    etAlPapers: 1,
    aliases: ["A. Lee", "Lee, A."],
    sourceIds: ["orcid:0000-0002-1825-0097"],
    firstYear: 2019,
    lastYear: 2022,
    community: 0,
    x: 1.5,
    y: -2.25,
  });
  graph.addNode("bo chen", { label: "Bo Chen", papers: 2, paperIds: ["p1", "p2"], etAlPapers: 0, aliases: [], firstYear: 2019, lastYear: 2020, community: 0, x: -3, y: 4.125 });
  graph.addNode("cy diaz", { label: "Cy Díaz & <Co>", papers: 2, paperIds: ["p3", "p4"], etAlPapers: 1, aliases: [], firstYear: 2022, lastYear: 2022, community: 1, x: 0, y: 0 });
  graph.addNode("dee evans", { label: 'Dee "D" Evans', papers: 1, paperIds: ["p4"], etAlPapers: 0, aliases: [], firstYear: null, lastYear: null, community: 1, x: 10, y: -10.5 });
  graph.addUndirectedEdgeWithKey("ann lee|bo chen", "ann lee", "bo chen", { weight: 2, papers: ["p1", "p2"] });
  graph.addUndirectedEdgeWithKey("ann lee|cy diaz", "ann lee", "cy diaz", { weight: 1, papers: ["p3"] });
  graph.addUndirectedEdgeWithKey("cy diaz|dee evans", "cy diaz", "dee evans", { weight: 1, papers: ["p4"] });
  const nodes = new Map<string, ItemVisual>([
    ["ann lee", { size: 12, color: "#e69f00" }],
    ["bo chen", { size: 8.5, color: "#e69f00" }],
    ["cy diaz", { size: 6.25, color: "#56b4e9" }],
    ["dee evans", { size: 4, color: "#56b4e9" }],
  ]);
  const edges = new Map<string, ItemVisual>(graph.mapEdges((key, a) => [key, { size: a.weight * 2, color: "#999999" }] as const));
  const visuals: Visuals = {
    groups: [
      { id: 0, size: 2, center: "ann lee", name: "Ann Lee", color: "#e69f00" },
      { id: 1, size: 2, center: "cy diaz", name: "Cy Díaz & <Co>", color: "#56b4e9" },
    ],
    nodes,
    edges,
    legend: { size: { role: "size", title: "Papers", samples: [], noValue: null }, color: null },
  };
  const papers = [
    paper("p1", ["Ann Lee", "Bo Chen"], { year: 2019 }),
    paper("p2", ["Ann Lee", "Bo Chen"], { year: 2020 }),
    paper("p3", ["Ann Lee", "Cy Díaz & <Co>"], { year: 2022, etAl: true }),
    paper("p4", ["Cy Díaz & <Co>", 'Dee "D" Evans'], { year: null }),
  ];
  return { graph, visuals, papers };
}

/** A writer's text, whole. */
export async function writtenText(write: (out: (text: string) => void) => Promise<void>): Promise<string> {
  let text = "";
  await write((piece) => void (text += piece));
  return text;
}
