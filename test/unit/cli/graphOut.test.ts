import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadSources } from "../../../src/load/loadSources";
import { cli, SMALL, writeFiles } from "./support";

const files = writeFiles({ ...SMALL, "odd.bib": '@article{x, title={Odd}, author={Rock \\& Roll, Ann and O"Neil <b>Bo</b>}, year={2020}}\n' });
const small = [files["a.bib"], files["b.txt"], "--reference-date", "2026-11-25"];
const SUMMARY = "coauthor: 8 papers, no warnings\n";

/** `coauthor graph --to FORMAT` on the small network (see SMALL), read back with graphology's own reader. */
async function written(to: "gexf" | "graphml", flag = "--to"): Promise<Graph> {
  const { code, stdout, stderr } = await cli("graph", ...small, flag, to);
  expect({ code, stderr }).toEqual({ code: 0, stderr: SUMMARY });
  return to === "gexf" ? parseGexf(Graph, stdout) : parseGraphml(Graph, stdout);
}

/** Where the explorer places the small network's authors when it opens the same files. */
function explorerPositions(): Map<string, [number, number]> {
  const sources = ["a.bib", "b.txt"].map((name) => ({ name: files[name as "a.bib"], text: readFileSync(files[name as "a.bib"], "utf8") }));
  const { graph } = loadSources({ sources, referenceDate: "2026-11-25", maxAuthors: 100, decisions: [] });
  return new Map(graph.nodes.map((node) => [node.key, [node.attributes!.x!, node.attributes!.y!]]));
}

describe("coauthor graph --to gexf and graphml", () => {
  for (const to of ["gexf", "graphml"] as const) {
    it(`writes ${to} that graphology reads back with every author, link and attribute`, async () => {
      const graph = await written(to);
      expect(graph.type).toBe("undirected");
      // 9 authors, 8 links (see SMALL).
      expect(graph.order).toBe(9);
      expect(graph.size).toBe(8);
      // Ann Lee: p1, p2, p3, p5 (2019–2022) and q1 (2023, "et al.").
      expect(graph.getNodeAttributes("ann lee")).toMatchObject({ label: "Ann Lee", papers: 5, firstYear: 2019, lastYear: 2023, etAlPapers: 1, group: 0 });
      // Bo Chen: p1, p2, p5, and p6 without a year.
      expect(graph.getNodeAttributes("bo chen")).toMatchObject({ label: "Bo Chen", papers: 4, firstYear: 2019, lastYear: 2022, etAlPapers: 0 });
      // Ann and Bo share p1, p2 and p5, by their paper ids (as coauthor parse gives them).
      const link = graph.getEdgeAttributes(graph.edge("ann lee", "bo chen")!);
      expect(link).toMatchObject({ weight: 3, papers: "early-graphs; three-together; again" });
      // The three research groups (see SMALL), each named after its most central author.
      const groups = new Map<number, string[]>();
      graph.forEachNode((key, a) => groups.set(a.group, [...(groups.get(a.group) ?? []), key]));
      expect([...groups.values()].map((keys) => keys.sort())).toEqual(
        expect.arrayContaining([["ann lee", "bo chen", "cy diaz", "dee evans", "hal ives"], ["eve fox", "fay gold"], ["ivy jones", "jo king"]]),
      );
      expect(graph.getNodeAttribute("dee evans", "groupName")).toBe("Ann Lee");
    });

    it(`places, sizes and colours the authors in ${to} as the explorer draws them`, async () => {
      const graph = await written(to, "--format");
      const placed = explorerPositions();
      graph.forEachNode((key, a) => {
        expect(a.x).toBeCloseTo(placed.get(key)![0], 5);
        expect(a.y).toBeCloseTo(placed.get(key)![1], 5);
      });
      // Ann Lee, most papers, is the biggest; an author with one paper is the smallest.
      const sizes = graph.mapNodes((_key, a) => a.size as number);
      expect(graph.getNodeAttribute("ann lee", "size")).toBe(Math.max(...sizes));
      expect(graph.getNodeAttribute("jo king", "size")).toBe(Math.min(...sizes));
      // One colour per group, three groups: three colours.
      const colourOf = (key: string) => String(graph.getNodeAttribute(key, "color"));
      expect(colourOf("bo chen")).toBe(colourOf("ann lee"));
      expect(new Set(graph.mapNodes(colourOf)).size).toBe(3);
    });
  }

  it("writes names with markup and XML's special characters as text", async () => {
    for (const to of ["gexf", "graphml"] as const) {
      const { code, stdout } = await cli("graph", files["odd.bib"], "--to", to);
      expect(code).toBe(0);
      const graph = to === "gexf" ? parseGexf(Graph, stdout) : parseGraphml(Graph, stdout);
      expect(graph.mapNodes((_key, a) => a.label).sort()).toEqual(["Ann Rock & Roll", 'O"Neil <b>Bo</b>']);
    }
  });

  it("refuses an unknown output format, a --to and --format that disagree, and --stream for anything but json", async () => {
    expect(await cli("graph", ...small, "--to", "dot")).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown output format "dot": use json, gexf, graphml') });
    expect(await cli("graph", ...small, "--to", "gexf", "--format", "json")).toMatchObject({ code: 2, stderr: expect.stringContaining("--to gexf and --format json disagree") });
    expect(await cli("graph", files["a.bib"], "--to", "gexf", "--stream")).toMatchObject({ code: 2, stderr: expect.stringContaining("--stream writes graph --to json only") });
    expect(await cli("graph", ...small)).toMatchObject({ code: 2, stderr: expect.stringContaining("graph needs --to json, gexf, graphml") });
  });
});

