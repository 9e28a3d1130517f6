import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const root = new URL("../../../", import.meta.url).pathname;
const run = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)("node", ["bin/coauthor.js", ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};
const dir = mkdtempSync(join(tmpdir(), "coauthor-cli-"));

describe("coauthor CLI", () => {
  it("parse prints papers and warnings as JSON", async () => {
    const { code, stdout, stderr } = await run("parse", "data/sample-listing.txt", "--reference-date", "2026-11-25");
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(["papers", "warnings"]);
    expect(json.papers).toHaveLength(13);
    expect(json.papers[1]).toMatchObject({ authors: ["Zeyuan Liu", "Jeonghye Kim", "Xufang Luo"], etAl: true, date: "2026-02-26", source: { file: "data/sample-listing.txt", line: 4 } });
    expect(stderr).toBe("coauthor: 13 papers, no warnings\n");
  });

  it("graph --format json prints graphology's serialization, to a file with -o", async () => {
    const out = join(dir, "graph.json");
    const { code } = await run("graph", "data/sample-listing.txt", "--format", "json", "-o", out);
    expect(code).toBe(0);
    const json = JSON.parse(readFileSync(out, "utf8"));
    expect(json.nodes).toHaveLength(16);
    expect(json.edges).toHaveLength(25);
    expect(json.nodes.find((n: { key: string }) => n.key === "minbeom kim").attributes).toMatchObject({ label: "Minbeom Kim", papers: 4 });
    const edge = json.edges.find((e: { key: string }) => e.key === "jeonghye kim|minbeom kim");
    expect(edge).toMatchObject({ undirected: true, attributes: { weight: 4 } });
    expect(edge.attributes.papers).toHaveLength(4);
  });

  it("reports duplicates and stray lines as warnings, with a one-line summary, and exits 0", async () => {
    const file = join(dir, "dup.txt");
    const one = "LGOct 4, 2023\nA TitleAnn Lee, Bo Chen\nAn abstract.\n";
    writeFileSync(file, `${one}${one}stray line\n`);
    const { code, stdout, stderr } = await run("parse", file);
    expect(code).toBe(0);
    const { papers, warnings } = JSON.parse(stdout);
    expect(papers).toHaveLength(1);
    expect(warnings.map((w: { line: number; message: string }) => [w.line, w.message.includes("duplicate")])).toEqual([
      [4, true],
      [7, false],
    ]);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toContain("2 warnings");
  });

  it("fails clearly on a missing file or one without papers", async () => {
    const missing = await run("parse", "no/such/file.txt");
    expect(missing).toMatchObject({ code: 1, stdout: "", stderr: "coauthor: cannot read no/such/file.txt: no such file\n" });
    const empty = join(dir, "notes.txt");
    writeFileSync(empty, "nothing to see here\n");
    const none = await run("graph", empty, "--format", "json");
    expect(none.code).toBe(1);
    expect(none.stderr).toContain(`${empty}: not a format Coauthor Explorer reads`);
  });

  it("rejects wrong usage with status 2 and documents everything in --help", async () => {
    expect((await run("graph", "data/sample-listing.txt")).code).toBe(2);
    expect((await run("parse", "x", "--reference-date", "2026-02-30")).code).toBe(2);
    const help = await run("--help");
    expect(help.code).toBe(0);
    for (const word of ["parse", "graph", "--format", "--reference-date", "--output", "duplicate", "Exit status"]) expect(help.stdout).toContain(word);
  });
});
