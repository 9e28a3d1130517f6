import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { parseCliArgs, UsageError, type Command } from "../../../src/cli/args";
import { commandHelp, helpText } from "../../../src/cli/help";
import { cli } from "./support";

const READING = ["--from", "--reference-date", "--identities"];
const VIEW = ["--max-authors", "--min-papers", "--min-weight", "--counting", "--from-year", "--to-year", "--exclude-truncated", "--largest-component", "--category", "--venue", "--source", "--json"];
/** graph --to svg|png|pdf's own. */
const FIGURE = ["--title", "--scale", "--width", "--transparent", "--recipe"];
/** Each command's options, in the order the help lists them. */
const EXPECTED: Record<string, string[]> = {
  parse: ["--from", "--format", "--reference-date", "--identities", "--stream", "--output", "--help"],
  graph: ["--from", "--to", "--format", "--reference-date", "--identities", "--stream", "--max-authors", ...FIGURE, "--output", "--help"],
  stats: [...READING, ...VIEW, "--output", "--help"],
  path: [...READING, ...VIEW, "--output", "--help"],
};
const ALL = ["--from", "--to", "--format", "--reference-date", "--identities", "--stream", ...VIEW, ...FIGURE, "--output", "--help"];

/** Which commands take an option that not all of them take, as the refusal says. */
const TAKEN_BY: Record<string, string> = { "--to": "graph", "--format": "parse, graph", "--stream": "parse, graph", "--max-authors": "graph, stats, path", ...Object.fromEntries(FIGURE.map((o) => [o, "graph"])) };
for (const option of VIEW) TAKEN_BY[option] ??= "stats, path";

/** The long names of the options listed under "Options:", in order. */
function listedOptions(help: string): string[] {
  const section = help.slice(help.indexOf("\nOptions:\n") + 10);
  const lines = section.slice(0, section.indexOf("\n\n")).split("\n");
  return lines.filter((line) => /^ {2}-/.test(line)).map((line) => line.match(/--[a-z-]+/)![0]);
}

/** A valid value for each option that takes one. */
const VALUES: Record<string, string> = {
  "--from": "bibtex", "--reference-date": "2026-01-01", "--identities": "ids.json", "--max-authors": "5", "--min-papers": "2", "--min-weight": "0.5",
  "--counting": "fractional", "--from-year": "2020", "--to-year": "2021", "--category": "cs.LG", "--venue": "V", "--source": "a.bib", "--output": "out.json",
  "--to": "gexf", "--title": "A title", "--scale": "2", "--width": "1600",
};
const argvFor = (command: string, option: string) => {
  const value = option === "--format" ? [command === "graph" ? "json" : "bibtex"] : VALUES[option] === undefined ? [] : [VALUES[option]!];
  return [command, "a.bib", ...(command === "path" ? ["Ann", "Bo"] : []), option, ...value];
};

describe("coauthor help", () => {
  it.each(Object.entries(EXPECTED))("%s --help lists every option of the command once, and no other", async (command, expected) => {
    const { code, stdout } = await cli(command, "--help");
    expect(code).toBe(0);
    expect(stdout).toBe(commandHelp(command as Command));
    expect(listedOptions(stdout)).toEqual(expected);
    // Nowhere else does it name an option the command does not take.
    expect([...new Set(stdout.match(/--[a-z][a-z-]*/g))].filter((name) => !expected.includes(name))).toEqual([]);
    expect((await cli("help", command)).stdout).toBe(stdout);
    expect((await cli(command, "file.txt", "-h")).stdout).toBe(stdout);
  });

  it.each(Object.entries(EXPECTED))("%s takes exactly the options its help lists", (command, expected) => {
    for (const option of ALL) {
      const parse = () => parseCliArgs(argvFor(command, option));
      if (expected.includes(option)) expect(parse, option).not.toThrow();
      else expect(parse, option).toThrow(new UsageError(`${option} does not apply to ${command} (only to ${TAKEN_BY[option]})`));
    }
  });

  it("lists every option once in the help of every command, saying which commands take it", async () => {
    const { code, stdout } = await cli("--help");
    expect(code).toBe(0);
    expect(stdout).toBe(helpText());
    expect((await cli("help")).stdout).toBe(stdout);
    expect((await cli()).stdout).toBe(stdout);
    expect(listedOptions(stdout)).toEqual(ALL);
    expect(stdout).toContain("  --max-authors N          graph, stats, path: papers with more than N authors\n");
    expect(stdout).toContain("  --format FORMAT          parse: another name for --from.\n                           graph: another name for --to.\n");
    expect(stdout).toContain("coauthor graph FILE... --to FORMAT [options]");
    expect(stdout).toContain("  -o, --output OUT         Write to OUT instead of standard output.");
    for (const usage of ["coauthor stats FILE... [--json] [options]", 'coauthor path FILE... "AUTHOR A" "AUTHOR B" [--json] [options]']) expect(stdout).toContain(usage);
    // No line is wider than 80 characters.
    expect(stdout.split("\n").filter((line) => line.length > 80)).toEqual([]);
    for (const command of Object.keys(EXPECTED)) expect(commandHelp(command as Command).split("\n").filter((line) => line.length > 80)).toEqual([]);
  });
});

