import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import Graph from "graphology";
import type { CoauthorGraph } from "../../../src/graph/types";
import { seedPositions } from "../../../src/layout/seed";
import { generateListing } from "../../../bench/generateListing";
import { LAYOUT_BEFORE_SHOWING_MAX_AUTHORS, loadSources } from "../../../src/load/loadSources";
import { describeGroups } from "../../../src/graph/communities";
import { previousGroupsOf } from "../../../src/graph/keptGroups";
import type { SourceInput } from "../../../src/parse/index";
import { groupColors } from "../../../src/visual/groupColors";
import { GROUP_PALETTE } from "../../../src/visual/palette";
import { SAMPLE_ADDITIONS } from "../../support/papers";

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

describe("a rebuild, as the worker runs it", () => {
  const [BLUE, ORANGE, , VERMILLION, SKY, , INDIGO] = GROUP_PALETTE as [string, string, string, string, string, string, string];
  const sampleAndMore = [{ name: "sample-listing.txt", text: sample }, { name: "more.txt", text: SAMPLE_ADDITIONS }];
  const rebuild = (sources: SourceInput[], previous: CoauthorGraph | null, maxAuthors = 100) => {
    const groups = previous ? previousGroupsOf(previous, groupColors(previous), describeGroups(previous)) : undefined;
    return Graph.from(loadSources({ sources, referenceDate: "2026-11-25", maxAuthors, decisions: [], groups }).graph) as CoauthorGraph;
  };
  const named = (g: CoauthorGraph) => {
    const colors = groupColors(g);
    return describeGroups(g).map(({ id, name }) => [id, name, colors.get(id)]);
  };
  const added = () => rebuild(sampleAndMore, rebuild([sampleAndMore[0]!], null));

  it("keeps the colours and names of the groups that carry on when files are added", () => {
    // The groups of SAMPLE_ADDITIONS (see there). The sample's groups were Jeonghye Kim's blue,
    // Woojun Kim's orange, Dongsheng Li's sky blue, Whiyoung Jung's vermillion and Minhae Oh's
    // indigo. The newcomers' group, next to Minhae Oh's, is orange (see the browser's test).
    const g = added();
    expect(g.getAttribute("keptGroups")).toEqual([
      { community: 0, color: BLUE, center: "jeonghye kim" },
      { community: 1, color: INDIGO, center: "minhae oh" },
      { community: 3, color: SKY, center: "dongsheng li" },
    ]);
    expect(named(g)).toEqual([[0, "Jeonghye Kim", BLUE], [1, "Minhae Oh", INDIGO], [2, "Ben Okafor", ORANGE], [3, "Dongsheng Li", SKY]]);
    // Opened afresh, the same files are coloured and named afresh.
    expect(named(rebuild(sampleAndMore, null))).not.toEqual(named(g));
  });

  it("gives the same colours for the same loads in the same order", () => {
    expect(named(added())).toEqual(named(added()));
  });

  it("keeps them through a change of the most authors for a paper to add links; a group whose namesake left is named afresh", () => {
    // At 3, the newcomers' first paper (4 authors) adds no links, and Louvain puts Minhae Oh with
    // the newcomers, four of five in it: it carries on their orange group, still Ben Okafor's.
    // Nakyung Lee, Hana Park and Ian Choi were Minhae Oh's group: they carry on its indigo,
    // without her, so under the most central of them: Nakyung Lee, who has as many co-authors in it
    // (2) and papers on those links (4) as the others, and most papers (3). Yongjae Shin
    // and Whiyoung Jung are a group again, new: vermillion, the colour least like blue, its one
    // neighbour's, and the colours around it (worked out in the browser's test).
    const g = rebuild(sampleAndMore, added(), 3);
    expect(named(g)).toEqual([[0, "Jeonghye Kim", BLUE], [1, "Ben Okafor", ORANGE], [2, "Nakyung Lee", INDIGO], [3, "Dongsheng Li", SKY], [4, "Whiyoung Jung", VERMILLION]]);
    expect(g.filterNodes((_key, a) => a.community === 4)).toEqual(["yongjae shin", "whiyoung jung"]);
  });
});