describe("coauthor graph --to csv", () => {
  it("writes the authors, links and papers tables into the folder -o names, laid out as the explorer draws", async () => {
    const folder = `${writeFiles({ "keep.txt": "" })["keep.txt"]}-tables`;
    const { code, stderr } = await cli("graph", ...small, "--to", "csv", "-o", folder);
    expect({ code, stderr }).toEqual({ code: 0, stderr: SUMMARY });
    const table = (name: string) => readFileSync(`${folder}/${name}`, "utf8").split("\r\n");
    const authors = table("authors.csv");
    // A byte-order mark for Excel, a header, nine authors, and the empty string after the last line end.
    expect(authors[0]).toBe("\uFEFFid,name,papers,coauthors,first_year,last_year,et_al_papers,group,group_name,other_spellings,source_ids,x,y,size,color");
    expect(authors).toHaveLength(11);
    // Ann Lee: 5 papers, co-authors Bo, Cy, Dee, Ivy; group 0, named after her.
    const ann = authors.find((line) => line.startsWith("ann lee,"))!.split(",");
    expect(ann.slice(0, 11)).toEqual(["ann lee", "Ann Lee", "5", "4", "2019", "2023", "1", "0", "Ann Lee", "", ""]);
    const placed = explorerPositions().get("ann lee")!;
    expect(Number(ann[11])).toBeCloseTo(placed[0], 5);
    expect(Number(ann[12])).toBeCloseTo(placed[1], 5);
    const links = table("links.csv");
    expect(links).toHaveLength(10);
    expect(links).toContain("ann lee,bo chen,Ann Lee,Bo Chen,3,early-graphs; three-together; again");
    const papers = table("papers.csv");
    expect(papers).toHaveLength(10);
    expect(papers).toContain(`graph-study,Graph Study,2023,2023-10-04,Ann Lee; Ivy Jones,ann lee; ivy jones,yes,,,,,,${files["b.txt"]},1`);
  });

  it("needs -o for the folder", async () => {
    expect(await cli("graph", ...small, "--to", "csv")).toMatchObject({ code: 2, stderr: expect.stringContaining("graph --to csv writes three tables: name their folder with -o") });
  });
});

