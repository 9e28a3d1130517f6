import { readFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { cli, SMALL, writeFiles } from "./support";

const SAMPLE = ["data/sample-listing.txt", "--reference-date", "2026-11-25"];
const files = writeFiles(SMALL);
const small = [files["a.bib"], files["b.txt"], "--reference-date", "2026-11-25"];

async function statsJson(...argv: string[]) {
  const { code, stdout, stderr } = await cli("stats", ...argv, "--json");
  expect(stderr).toContain("coauthor: 8 papers");
  expect(code).toBe(0);
  return JSON.parse(stdout);
}
/** The figures without the top authors, for the cases about the network's shape. */
const shape = async (...argv: string[]) => {
  const { topAuthors: _top, ...rest } = await statsJson(...small, ...argv);
  return rest;
};

describe("coauthor stats", () => {
  it("gives the sample's figures in the documented order", async () => {
    const { code, stdout, stderr } = await cli("stats", ...SAMPLE, "--json");
    expect(code).toBe(0);
    expect(stderr).toBe("coauthor: 13 papers, no warnings\n");
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(["authors", "papers", "links", "components", "largestComponent", "density", "communities", "topAuthors"]);
    // Every paper lists three authors; density 2·25 / (16·15) = 5/24; five groups, as assignCommunities finds them.
    expect(json).toMatchObject({ authors: 16, papers: 13, links: 25, components: 1, largestComponent: 16, density: 0.20833333333333334, communities: 5 });
    expect(stdout).toContain('"density": 0.20833333333333334,');
    // Ten of the sixteen; Jeonghye Kim is on every paper, with everyone else. Youngchul Sung
    // comes before Suyoung Lee: as many papers, more co-authors; then by name.
    expect(json.topAuthors).toEqual([
      { label: "Jeonghye Kim", papers: 13, coauthors: 15 },
      { label: "Minbeom Kim", papers: 4, coauthors: 4 },
      { label: "Woojun Kim", papers: 3, coauthors: 3 },
      { label: "Xufang Luo", papers: 3, coauthors: 3 },
      { label: "Youngchul Sung", papers: 2, coauthors: 3 },
      { label: "Suyoung Lee", papers: 2, coauthors: 2 },
      { label: "Whiyoung Jung", papers: 2, coauthors: 2 },
      { label: "Yongjae Shin", papers: 2, coauthors: 2 },
      { label: "Dohyung Kim", papers: 1, coauthors: 2 },
      { label: "Dongsheng Li", papers: 1, coauthors: 2 },
    ]);
    expect(Object.keys(json.topAuthors[0])).toEqual(["label", "papers", "coauthors"]);
  });

  it("ranks by papers, then co-authors, then name, over the whole small network", async () => {
    // Ann: p1 p2 p3 p5 q1, with Bo, Cy, Dee, Ivy. Bo: p1 p2 p5 p6, with Ann, Cy, Hal. Ivy: q1 q2.
    // Cy: one paper, two co-authors, so before the others with one paper, who go by name.
    // Density 2·8 / (9·8) = 2/9.
    expect(await statsJson(...small)).toEqual({
      authors: 9, papers: 8, links: 8, components: 2, largestComponent: 7, density: 2 / 9, communities: 3,
      topAuthors: [
        { label: "Ann Lee", papers: 5, coauthors: 4 },
        { label: "Bo Chen", papers: 4, coauthors: 3 },
        { label: "Ivy Jones", papers: 2, coauthors: 2 },
        { label: "Cy Diaz", papers: 1, coauthors: 2 },
        { label: "Dee Evans", papers: 1, coauthors: 1 },
        { label: "Eve Fox", papers: 1, coauthors: 1 },
        { label: "Fay Gold", papers: 1, coauthors: 1 },
        { label: "Hal Ives", papers: 1, coauthors: 1 },
        { label: "Jo King", papers: 1, coauthors: 1 },
      ],
    });
  });

  it("hides authors with --min-papers and links with --min-weight", async () => {
    // Ann (5), Bo (4), Ivy (2) remain, with Ann–Bo and Ann–Ivy; their papers: all but p4.
    // Groups of Ann and Bo, and of Ivy: 2. Density 2·2 / (3·2).
    expect(await statsJson(...small, "--min-papers", "2")).toMatchObject({
      authors: 3, papers: 7, links: 2, components: 1, largestComponent: 3, density: 2 / 3, communities: 2,
      topAuthors: [{ label: "Ann Lee", papers: 5, coauthors: 2 }, { label: "Bo Chen", papers: 4, coauthors: 1 }, { label: "Ivy Jones", papers: 2, coauthors: 1 }],
    });
    // Only Ann–Bo (3 papers) weighs 2 or more; every author stays: 8 components, the largest Ann and Bo.
    expect(await shape("--min-weight", "2")).toEqual({ authors: 9, papers: 8, links: 1, components: 8, largestComponent: 2, density: 2 / (9 * 8), communities: 3 });
  });

  it("adds no links for papers above --max-authors", async () => {
    // p2 has 3 authors: Ann–Cy and Bo–Cy go, Cy is alone; Cy gets a group of her own (4).
    const { code, stdout, stderr } = await cli("stats", ...small, "--max-authors", "2", "--json");
    expect(code).toBe(0);
    expect(stderr).toBe("coauthor: 8 papers, 1 paper with more than 2 authors adding no links, no warnings\n");
    expect(JSON.parse(stdout)).toMatchObject({ authors: 9, papers: 8, links: 6, components: 3, largestComponent: 6, density: (2 * 6) / (9 * 8), communities: 4 });
  });

  it("keeps the years asked for, an open end reaching the first or last year", async () => {
    // 2021 to the last year (2024): p3, p4, p5, q1, q2; p6 has no year. Ann, Dee, Eve, Fay, Bo,
    // Ivy, Jo; links Ann–Dee, Eve–Fay, Ann–Bo, Ann–Ivy, Ivy–Jo. Density 2·5 / (7·6).
    expect(await shape("--from-year", "2021")).toEqual({ authors: 7, papers: 5, links: 5, components: 2, largestComponent: 5, density: 10 / 42, communities: 3 });
    // The first year (2019) to 2020: p1, p2: Ann, Bo, Cy, all linked.
    expect(await shape("--to-year", "2020")).toEqual({ authors: 3, papers: 2, links: 3, components: 1, largestComponent: 3, density: 1, communities: 1 });
    // 2020 to 2021: p2, p3, p4: Ann, Bo, Cy, Dee, Eve, Fay; Ann–Bo, Ann–Cy, Bo–Cy, Ann–Dee, Eve–Fay.
    expect(await shape("--from-year", "2020", "--to-year", "2021")).toEqual({ authors: 6, papers: 3, links: 5, components: 2, largestComponent: 4, density: 10 / 30, communities: 2 });
    // The same year at both ends is one year.
    expect(await shape("--from-year", "2021", "--to-year", "2021")).toMatchObject({ authors: 4, papers: 2, links: 2 });
  });

  it("leaves out truncated papers, and keeps the largest component", async () => {
    // Without q1 ("et al."): Ann–Ivy goes; {Ann, Bo, Cy, Dee, Hal}, {Eve, Fay}, {Ivy, Jo}. 2·7 / (9·8).
    expect(await shape("--exclude-truncated")).toEqual({ authors: 9, papers: 7, links: 7, components: 3, largestComponent: 5, density: 14 / 72, communities: 3 });
    // Eve and Fay leave with p4. 2·7 / (7·6).
    expect(await shape("--largest-component")).toEqual({ authors: 7, papers: 7, links: 7, components: 1, largestComponent: 7, density: 1 / 3, communities: 2 });
  });

  it("keeps the papers of the categories, venues and files asked for", async () => {
    // LG: q1 alone, Ann and Ivy. LG or AI: q1 and q2, Ann, Ivy and Jo in a chain.
    expect(await shape("--category", "LG")).toEqual({ authors: 2, papers: 1, links: 1, components: 1, largestComponent: 2, density: 1, communities: 2 });
    expect(await shape("--category", "LG", "--category", "AI")).toEqual({ authors: 3, papers: 2, links: 2, components: 1, largestComponent: 3, density: 2 / 3, communities: 2 });
    // V1: p1, p3, p5: Ann, Bo, Dee; Ann–Bo and Ann–Dee.
    expect(await shape("--venue", "V1")).toEqual({ authors: 3, papers: 3, links: 2, components: 1, largestComponent: 3, density: 2 / 3, communities: 1 });
    // The listing alone is the same as LG or AI.
    expect(await shape("--source", files["b.txt"])).toEqual(await shape("--category", "LG", "--category", "AI"));
    expect(await shape("--source", files["b.txt"], "--source", files["a.bib"])).toEqual(await shape());
  });

  it("says which filter values no paper has, and shows an empty network", async () => {
    const { code, stdout, stderr } = await cli("stats", ...small, "--venue", "V9", "--json");
    expect(code).toBe(0);
    expect(stderr).toBe('coauthor: 8 papers, no warnings\ncoauthor: no paper has --venue "V9" (venues: V1, V2, V3)\n');
    expect(JSON.parse(stdout)).toEqual({ authors: 0, papers: 0, links: 0, components: 0, largestComponent: 0, density: 0, communities: 0, topAuthors: [] });
  });

  it("ranks by fractional papers with --counting fractional, which also weighs the links --min-weight keeps", async () => {
    // A paper with n authors counts 1/n for each: Ann 1/2 (p1) + 1/3 (p2) + 1/2 + 1/2 + 1/2 (p3, p5, q1);
    // Bo 1/2 + 1/3 + 1/2 + 1/2; Ivy 1/2 + 1/2; Cy, with 1/3, falls from fourth to last.
    const json = await statsJson(...small, "--counting", "fractional");
    expect(json.topAuthors).toEqual([
      { label: "Ann Lee", papers: 5, fractionalPapers: 0.5 + 1 / 3 + 0.5 + 0.5 + 0.5, coauthors: 4 },
      { label: "Bo Chen", papers: 4, fractionalPapers: 0.5 + 1 / 3 + 0.5 + 0.5, coauthors: 3 },
      { label: "Ivy Jones", papers: 2, fractionalPapers: 1, coauthors: 2 },
      ...["Dee Evans", "Eve Fox", "Fay Gold", "Hal Ives", "Jo King"].map((label) => ({ label, papers: 1, fractionalPapers: 0.5, coauthors: 1 })),
      { label: "Cy Diaz", papers: 1, fractionalPapers: 1 / 3, coauthors: 2 },
    ]);
    // Links weigh 1/(n − 1): those of p2 weigh 1/2 each, so Ann–Cy and Bo–Cy fall below 1 and
    // Cy is alone: {Ann, Bo, Dee, Hal, Ivy, Jo}, {Eve, Fay}, {Cy}. In full counting every link weighs 1 or more.
    expect(await shape("--counting", "fractional", "--min-weight", "1")).toEqual({ authors: 9, papers: 8, links: 6, components: 3, largestComponent: 6, density: 12 / 72, communities: 3 });
    expect((await shape("--min-weight", "1")).links).toBe(8);
    // As text, rounded: 7/3 papers.
    expect((await cli("stats", ...small, "--counting", "fractional")).stdout).toContain("Most papers (fractional counting):\n  Ann Lee    2.333 papers (5 in full), 4 co-authors\n");
  });

  it("prints a short report without --json, to a file with -o", async () => {
    const { code, stdout } = await cli("stats", ...small, "--exclude-truncated");
    expect(code).toBe(0);
    // The largest component has 5 of the 9 authors (56%); 9·8/2 = 36 possible links; q1 and Ann–Ivy
    // are hidden. Ann and Bo both have 4 papers and 3 co-authors: by name.
    expect(stdout).toBe(`9 authors, 7 papers, 7 links
3 connected components; the largest has 5 authors (56%)
Density 0.194: 7 of 36 possible links
3 research groups
Hidden by the filters: 0 authors, 1 link, 1 paper

Most papers:
  Ann Lee    4 papers, 3 co-authors
  Bo Chen    4 papers, 3 co-authors
  Cy Diaz    1 paper, 2 co-authors
  Dee Evans  1 paper, 1 co-author
  Eve Fox    1 paper, 1 co-author
  Fay Gold   1 paper, 1 co-author
  Hal Ives   1 paper, 1 co-author
  Ivy Jones  1 paper, 1 co-author
  Jo King    1 paper, 1 co-author
`);
    const out = join(tmpdir(), `coauthor-stats-${process.pid}.json`);
    expect((await cli("stats", ...SAMPLE, "--json", "-o", out)).stdout).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8")).authors).toBe(16);
  });

  it("reads through the same path as graph: identity decisions apply", async () => {
    // Merging Dee into Ann leaves 8 authors; Ann–Dee disappears (a person is not her own co-author).
    const { identities } = writeFiles({ identities: JSON.stringify({ format: "coauthor-explorer-identities", version: 1, decisions: [{ action: "merge", people: ["ann lee", "dee evans"] }] }) });
    expect(await shape("--identities", identities)).toMatchObject({ authors: 8, links: 7 });
  });

  it("never calls a paper without authors hidden by the filters", async () => {
    const { "refs.bib": refs } = writeFiles({ "refs.bib": "@article{a, author = {Ann Lee and Bo Chen}, title = {One}, year = 2021}\n@misc{b, title = {Two}, year = 2022}\n" });
    const { stdout } = await cli("stats", refs);
    expect(stdout.split("\n").slice(0, 4)).toEqual(["2 authors, 1 paper, 1 link", "1 connected component; the largest has 2 authors (100%)", "Density 1: 1 of 1 possible link", "1 research group"]);
    expect(stdout).not.toContain("Hidden");
  });
});
