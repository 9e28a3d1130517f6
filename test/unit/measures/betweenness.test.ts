import Graph from "graphology";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import { describe, expect, it } from "vitest";
import { betweennessOf, estimateBetweenness, MIN_SOURCES, sourcesFor, WORK_BUDGET } from "../../../src/measures/betweenness";
import { pickSources, sampleDependencies } from "../../../src/measures/sampledBetweenness";
import { seededRandom } from "../../../src/text/random";

/** An undirected graph from "a-b" pairs, plus nodes without links. */
function graphOf(links: string[], alone: string[] = []): Graph {
  const graph = new Graph({ type: "undirected" });
  for (const link of links) {
    const [a, b] = link.split("-") as [string, string];
    graph.mergeEdge(a, b);
  }
  for (const key of alone) graph.mergeNode(key);
  return graph;
}

const valuesOf = (graph: Graph, options = {}) => Object.fromEntries(betweennessOf(graph, options).values);

// Triangles a b c and d e f, bridged by c–d. 10 pairs leave c out; c is on every path from a or b
// to d, e or f: 2 · 3 = 6 of them, so 6/10. d likewise. The others are on no shortest path.
const twoTriangles = () => graphOf(["a-b", "b-c", "a-c", "c-d", "d-e", "e-f", "d-f"]);

/** Authors in groups of 20, each with 3 links in the group and now and then one outside. */
function groupedGraph(n: number, seed: number): Graph {
  const random = seededRandom(seed);
  const graph = new Graph({ type: "undirected" });
  for (let i = 0; i < n; i++) graph.addNode(`p${i}`);
  for (let i = 0; i < n; i++) {
    const group = Math.floor(i / 20) * 20;
    for (let k = 0; k < 3; k++) {
      const j = Math.min(n - 1, group + Math.floor(random() * 20));
      if (j !== i) graph.mergeEdge(`p${i}`, `p${j}`);
    }
    const far = Math.floor(random() * n);
    if (random() < 0.15 && far !== i) graph.mergeEdge(`p${i}`, `p${far}`);
  }
  return graph;
}

describe("exact betweenness", () => {
  it("gives the inner nodes of a path a–b–c–d 2/3 each", () => {
    // Pairs without b: a–c, a–d, c–d; b is on a–c and a–d: 2/3.
    expect(valuesOf(graphOf(["a-b", "b-c", "c-d"]))).toEqual({ a: 0, b: 2 / 3, c: 2 / 3, d: 0 });
  });

  it("gives the centre of a star 1 and its leaves 0", () => {
    // All 6 pairs of the 4 leaves go through the centre.
    expect(valuesOf(graphOf(["o-a", "o-b", "o-c", "o-d"]))).toEqual({ o: 1, a: 0, b: 0, c: 0, d: 0 });
  });

  it("gives the ends of a bridge between two triangles 6/10", () => {
    const values = valuesOf(twoTriangles());
    expect(values.c).toBeCloseTo(0.6, 12);
    expect(values.d).toBeCloseTo(0.6, 12);
    expect([values.a, values.b, values.e, values.f]).toEqual([0, 0, 0, 0]);
  });

  it("splits a pair between its shortest paths: in a square, half of the opposite pair", () => {
    // a and c are joined by a–b–c and a–d–c: b carries half of that pair, one of the 3 without b.
    expect(valuesOf(graphOf(["a-b", "b-c", "c-d", "d-a"])).b).toBeCloseTo(1 / 6, 12);
  });

  it("counts authors outside the component in the pairs", () => {
    // a–b–c and a lone d: 3 pairs without b, one through it.
    expect(valuesOf(graphOf(["a-b", "b-c"], ["d"])).b).toBeCloseTo(1 / 3, 12);
  });

  it("counts hops and ignores link weights", () => {
    // With weights as lengths a–b–c (2) would beat a–c (10); in hops a–c is one step, b is on no path.
    const graph = graphOf(["a-b", "b-c", "a-c"]);
    graph.setEdgeAttribute("a", "c", "weight", 10);
    expect(valuesOf(graph).b).toBe(0);
  });

  it("says it is exact for a small network", () => {
    const result = betweennessOf(twoTriangles());
    expect({ exact: result.exact, sources: result.sources, error: result.error }).toEqual({ exact: true, sources: 6, error: 0 });
  });
});