describe("coauthor graph --to vosviewer and vosviewer-files", () => {
  it("writes a VOSviewer JSON file: numbered items with their weights, average year and cluster, and links by shared papers", async () => {
    const { code, stdout, stderr } = await cli("graph", ...small, "--to", "vosviewer");
    expect({ code, stderr }).toEqual({ code: 0, stderr: SUMMARY });
    const { network, config } = JSON.parse(stdout);
    expect(config.terminology).toMatchObject({ item: "author", link: "co-authorship link", link_strength: "shared papers" });
    expect(network.items.map((item: { id: number }) => item.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const item = (label: string) => network.items.find((i: { label: string }) => i.label === label);
    // Ann Lee: co-authors Bo, Cy, Dee, Ivy; link strength 3 + 1 + 1 + 1; papers of 2019, 2020, 2021, 2022 and 2023.
    expect(item("Ann Lee")).toMatchObject({ cluster: 1, weights: { Links: 4, "Total link strength": 6, Papers: 5 }, scores: { "Avg. pub. year": 2021 } });
    // Bo Chen: 2019, 2020, 2022 and one paper without a year.
    expect(item("Bo Chen")).toMatchObject({ cluster: 1, weights: { Links: 3, "Total link strength": 5, Papers: 4 }, scores: { "Avg. pub. year": 2020.333333 } });
    const placed = explorerPositions().get("ann lee")!;
    expect(item("Ann Lee").x).toBeCloseTo(placed[0], 5);
    expect(network.links).toHaveLength(8);
    expect(network.links).toContainEqual({ source_id: item("Ann Lee").id, target_id: item("Bo Chen").id, strength: 3 });
    expect(network.clusters).toHaveLength(3);
    expect(network.clusters[0]).toEqual({ cluster: 1, label: "Ann Lee’s group" });
  });

  it("writes VOSviewer's map and network files into the folder -o names", async () => {
    const folder = `${writeFiles({ "keep.txt": "" })["keep.txt"]}-vos`;
    expect(await cli("graph", ...small, "--to", "vosviewer-files", "-o", folder)).toMatchObject({ code: 0 });
    const map = readFileSync(`${folder}/map.txt`, "utf8").split("\n");
    expect(map[0]).toBe("id\tlabel\tx\ty\tcluster\tweight<Links>\tweight<Total link strength>\tweight<Papers>\tscore<Avg. pub. year>");
    expect(map).toHaveLength(11);
    const ann = map.find((line) => line.split("\t")[1] === "Ann Lee")!.split("\t");
    expect([ann[4], ann[5], ann[6], ann[7], ann[8]]).toEqual(["1", "4", "6", "5", "2021"]);
    const bo = map.find((line) => line.split("\t")[1] === "Bo Chen")!.split("\t")[0];
    const network = readFileSync(`${folder}/network.txt`, "utf8").split("\n");
    expect(network).toHaveLength(9);
    expect(network).toContain(`${ann[0]}\t${bo}\t3`);
    expect(await cli("graph", ...small, "--to", "vosviewer-files")).toMatchObject({ code: 2, stderr: expect.stringContaining("graph --to vosviewer-files writes a map and a network file: name their folder with -o") });
  });
});

describe("coauthor graph --to bibtex, ris and csl-json", () => {
  it("writes the papers read as a bibliography that reads back as the same papers", async () => {
    const { readPapers } = await import("../../../src/load/readPapers");
    const before = readPapers(["a.bib", "b.txt"].map((name) => ({ name, text: readFileSync(files[name as "a.bib"], "utf8") })), { referenceDate: "2026-11-25" }).papers;
    for (const [to, name] of [["bibtex", "out.bib"], ["ris", "out.ris"], ["csl-json", "out.json"]] as const) {
      const { code, stdout, stderr } = await cli("graph", ...small, "--to", to);
      expect({ code, stderr }).toEqual({ code: 0, stderr: SUMMARY });
      const after = readPapers([{ name, text: stdout }], { referenceDate: "2026-11-25" }).papers;
      expect(after.map((p) => [p.title, p.authors, p.year]), to).toEqual(before.map((p) => [p.title, p.authors, p.year]));
    }
  });
});
