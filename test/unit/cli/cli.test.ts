import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const root = new URL("../../../", import.meta.url).pathname;
const runWithInput = async (input: string | undefined, ...args: string[]) => {
  try {
    const running = promisify(execFile)("node", ["bin/coauthor.js", ...args], { cwd: root });
    running.child.stdin!.end(input ?? "");
    const { stdout, stderr } = await running;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};
const run = (...args: string[]) => runWithInput(undefined, ...args);
const dir = mkdtempSync(join(tmpdir(), "coauthor-cli-"));

// Each case starts the CLI a few times, and each start takes about a second.
describe("coauthor CLI", { timeout: 30_000 }, () => {
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
    const binary = join(dir, "export.xlsx");
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2]));
    expect(await run("parse", binary)).toMatchObject({
      code: 1,
      stdout: "",
      stderr: `coauthor: ${binary}: this is a ZIP archive (such as an .xlsx or .docx file), not a text export: unpack it, or export as CSV or text\n`,
    });
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
    for (const word of ["parse", "graph", "--from", "--format", "--reference-date", "--output", "--max-authors", "--identities", "duplicate", "Exit status"]) {
      expect(help.stdout).toContain(word);
    }
    expect((await run("parse", "x", "--from", "endnote")).code).toBe(2);
    expect((await run("parse", "x", "--from", "listing", "--format", "bibtex")).code).toBe(2);
    expect((await run("graph", "x", "--format", "json", "--max-authors", "ten")).code).toBe(2);
  }, 120_000); // six runs of the command in their own processes: slow on a busy machine

  it("reads standard input as -, with --from or its old name parse --format", async () => {
    const listing = "LGOct 4, 2023\nA TitleAnn Lee, Bo Chen\n";
    for (const flag of ["--from", "--format"]) {
      const { code, stdout } = await runWithInput(listing, "parse", "-", flag, "listing");
      expect(code).toBe(0);
      expect(JSON.parse(stdout).papers.map((p: { authors: string[]; source: object }) => [p.authors, p.source])).toEqual([[["Ann Lee", "Bo Chen"], { file: "stdin", line: 1 }]]);
    }
  });

  it("loads the good files when one is bad, says which was skipped, and exits 1", async () => {
    const good = join(dir, "good.txt");
    writeFileSync(good, "LGOct 4, 2023\nA TitleAnn Lee, Bo Chen\n");
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "");
    const { code, stdout, stderr } = await run("parse", good, empty);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).papers).toHaveLength(1);
    expect(stderr).toBe(`coauthor: ${empty}: empty\ncoauthor: 1 paper, no warnings\n`);
  });

  it("adds no links for papers above --max-authors, and takes identity decisions from --identities", async () => {
    const file = join(dir, "big.txt");
    writeFileSync(file, "LGOct 4, 2023\nBig PaperAnn Lee, Bo Chen, Cy Diaz\nLGOct 5, 2023\nSmall PaperJ. Kim, Ann Lee\nLGOct 6, 2023\nOther PaperJeonghye Kim, Bo Chen\n");
    const three = await run("graph", file, "--format", "json", "--max-authors", "2");
    expect(three.code).toBe(0);
    expect(JSON.parse(three.stdout).edges.map((e: { key: string }) => e.key)).toEqual(["ann lee|j kim", "bo chen|jeonghye kim"]);
    expect(three.stderr).toBe("coauthor: 3 papers, 1 paper with more than 2 authors adding no links, 1 pair of names that may be one person, no warnings\n");

    const decisions = join(dir, "identities.json");
    writeFileSync(decisions, JSON.stringify({ format: "coauthor-explorer-identities", version: 1, decisions: [{ action: "merge", people: ["j kim", "jeonghye kim"] }] }));
    const merged = JSON.parse((await run("graph", file, "--format", "json", "--identities", decisions)).stdout);
    expect(merged.nodes.map((n: { key: string }) => n.key).sort()).toEqual(["ann lee", "bo chen", "cy diaz", "jeonghye kim"]);
    expect(merged.nodes.find((n: { key: string }) => n.key === "jeonghye kim").attributes).toMatchObject({ label: "Jeonghye Kim", aliases: ["J. Kim"], papers: 2 });
  });

  it("writes -o atomically: a failed write leaves the previous file whole, and says why in one line", async () => {
    const out = join(dir, "kept.json");
    writeFileSync(out, "previous contents");
    const missingDir = await run("graph", "data/sample-listing.txt", "--format", "json", "-o", join(dir, "no-such-dir", "out.json"));
    expect(missingDir).toMatchObject({ code: 1, stdout: "" });
    expect(missingDir.stderr.trim().split("\n").pop()).toBe(`coauthor: cannot write ${join(dir, "no-such-dir", "out.json")}: no such directory`);
    const ok = await run("parse", "data/sample-listing.txt", "-o", out);
    expect(ok.code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).papers).toHaveLength(13);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
