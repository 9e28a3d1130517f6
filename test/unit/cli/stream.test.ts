import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateBibliography } from "../../../bench/generate/bibliography";
import { writeDblpXml } from "../../../bench/generate/dblpXml";
import { writeRis } from "../../../bench/generate/ris";
import { writeWos } from "../../../bench/generate/wos";
import { parseCliArgs, UsageError } from "../../../src/cli/args";
import { runCli } from "../../../src/cli/run";
import { Streamed, writePrettyObject } from "../../../src/export/prettyJson";

const dir = mkdtempSync(join(tmpdir(), "coauthor-stream-"));

/** Runs the CLI in this process, collecting what it prints. */
async function cli(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(parseCliArgs(argv), { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stdin: async () => new Uint8Array() });
  return { code, stdout, stderr };
}

describe("writing JSON piece by piece", () => {
  it("writes exactly what JSON.stringify(value, null, 2) writes, with lists item by item", async () => {
    const value = { papers: [{ id: "a", authors: ["Ann", "Bo"], nested: { x: [1, 2] } }, { id: "b", authors: [] }], warnings: [], empty: {}, n: 3 };
    let text = "";
    async function* papers() {
      yield* value.papers;
    }
    await writePrettyObject([["papers", new Streamed(papers())], ["warnings", new Streamed([])], ["empty", {}], ["n", 3]], (t) => void (text += t));
    expect(text).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });
});

describe("reading one file as a stream", () => {
  const papers = generateBibliography(400);
  const ris = join(dir, "refs.ris");
  writeFileSync(ris, writeRis(papers));
  const wos = join(dir, "savedrecs.txt");
  writeFileSync(wos, writeWos(papers));

  it.each([
    ["RIS", ris],
    ["Web of Science", wos],
  ])("parse --stream gives the papers of %s as the whole-file read does, ids aside", async (_label, file) => {
    const whole = JSON.parse((await cli("parse", file)).stdout);
    const streamed = await cli("parse", file, "--stream");
    expect(streamed.code).toBe(0);
    expect(streamed.stderr).toBe("coauthor: 400 papers, no warnings\n");
    const json = JSON.parse(streamed.stdout);
    const withoutId = ({ id: _id, ...rest }: { id: string }) => rest;
    expect(json.papers.map(withoutId)).toEqual(whole.papers.map(withoutId));
    expect(json.papers[0].id).toBe(`${whole.papers[0].id}-${whole.papers[0].source.line}`);
    expect(json.warnings).toEqual([]);
  });

  it("graph --stream gives the same people and links as the whole-file read, to a file with -o", async () => {
    const out = join(dir, "graph.json");
    expect((await cli("graph", wos, "--format", "json", "--stream", "-o", out)).code).toBe(0);
    const streamed = JSON.parse(readFileSync(out, "utf8"));
    const whole = JSON.parse((await cli("graph", wos, "--format", "json")).stdout);
    const shape = (g: { nodes: { key: string; attributes: { label: string; papers: number } }[]; edges: { key: string; attributes: { weight: number } }[] }) => ({
      nodes: g.nodes.map((n) => [n.key, n.attributes.label, n.attributes.papers]).sort(),
      edges: g.edges.map((e) => [e.key, e.attributes.weight]).sort(),
    });
    expect(shape(streamed)).toEqual(shape(whole));
    expect(streamed.nodes.length).toBeGreaterThan(300);
  });

  it("refuses --stream with several files, standard input, identity decisions, or a format that cannot stream", async () => {
    await expect(cli("parse", ris, wos, "--stream")).rejects.toThrow(new UsageError("--stream reads exactly one FILE (not standard input)"));
    await expect(cli("parse", "-", "--stream")).rejects.toThrow(UsageError);
    await expect(cli("parse", ris, "--stream", "--identities", ris)).rejects.toThrow(UsageError);
    const listing = join(dir, "listing.txt");
    writeFileSync(listing, "LGOct 4, 2023\nA TitleAnn Lee\n");
    await expect(cli("parse", listing, "--stream")).rejects.toThrow(new UsageError(`${listing} is not in a format that can be read as a stream (dblp-xml, ris, wos)`));
  });
});

describe("reading dblp XML as a stream", () => {
  it("gives the papers of a dblp.xml in ISO-8859-1 with named entities as the whole-file read does", async () => {
    const file = join(dir, "dblp.xml");
    const text = writeDblpXml(generateBibliography(300), "dblp");
    writeFileSync(file, Buffer.from(text, "latin1"));
    const whole = JSON.parse((await cli("parse", file)).stdout);
    const streamed = await cli("parse", file, "--stream");
    expect(streamed.code).toBe(0);
    const withoutId = ({ id: _id, ...rest }: { id: string }) => rest;
    expect(JSON.parse(streamed.stdout).papers.map(withoutId)).toEqual(whole.papers.map(withoutId));
    expect(whole.papers).toHaveLength(300);
    expect(text).toContain("&uuml;");
  });
});