describe("sampled betweenness", () => {
  it("equals graphology-metrics' exact values, with no error, when every author is a source", () => {
    for (const graph of [twoTriangles(), groupedGraph(200, 3)]) {
      const reference = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
      const sampled = betweennessOf(graph, { sources: graph.order });
      expect(sampled.exact).toBe(true);
      expect(sampled.error).toBe(0);
      for (const [key, value] of Object.entries(reference)) expect(sampled.values.get(key)).toBeCloseTo(value, 12);
    }
  });

  it("counts more shortest paths than 32 bits hold: 33 squares in a row, 2^33 from end to end", () => {
    // m0 – {a1, b1} – m1 – {a2, b2} – m2 … m33: 100 authors, 4851 pairs without a given one.
    const K = 33;
    const links: string[] = [];
    for (let i = 1; i <= K; i++) links.push(`m${i - 1}-a${i}`, `m${i - 1}-b${i}`, `a${i}-m${i}`, `b${i}-m${i}`);
    const graph = graphOf(links);
    const { values, exact } = betweennessOf(graph);
    // m16 joins the 48 authors before it to the 51 after it: 48 · 51 = 2448 pairs; and is on one of
    // the two paths between a16 and b16 and between a17 and b17: 2449.
    // a16 is on half the paths between the 46 authors up to m15 and the 52 from m16: 46 · 52 / 2 = 1196.
    expect(exact).toBe(true);
    expect(values.get("m16")).toBeCloseTo(2449 / 4851, 12);
    expect(values.get("a16")).toBeCloseTo(1196 / 4851, 12);
    // graphology's 32-bit counts wrap to 0 there and divide by it.
    const reference = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
    expect(Number.isFinite(reference.m16)).toBe(false);
  });

  it("stays within its stated error of the exact values for at least 95 % of authors", () => {
    const graph = groupedGraph(600, 11);
    const exact = betweennessOf(graph, { sources: graph.order }).values;
    const sampled = betweennessOf(graph, { sources: 150, seed: 5 });
    expect(sampled.exact).toBe(false);
    expect(sampled.sources).toBe(150);
    let within = 0;
    let differ = 0;
    for (const [key, value] of sampled.values) {
      const miss = Math.abs(value - exact.get(key)!);
      if (miss <= sampled.error!) within++;
      if (miss > 1e-12) differ++;
    }
    expect(within / graph.order).toBeGreaterThanOrEqual(0.95);
    expect(differ).toBeGreaterThan(0); // an estimate, not the exact values again
  });

  it("gives the same estimate for the same seed, another for another", () => {
    const graph = groupedGraph(300, 2);
    const first = betweennessOf(graph, { sources: 40, seed: 9 });
    expect(betweennessOf(graph, { sources: 40, seed: 9 })).toEqual(first);
    expect(betweennessOf(graph, { sources: 40, seed: 10 }).values).not.toEqual(first.values);
  });

  it("states the error from the spread between sources, corrected for drawing without repeats", () => {
    // Path a–b–c, sources a and b: δ_a(b) = 1 (a to c), δ_b(b) = 0. Each draw is n·δ/((n−1)(n−2))
    // = 1.5·δ: 1.5 and 0, mean 0.75. Sample variance 1.125, standard error √(1.125/2 · (1 − 2/3))
    // = 0.4330127, times 1.959964: 0.848689.
    const result = estimateBetweenness({ nodes: ["a", "b", "c"], sources: 2, sum: Float64Array.of(0, 1, 0), sumOfSquares: Float64Array.of(0, 1, 0) });
    expect(result.values.get("b")).toBeCloseTo(0.75, 12);
    expect(result.error).toBeCloseTo(0.848689, 5);
    expect(result.exact).toBe(false);
  });

  it("states no error from a single source", () => {
    expect(betweennessOf(groupedGraph(100, 1), { sources: 1 }).error).toBeNull();
  });

  it("follows a path of 20,000 authors, deeper than any call stack, without recursing", () => {
    const n = 20_000;
    const graph = new Graph({ type: "undirected" });
    for (let i = 0; i < n; i++) graph.addNode(String(i));
    for (let i = 1; i < n; i++) graph.addEdge(String(i - 1), String(i));
    // From the end 0, node i is between it and the n − 1 − i nodes beyond: the middle one, 9,999.
    const { sum } = sampleDependencies(graph, Uint32Array.of(0));
    expect([sum[0], sum[1], sum[10_000], sum[n - 1]]).toEqual([0, n - 2, 9_999, 0]);
  });
});

describe("sources and dependencies", () => {
  it("sums each source's dependencies: on a–b–c, b gets 1 from a and from c, 0 from itself", () => {
    const graph = graphOf(["a-b", "b-c"]);
    const { sum, sumOfSquares, sources } = sampleDependencies(graph, Uint32Array.of(0, 1, 2));
    expect({ sum: [...sum], sumOfSquares: [...sumOfSquares], sources }).toEqual({ sum: [0, 2, 0], sumOfSquares: [0, 2, 0], sources: 3 });
  });

  it("picks distinct sources, the same ones for the same seed", () => {
    const picked = [...pickSources(50, 20, 4)];
    expect(new Set(picked).size).toBe(20);
    expect(picked.every((i) => i >= 0 && i < 50)).toBe(true);
    expect([...pickSources(50, 20, 4)]).toEqual(picked);
    expect([...pickSources(5, 9, 4)].sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it("computes exactly while it fits the work budget, else samples what fits, never fewer than the minimum", () => {
    // Exact costs n·(n + m) visits; a sample of k sources k·(n + m).
    expect(sourcesFor(1000, 3000)).toBe(1000);
    const n = 10_000;
    const m = 33_000;
    expect(sourcesFor(n, m)).toBe(Math.floor(WORK_BUDGET / (n + m)));
    expect(sourcesFor(1_000_000, 5_000_000)).toBe(MIN_SOURCES);
  });
});
