import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, SMALL, writeFiles } from "./support";

const files = writeFiles(SMALL);
const small = [files["a.bib"], files["b.txt"], "--reference-date", "2026-11-25"];

/** The small network (see SMALL) written by `coauthor graph --to FORMAT`, as a file of its own. */
async function exported(to: "gexf" | "graphml" | "json" | "vosviewer"): Promise<string> {
  const out = join(files["a.bib"], "..", `small.${to}`);
  const { code } = await cli("graph", ...small, "--to", to, "-o", out);
  expect(code).toBe(0);
  return out;
}

const SUMMARY = "coauthor: 9 authors and 8 links from a GEXF network (no papers), no warnings\n";

describe("coauthor stats, path and graph on a network file the explorer wrote", () => {
  it("stats on an exported GEXF: the same authors, links, components and groups, and the papers each author had", async () => {
    const gexf = await exported("gexf");
    const { code, stdout, stderr } = await cli("stats", gexf, "--json");
    expect({ code, stderr }).toEqual({ code: 0, stderr: SUMMARY });
    // 9 authors, 8 links in two components (7 and 2), three groups (see SMALL); a network file has no papers, but says
    // how many each author had: Ann 5 with 4 co-authors, Bo 4 with 3, Ivy 2 with 2, Cy 1 with 2, the rest 1 with 1.
    expect(JSON.parse(stdout)).toEqual({
      authors: 9,
      papers: 0,
      links: 8,
      components: 2,
      largestComponent: 7,
      density: (2 * 8) / (9 * 8),
      communities: 3,
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

  it("stats filters a network file by the weights and paper counts it gives", async () => {
    const graphml = await exported("graphml");
    // Only Ann–Bo weighs 3; --min-papers 2 keeps Ann, Bo and Ivy.
    expect(JSON.parse((await cli("stats", graphml, "--json", "--min-weight", "2")).stdout)).toMatchObject({ authors: 9, links: 1 });
    expect(JSON.parse((await cli("stats", graphml, "--json", "--min-papers", "2")).stdout)).toMatchObject({ authors: 3, links: 2 });
  });

  it("path on an exported graphology JSON: each step is a link of the file", async () => {
    const json = await exported("json");
    const { code, stdout } = await cli("path", json, "Cy Diaz", "Jo King", "--json");
    expect(code).toBe(0);
    // Cy–Ann–Ivy–Jo: no papers in the file, so none per step.
    expect(JSON.parse(stdout)).toEqual({ path: ["Cy Diaz", "Ann Lee", "Ivy Jones", "Jo King"], papers: [null, null, null] });
    const text = await cli("path", json, "Cy Diaz", "Jo King");
    expect(text.stdout).toBe(
      "Cy Diaz, Ann Lee, Ivy Jones, Jo King (3 steps)\n  Cy Diaz and Ann Lee: linked in the file, weight 1\n  Ann Lee and Ivy Jones: linked in the file, weight 1\n  Ivy Jones and Jo King: linked in the file, weight 1\n",
    );
  });

  it("graph --to gexf from an exported VOSviewer file keeps its places", async () => {
    const vos = await exported("vosviewer");
    const { code, stdout } = await cli("graph", vos, "--to", "gexf");
    expect(code).toBe(0);
    const item = (JSON.parse(readFileSync(vos, "utf8")) as { network: { items: { id: number; label: string; x: number; y: number }[] } }).network.items.find((i) => i.label === "Ann Lee")!;
    expect(stdout).toContain(`<node id="${item.id}" label="Ann Lee">`);
    expect(stdout).toContain(`<viz:position x="${item.x}" y="${item.y}" z="0"/>`);
  });

  it("refuses a paper list given with a network file, naming it, and reads the network", async () => {
    const gexf = await exported("gexf");
    const { code, stdout, stderr } = await cli("stats", gexf, files["a.bib"], "--json");
    expect(code).toBe(1);
    expect(stderr).toBe(`coauthor: ${files["a.bib"]}: papers cannot join the network read from ${gexf}, which has none: open this file on its own\n${SUMMARY}`);
    expect(JSON.parse(stdout)).toMatchObject({ authors: 9, links: 8 });
  });
});
