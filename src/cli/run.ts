import { readFile, stat } from "node:fs/promises";
import { writeGraphJson } from "../export/graphJson";
import { Streamed, writePrettyObject, type Write } from "../export/prettyJson";
import { buildCoauthorGraph, DEFAULT_MAX_AUTHORS } from "../graph/build";
import { readDecisionsFile } from "../identity/decisionsFile";
import type { IdentityDecision } from "../identity/types";
import { readPapers } from "../load/readPapers";
import { parseIsoDate, todayIso } from "../parse/dates";
import { FORMATS, formatById } from "../parse/formats/registry";
import type { FormatId, InputFormat, SourceInput } from "../parse/index";
import { UsageError, type CliArgs } from "./args";
import { helpText } from "./help";
import { openOutput, OutputError, type Output } from "./output";
import { streamedRun, streamableFormat } from "./runStreamed";
import { STREAM_FROM_BYTES } from "./streamFile";
import { summary } from "./summary";
import { fileErrorReason } from "./writeAtomically";

/** Where the CLI reads and writes: injected so tests can run it in-process. */
export interface CliIO {
  /** May return a promise to say "wait before writing more" (a pipe that is full). */
  stdout: Write;
  stderr: (text: string) => void;
  stdin: () => Promise<Uint8Array>;
}

/** Runs one CLI invocation and returns its exit status. */
export async function runCli(args: CliArgs, io: CliIO): Promise<number> {
  if (args.command === "help") {
    await io.stdout(helpText());
    return 0;
  }
  const from = checkInputFormat(args.from);
  if (args.command === "graph" && args.format !== "json") {
    throw new UsageError(`graph needs --format json${args.format ? ` (not "${args.format}")` : ""}`);
  }
  const referenceDate = args.referenceDate ?? todayIso();
  if (!parseIsoDate(referenceDate)) throw new UsageError(`--reference-date must be a real date as YYYY-MM-DD, not "${referenceDate}"`);

  let failed = false;
  const fail = (message: string) => {
    io.stderr(`coauthor: ${message}\n`);
    failed = true;
  };
  const streamed = await streamableFile(args, from);
  const decisions = args.identities === undefined ? [] : await readIdentities(args.identities, fail);
  if (decisions === null) return 1;

  let output: Output | undefined;
  try {
    if (streamed) {
      output = await openOutput(args.output, io.stdout);
      const status = await streamedRun(args, streamed, parseIsoDate(referenceDate)!, output, io);
      await output.finish();
      return status;
    }
    // One file that cannot be read does not stop the others.
    const sources: SourceInput[] = [];
    for (const file of args.files) {
      try {
        sources.push(file === "-" ? { name: "stdin", bytes: await io.stdin() } : { name: file, bytes: await readFile(file) });
      } catch (error) {
        fail(`cannot read ${file}: ${fileErrorReason(error as NodeJS.ErrnoException, false)}`);
      }
    }
    const read = readPapers(sources, { format: from, referenceDate, decisions });
    for (const { file, message } of read.errors) fail(`${file}: ${message}`);
    for (const { decision, reason } of read.identity.unapplied) io.stderr(`coauthor: identity decision not applied (${reason}): ${JSON.stringify(decision)}\n`);
    if (read.papers.length === 0) return 1;

    const maxAuthors = args.maxAuthors ?? DEFAULT_MAX_AUTHORS;
    const graph = args.command === "graph" ? buildCoauthorGraph(read.papers, { maxAuthors }) : null;
    io.stderr(summary(read, graph ? graph.getAttribute("largePapers") : 0, maxAuthors));
    output = await openOutput(args.output, io.stdout);
    if (graph) await writeGraphJson(graph, output.write);
    else await writePrettyObject([["papers", new Streamed(read.papers)], ["warnings", read.warnings]], output.write);
    await output.finish();
    return failed ? 1 : 0;
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    await output?.abandon();
    io.stderr(`coauthor: ${error.message}\n`);
    return 1;
  }
}

/** The one file to read as a stream, if there is one: asked for with --stream, or too big to hold. */
async function streamableFile(args: CliArgs, from: InputFormat): Promise<string | null> {
  if (args.stream) {
    if (args.files.length !== 1 || args.files[0] === "-") throw new UsageError("--stream reads exactly one FILE (not standard input)");
    if (args.identities !== undefined) throw new UsageError("--stream applies no identity decisions: each paper is written as it is read");
    return args.files[0]!;
  }
  if (args.files.length !== 1 || args.files[0] === "-" || args.identities !== undefined) return null;
  const size = await stat(args.files[0]!).then((s) => s.size, () => 0);
  return size >= STREAM_FROM_BYTES && (await streamableFormat(args.files[0]!, from)) ? args.files[0]! : null;
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
