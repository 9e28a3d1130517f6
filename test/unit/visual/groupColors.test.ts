import { describe, expect, it } from "vitest";
import { assignCommunities } from "../../../src/graph/communities";
import type { Paper } from "../../../src/parse/types";
import { groupColors } from "../../../src/visual/groupColors";
import { groupNetwork } from "../../../src/visual/groupNetwork";
import type { CoauthorGraph } from "../../../src/graph/types";
import { GROUP_PALETTE } from "../../../src/visual/palette";
import { graphOf, grouped, paper, samplePapers, times } from "../../support/papers";

const [BLUE, ORANGE] = GROUP_PALETTE as [string, string];
// Greys stay grey for every vision, and CIEDE2000 between greys depends on lightness only:
// black–white 100, black–#333 13.4, black–#ccc 73.2, white–#333 68.7, white–#ccc 11.1,
// #777 (L* 50) 36.5 from both black and white.
const BLACK = "#000000";
const WHITE = "#ffffff";
const DARK = "#333333";
const LIGHT = "#cccccc";
const MID = "#777777";

describe("group colours", () => {
  it("gives the most connected group the first colour, and its neighbour the palette's farthest from it", () => {
    // Ann (group 0) with Bo (group 1): both have strength 1, so group 0 goes first, blue.
    // Under the worst vision orange is 51.4 from blue; vermillion 49.6, sky 20.0, indigo 17.3,
    // purple 13.5, green 12.4.
    const g = grouped([paper("1", ["Ann", "Bo"])], { ann: 0, bo: 1 });
    expect(groupColors(g)).toEqual(new Map([[0, BLUE], [1, ORANGE]]));
  });

  it("gives a group the colour least like that of the neighbour it shares most papers with", () => {
    // Strengths (papers shared with other groups): A 20 + 5 = 25, B 20 + 1 = 21, X 6.
    // A goes first: black. B: farthest from black is white (100).
    // X clashes with black and white, so dark or light grey. Its cost per colour:
    //   own neighbours 5 · 1/ΔE(black, c) + 1 · 1/ΔE(white, c)
    //   two steps, half-weighted: via A ½ · 5/25 · 20 /ΔE(white, c), via B ½ · 1/21 · 20 /ΔE(black, c)
    //   = 5.476/ΔE(black, c) + 3/ΔE(white, c):
    //   dark 5.476/13.4 + 3/68.7 = 0.453, light 5.476/73.2 + 3/11.1 = 0.345: light grey.
    const papers = [...times(20, ["Ann", "Bo"]), ...times(5, ["Ann", "Xu"]), ...times(1, ["Bo", "Xu"])];
    const g = grouped(papers, { ann: 0, bo: 1, xu: 2 });
    expect(groupColors(g, [BLACK, WHITE, DARK, LIGHT])).toEqual(new Map([[0, BLACK], [1, WHITE], [2, LIGHT]]));
  });

  it("keeps apart groups that hang off the same hub, though they are not linked", () => {
    // Hub H with S (2 papers) and T (1 paper); S and T never wrote together.
    // H (strength 3) first: black. S (2): white, farthest from black.
    // T clashes with black only. White costs 1/100 + ½ · 1/3 · 2 · 1/5 (white beside the hub
    // counts as 5 apart) = 0.077; grey 1/36.5 + ½ · 1/3 · 2/36.5 = 0.037: grey, though white
    // is the farthest from T's only neighbour.
    const papers = [...times(2, ["Hal", "Sam"]), ...times(1, ["Hal", "Tim"])];
    const g = grouped(papers, { hal: 0, sam: 1, tim: 2 });
    expect(groupColors(g, [BLACK, WHITE, MID])).toEqual(new Map([[0, BLACK], [1, WHITE], [2, MID]]));
  });

  it("spreads groups without links over the palette, in palette order, then round again", () => {
    // Nine authors alone, each a group of one: nothing to avoid, so each takes the colour the
    // fewest authors have, the first of equals.
    const names = ["Ann", "Bo", "Cy", "Dee", "Eve", "Fay", "Gus", "Hal", "Ida"];
    const g = grouped(names.map((name) => paper(name, [name])), Object.fromEntries(names.map((name, i) => [name.toLowerCase(), i])));
    const expected = [...GROUP_PALETTE, GROUP_PALETTE[0]!, GROUP_PALETTE[1]!].map((color, i) => [i, color] as const);
    expect(groupColors(g)).toEqual(new Map(expected));
  });

  it("gives linked groups different colours around a ring of twelve groups, more than the palette has", () => {
    const papers = Array.from({ length: 12 }, (_, i) => paper(`${i}`, [`P${i}`, `P${(i + 1) % 12}`]));
    const g = grouped(papers, Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`p${i}`, i])));
    const colors = groupColors(g);
    expect(colors.size).toBe(12);
    for (let i = 0; i < 12; i++) expect(colors.get(i)).not.toBe(colors.get((i + 1) % 12));
  });

  it("colours next the group with the fewest colours left, so that two colours do for a path", () => {
    // The path P –10– X –1– M –1– U –10– Q, groups 0 to 4. Strengths: P 10, X 11, M 2, U 11, Q 10.
    // X (11, lower number than U) first: blue. P and M now have one colour around them, U and Q
    // none: P (10) orange, then M orange, then U, next to orange M, blue; Q orange.
    // By strength alone, U would come second and, with no neighbour coloured, take orange (the
    // colour fewer authors have), leaving M between blue X and orange U.
    const papers = [...times(10, ["Pia", "Xu"]), ...times(1, ["Xu", "Mo"]), ...times(1, ["Mo", "Ugo"]), ...times(10, ["Ugo", "Quy"])];
    const g = grouped(papers, { pia: 0, xu: 1, mo: 2, ugo: 3, quy: 4 });
    expect(groupColors(g, [BLUE, ORANGE])).toEqual(new Map([[0, ORANGE], [1, BLUE], [2, ORANGE], [3, BLUE], [4, ORANGE]]));
  });

  it("when the palette runs out, lets the most weakly linked neighbours share a colour", () => {
    // A ring of five needs three colours; with two, one link must join equal colours.
    // Links: 0–1 5 papers, 1–2 4, 2–3 3, 3–4 2, 4–0 1. Strengths: 0: 6, 1: 9, 2: 7, 3: 5, 4: 3.
    // 1 first: blue. 2 (saturation 1, strength 7): orange. 0 (saturation 1, 6): orange, next to blue 1.
    // 3 (next to orange 2): blue. 4, next to blue 3 (2 papers) and orange 0 (1 paper): orange,
    // the clash on the weakest link.
    const links = [[0, 1, 5], [1, 2, 4], [2, 3, 3], [3, 4, 2], [4, 0, 1]] as const;
    const papers = links.flatMap(([a, b, n]) => times(n, [`P${a}`, `P${b}`]));
    const g = grouped(papers, { p0: 0, p1: 1, p2: 2, p3: 3, p4: 4 });
    expect(groupColors(g, [BLUE, ORANGE])).toEqual(new Map([[0, ORANGE], [1, BLUE], [2, ORANGE], [3, BLUE], [4, ORANGE]]));
  });

  it("with eight groups all linked to each other and seven colours, puts the one clash on the weakest link", () => {
    // Groups 0–6 share 10 papers with each other; 7 shares 2 with each of 0–5 and 1 with 6.
    // Every group is saturated alike, so the order is by strength and 7 (13) comes last, when
    // all seven colours are taken: it takes 6's, the neighbour it shares fewest papers with.
    const papers: Paper[] = [];
    for (let a = 0; a < 8; a++) for (let b = a + 1; b < 8; b++) papers.push(...times(b < 7 ? 10 : a < 6 ? 2 : 1, [`P${a}`, `P${b}`]));
    const g = grouped(papers, Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`p${i}`, i])));
    const colors = groupColors(g);
    expect(colors.get(7)).toBe(colors.get(6));
    expect(new Set(Array.from({ length: 7 }, (_, i) => colors.get(i)))).toEqual(new Set(GROUP_PALETTE));
  });

  it("gives the same colours for the same network, and none without groups", () => {
    const build = () => grouped([...times(3, ["Ann", "Bo"]), paper("x", ["Bo", "Cy", "Dee"]), paper("y", ["Dee", "Eve"])], { ann: 0, bo: 1, cy: 2, dee: 1, eve: 3 });
    expect(groupColors(build())).toEqual(groupColors(build()));
    expect(groupColors(graphOf([paper("1", ["Ann", "Bo"])]))).toEqual(new Map());
    expect(groupColors(graphOf([]))).toEqual(new Map());
  });

  it("colours every group of the sample: Jeonghye Kim's first, and the four around it all differently", () => {
    // The sample's groups 1–4 are each linked to group 0 only (through Jeonghye Kim), so they
    // are not neighbours; standing side by side around her, they still get four colours.
    const g = graphOf(samplePapers());
    expect(assignCommunities(g)).toBe(5);
    const colors = groupColors(g);
    expect(colors.get(0)).toBe(BLUE);
    expect(new Set(colors.values()).size).toBe(5);
    expect([...colors.keys()].sort()).toEqual([0, 1, 2, 3, 4]);
  });
});

