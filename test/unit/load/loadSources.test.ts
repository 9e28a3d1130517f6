import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import Graph from "graphology";
import type { CoauthorGraph } from "../../../src/graph/types";
import { seedPositions } from "../../../src/layout/seed";
import { generateListing } from "../../../bench/generateListing";
import { LAYOUT_BEFORE_SHOWING_MAX_AUTHORS, loadSources } from "../../../src/load/loadSources";

const sample = readFileSync(new URL("../../../data/sample-listing.txt", import.meta.url), "utf8");
const load = (text: string) => loadSources({ sources: [{ name: "in.txt", text }], referenceDate: "2026-11-25", maxAuthors: 100, decisions: [] });

describe("a load, as the worker runs it", () => {
  it("returns the sample's papers and a graph already laid out, with groups", () => {
    const result = load(sample);
    expect(result.papers).toHaveLength(13);
    expect(result.laidOut).toBe(true);
    expect(result.graph.nodes).toHaveLength(16);
    for (const { attributes } of result.graph.nodes) {
      expect(Number.isFinite(attributes!.x)).toBe(true);
      expect(Number.isFinite(attributes!.y)).toBe(true);
      expect(attributes!.community).toBeGreaterThanOrEqual(0);
    }
  });

  it("lays out the same input the same way every time", () => {
    const positions = () => load(sample).graph.nodes.map((n) => [n.key, n.attributes!.x, n.attributes!.y]);
    expect(positions()).toEqual(positions());
  });

  it("leaves bigger graphs at their seeded positions, for the layout worker to animate", () => {
    const big = load(generateListing(LAYOUT_BEFORE_SHOWING_MAX_AUTHORS + 50).text);
    expect(big.graph.nodes.length).toBe(LAYOUT_BEFORE_SHOWING_MAX_AUTHORS + 50);
    expect(big.laidOut).toBe(false);
    const reseeded = Graph.from(big.graph) as CoauthorGraph;
    seedPositions(reseeded);
    expect(big.graph.nodes.map((n) => [n.attributes!.x, n.attributes!.y])).toEqual(reseeded.mapNodes((_k, a) => [a.x, a.y]));
  });
});
