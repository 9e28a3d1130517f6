import { readFile } from "node:fs/promises";
import { toGraphJson } from "../export/graphJson";
import { buildCoauthorGraph, DEFAULT_MAX_AUTHORS } from "../graph/build";
import { readDecisionsFile } from "../identity/decisionsFile";
import type { IdentityDecision } from "../identity/types";
import { readPapers, type PapersRead } from "../load/readPapers";
import { parseIsoDate } from "../parse/dates";
import { FORMATS, formatById } from "../parse/formats/registry";
import type { FormatId, InputFormat, SourceInput } from "../parse/index";
import { UsageError, type CliArgs } from "./args";
import { helpText } from "./help";
import { fileErrorReason, writeAtomically } from "./writeAtomically";

/** Where the CLI reads and writes: injected so tests can run it in-process. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: () => Promise<Uint8Array>;
}

/** Runs one CLI invocation and returns its exit status. */
export async function runCli(args: CliArgs, io: CliIO): Promise<number> {
  if (args.command === "help") {
    io.stdout(helpText());
    return 0;
  }
  const from = checkInputFormat(args.from);
  if (args.command === "graph" && args.format !== "json") {
    throw new UsageError(`graph needs --format json${args.format ? ` (not "${args.format}")` : ""}`);
  }
  if (args.referenceDate !== undefined && !parseIsoDate(args.referenceDate)) {
    throw new UsageError(`--reference-date must be a real date as YYYY-MM-DD, not "${args.referenceDate}"`);
  }

  let failed = false;
  const fail = (message: string) => {
    io.stderr(`coauthor: ${message}\n`);
    failed = true;
  };
  const decisions = args.identities === undefined ? [] : await readIdentities(args.identities, fail);
  if (decisions === null) return 1;

  // One file that cannot be read does not stop the others.
  const sources: SourceInput[] = [];
  for (const file of args.files) {
    try {
      sources.push(file === "-" ? { name: "stdin", bytes: await io.stdin() } : { name: file, bytes: await readFile(file) });
    } catch (error) {
      fail(`cannot read ${file}: ${fileErrorReason(error as NodeJS.ErrnoException, false)}`);
    }
  }
  const read = readPapers(sources, { format: from, referenceDate: args.referenceDate, decisions });
  for (const { file, message } of read.errors) fail(`${file}: ${message}`);
  for (const { decision, reason } of read.identity.unapplied) io.stderr(`coauthor: identity decision not applied (${reason}): ${JSON.stringify(decision)}\n`);
  if (read.papers.length === 0) return 1;

  const maxAuthors = args.maxAuthors ?? DEFAULT_MAX_AUTHORS;
  const graph = args.command === "graph" ? buildCoauthorGraph(read.papers, { maxAuthors }) : null;
  io.stderr(summary(read, graph ? graph.getAttribute("largePapers") : 0, maxAuthors));
  const json = graph ? toGraphJson(graph) : { papers: read.papers, warnings: read.warnings };
  const text = `${JSON.stringify(json, null, 2)}\n`;
  if (!args.output) {
    io.stdout(text);
    return failed ? 1 : 0;
  }
  try {
    await writeAtomically(args.output, text);
  } catch (error) {
    io.stderr(`coauthor: cannot write ${args.output}: ${fileErrorReason(error as NodeJS.ErrnoException, true)}\n`);
    return 1;
  }
  return failed ? 1 : 0;
}

function checkInputFormat(format: string | undefined): InputFormat {
  if (format === undefined || format === "auto") return "auto";
  if (formatById(format as FormatId)) return format as FormatId;
  throw new UsageError(`unknown input format "${format}": use auto or one of ${FORMATS.map((f) => f.id).join(", ")}`);
}

async function readIdentities(path: string, fail: (message: string) => void): Promise<IdentityDecision[] | null> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    fail(`cannot read ${path}: ${fileErrorReason(error as NodeJS.ErrnoException, false)}`);
    return null;
  }
  const { decisions, problems } = readDecisionsFile(text);
  if (decisions.length === 0 && problems.length > 0) {
    fail(`${path}: ${problems[0]}`);
    return null;
  }
  for (const problem of problems) fail(`${path}: ${problem}`);
  return decisions;
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function summary({ papers, warnings, duplicates, candidatesFound }: PapersRead, largePapers: number, maxAuthors: number): string {
  const facts = [count(papers.length, "paper")];
  if (duplicates > 0) facts.push(`${count(duplicates, "duplicate")} merged`);
  if (largePapers > 0) facts.push(`${count(largePapers, "paper")} with more than ${maxAuthors} authors adding no links`);
  if (candidatesFound > 0) facts.push(`${count(candidatesFound, "pair")} of names that may be one person`);
  if (warnings.length === 0) return `coauthor: ${facts.join(", ")}, no warnings\n`;
  const first = warnings[0]!;
  const more = warnings.length > 1 ? ` (and ${warnings.length - 1} more, listed in the JSON)` : "";
  const where = `${first.file}:${first.line}: ${first.message}`;
  return `coauthor: ${facts.join(", ")}, ${count(warnings.length, "warning")}: ${where}${more}\n`;
}