/** The graph with the colours its groups kept from before a rebuild, by group number. */
function keeping(graph: CoauthorGraph, colors: Record<number, string>): CoauthorGraph {
  graph.setAttribute("keptGroups", Object.entries(colors).map(([community, color]) => ({ community: Number(community), color, center: null })));
  return graph;
}

describe("group colours through a rebuild", () => {
  it("keeps the colour of a group that carried on, and gives a new neighbour the colour farthest from it", () => {
    // Ann (group 0) with Bo (group 1). Afresh, 0 first: light grey, the palette's first, and 1
    // black, farthest from it (73.2; white 11.1). Group 0 kept white: Bo's group is coloured
    // around it, black (100 from white), not the light grey nobody has either.
    const g = () => grouped([paper("1", ["Ann", "Bo"])], { ann: 0, bo: 1 });
    expect(groupColors(g(), [LIGHT, BLACK, WHITE])).toEqual(new Map([[0, LIGHT], [1, BLACK]]));
    expect(groupColors(keeping(g(), { 0: WHITE }), [LIGHT, BLACK, WHITE])).toEqual(new Map([[0, WHITE], [1, BLACK]]));
  });

  it("colours a new group between two kept ones in the colour least like both", () => {
    // Pia (0) –1– Mo (1) –1– Ugo (2); Pia's group kept black, Ugo's white: Mo's takes mid grey,
    // 36.5 from both (light grey is 11.1 from white). Afresh, Mo's group (strength 2) would be
    // first, black.
    const g = () => grouped([paper("pm", ["Pia", "Mo"]), paper("mu", ["Mo", "Ugo"])], { pia: 0, mo: 1, ugo: 2 });
    expect(groupColors(g(), [BLACK, WHITE, LIGHT, MID]).get(1)).toBe(BLACK);
    expect(groupColors(keeping(g(), { 0: BLACK, 2: WHITE }), [BLACK, WHITE, LIGHT, MID])).toEqual(new Map([[0, BLACK], [1, MID], [2, WHITE]]));
  });

  it("colours first the new groups next to kept ones, so that two colours do for a path", () => {
    // Pia (0, kept black) –1– Xu (1) –1– Mo (2) –10– Ugo (3). Xu's group, the one with a colour
    // beside it, goes first: white; then Mo's, beside white: black; Ugo's white. By strength
    // alone (Mo 11, Ugo 10, Xu 2), Mo's would go first and take white (black is two steps off),
    // Ugo's black, and Xu's, between black Pia and white Mo, would clash.
    const papers = [paper("px", ["Pia", "Xu"]), paper("xm", ["Xu", "Mo"]), ...times(10, ["Mo", "Ugo"])];
    const g = grouped(papers, { pia: 0, xu: 1, mo: 2, ugo: 3 });
    expect(groupColors(keeping(g, { 0: BLACK }), [BLACK, WHITE])).toEqual(new Map([[0, BLACK], [1, WHITE], [2, BLACK], [3, WHITE]]));
  });

  it("counts kept colours among those new groups spread over: an unlinked new group takes one nobody has", () => {
    // Three authors alone. Group 0 kept blue, group 1 orange: group 2, with nothing to avoid,
    // takes the colour fewest authors have, the first of equals: bluish green.
    const g = grouped(["Ann", "Bo", "Cy"].map((name) => paper(name, [name])), { ann: 0, bo: 1, cy: 2 });
    expect(groupColors(keeping(g, { 0: BLUE, 1: ORANGE }))).toEqual(new Map([[0, BLUE], [1, ORANGE], [2, GROUP_PALETTE[2]!]]));
  });

  it("lets two kept groups that are neighbours now keep the same colour, and colours afresh a kept colour the palette lacks", () => {
    const g = () => grouped([paper("1", ["Ann", "Bo"])], { ann: 0, bo: 1 });
    expect(groupColors(keeping(g(), { 0: BLACK, 1: BLACK }), [BLACK, WHITE])).toEqual(new Map([[0, BLACK], [1, BLACK]]));
    // Group 1 kept pink, which this palette lacks: coloured as a new group, around black 0.
    expect(groupColors(keeping(g(), { 0: BLACK, 1: "#ff00ff" }), [BLACK, WHITE])).toEqual(new Map([[0, BLACK], [1, WHITE]]));
  });
});

describe("group network", () => {
  it("joins two groups by the papers of all the links between them, and leaves out links inside a group and authors without one", () => {
    // Groups: Ann, Bo 0; Cy, Dee 1; Eve 2; Fay none. Ann–Bo (2 papers) is inside group 0 and
    // Eve–Fay (5) has no group at one end. 0–1: Ann–Cy 1 + Bo–Dee 3 = 4; 1–2: Cy–Eve 1.
    const papers = [...times(2, ["Ann", "Bo"]), paper("a", ["Ann", "Cy"]), ...times(3, ["Bo", "Dee"]), paper("c", ["Cy", "Eve"]), ...times(5, ["Eve", "Fay"])];
    const network = groupNetwork(grouped(papers, { ann: 0, bo: 0, cy: 1, dee: 1, eve: 2 }));
    expect(network).toEqual({
      count: 3,
      sizes: Int32Array.from([2, 2, 1]),
      // Group 0: [1]; group 1: [0, 2]; group 2: [1].
      offsets: Int32Array.from([0, 1, 3, 4]),
      neighbours: Int32Array.from([1, 0, 2, 1]),
      weights: Float64Array.from([4, 4, 1, 1]),
      strength: Float64Array.from([4, 5, 1]),
    });
  });
});