describe("wrong usage", () => {
  /** Exit 2, the message, then the help of the command meant (or of all). */
  const usage = async (...argv: string[]) => {
    const { code, stdout, stderr } = await cli(...argv);
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    const [message, blank, title] = stderr.split("\n");
    expect(blank).toBe("");
    return [message, title!.split(":")[0]];
  };

  it("names the option and what it takes, with the command's help after", async () => {
    const f = "file.bib";
    expect(await usage("stats", f, "--min-papers", "0")).toEqual(['coauthor: --min-papers takes a whole number from 1 up, not "0"', "coauthor stats"]);
    expect(await usage("path", f, "A", "B", "--max-authors", "1.5")).toEqual(['coauthor: --max-authors takes a whole number, not "1.5"', "coauthor path"]);
    expect(await usage("stats", f, "--min-weight", "much")).toEqual(['coauthor: --min-weight takes a number of papers such as 2 or 0.5, not "much"', "coauthor stats"]);
    expect(await usage("stats", f, "--counting", "half")).toEqual(['coauthor: --counting is full or fractional, not "half"', "coauthor stats"]);
    expect(await usage("stats", f, "--from-year", "20x")).toEqual(['coauthor: --from-year takes a whole number, not "20x"', "coauthor stats"]);
    expect(await usage("stats", f, "--from-year", "2022", "--to-year", "2020")).toEqual(["coauthor: --from-year 2022 is after --to-year 2020", "coauthor stats"]);
    expect(await usage("stats", f, "--reference-date", "2026-02-30")).toEqual(['coauthor: --reference-date must be a real date as YYYY-MM-DD, not "2026-02-30"', "coauthor stats"]);
    expect(await usage("stats", f, "--from", "endnote")).toEqual([expect.stringMatching(/^coauthor: unknown input format "endnote": use auto or one of /), "coauthor stats"]);
  });

  it("refuses options a command does not take, missing files, unknown commands and options", async () => {
    expect(await usage("parse", "f", "--min-papers", "2")).toEqual(["coauthor: --min-papers does not apply to parse (only to stats, path)", "coauthor parse"]);
    expect(await usage("stats", "f", "--stream")).toEqual(["coauthor: --stream does not apply to stats (only to parse, graph)", "coauthor stats"]);
    expect(await usage("stats")).toEqual(["coauthor: stats needs at least one FILE (or - for standard input)", "coauthor stats"]);
    expect(await usage("stats", "f", "--bogus")).toEqual([expect.stringContaining("Unknown option '--bogus'"), "coauthor stats"]);
    expect(await usage("stat", "f")).toEqual(['coauthor: unknown command "stat"', "coauthor"]);
    expect(await usage("help", "nope")).toEqual(['coauthor: no help on "nope": the commands are parse, graph, stats, path', "coauthor"]);
  });
});

describe("the coauthor program", { timeout: 30_000 }, () => {
  const run = async (...args: string[]) => {
    const root = new URL("../../../", import.meta.url).pathname;
    try {
      return { code: 0, ...(await promisify(execFile)("node", ["bin/coauthor.js", ...args], { cwd: root })) };
    } catch (error) {
      return error as { code: number; stdout: string; stderr: string };
    }
  };

  it("prints a command's help and exits 2 on wrong usage, as in-process", async () => {
    expect(await run("stats", "--help")).toMatchObject({ code: 0, stdout: commandHelp("stats"), stderr: "" });
    const wrong = await run("stats", "data/sample-listing.txt", "--counting", "half");
    expect(wrong).toMatchObject({ code: 2, stdout: "", stderr: `coauthor: --counting is full or fractional, not "half"\n\n${commandHelp("stats")}` });
  });
});
