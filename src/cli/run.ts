import { stat } from "node:fs/promises";
import { writeGraphJson } from "../export/graphJson";
import { Streamed, writePrettyObject, type Write } from "../export/prettyJson";
import { DEFAULT_MAX_AUTHORS } from "../graph/build";
import { graphOfRead } from "../load/graphOfRead";
import { parseIsoDate, todayIso } from "../parse/dates";
import type { InputFormat } from "../parse/index";
import { UsageError, type CliArgs } from "./args";
import type { FolderOutput } from "./drawnGraph";
import { GRAPH_OUTPUTS, type GraphOutput } from "./options";
import { commandHelp, helpText } from "./help";
import { openOutput, OutputError, type Output } from "./output";
import { readInput, type InputRead } from "./readInput";
import { streamedRun, streamableFormat } from "./runStreamed";
import { STREAM_FROM_BYTES } from "./streamFile";
import { summary } from "./summary";
import type { Produced } from "./viewCommands";

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
    await io.stdout(args.helpFor ? commandHelp(args.helpFor) : helpText());
    return 0;
  }
  if (args.command === "graph" && args.format === undefined) {
    throw new UsageError(`graph needs --to ${GRAPH_OUTPUTS.join(", ")} (or --format)`, "graph");
  }
  const referenceDate = args.referenceDate ?? todayIso();

  let failed = false;
  const fail = (message: string) => {
    io.stderr(`coauthor: ${message}\n`);
    failed = true;
  };
  const streamed = await streamableFile(args);
  let output: Output | undefined;
  try {
    if (streamed) {
      output = await openOutput(args.output, io.stdout);
      const status = await streamedRun(args, streamed, parseIsoDate(referenceDate)!, output, io);
      await output.finish();
      return status;
    }
    const read = await readInput(args, referenceDate, io, fail);
    if (read === null || (read.papers.length === 0 && !read.network)) return 1;
    const produced = await produce(args, read, io);
    if ("status" in produced) return produced.status;
    output = await openOutput(args.output, io.stdout);
    await produced.write(output.write);
    await output.finish();
    return failed ? 1 : 0;
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    await output?.abandon();
    io.stderr(`coauthor: ${error.message}\n`);
    return 1;
  }
}

/** What each command makes of the papers, with the one-line summary on stderr. */
async function produce(args: CliArgs, read: InputRead, io: CliIO): Promise<Produced> {
  const maxAuthors = args.maxAuthors ?? DEFAULT_MAX_AUTHORS;
  if (args.command === "stats" || args.command === "path") {
    // Loaded only for them: parse and graph start as fast as before.
    const { viewCommand } = await import("./viewCommands");
    return viewCommand(args, read, maxAuthors, io);
  }
  if (args.command === "graph") {
    const { graph } = graphOfRead(read, maxAuthors);
    io.stderr(summary(read, graph.getAttribute("largePapers"), maxAuthors));
    if (args.format === "json") return { write: (out) => writeGraphJson(graph, out) };
    if (args.format === "bibtex" || args.format === "ris" || args.format === "csl-json") {
      const { papersWriter } = await import("./papersOut");
      return { write: papersWriter(args.format, read.papers) };
    }
    if (args.format === "html") {
      const { savedPageWriter } = await import("./savedPageOut");
      return { write: await savedPageWriter({ ...read, referenceDate: args.referenceDate ?? todayIso(), maxAuthors }, io) };
    }
    if (args.format === "svg" || args.format === "png" || args.format === "pdf") {
      // Loaded only for them: the layout, the figure, jsPDF and resvg.
      const { writeFigure } = await import("./figureOut");
      if (args.output === undefined) throw new UsageError(`graph --to ${args.format} draws a figure: name its file with -o`, "graph");
      await writeFigure(args.format, args.output, graph, read, args.figure!, args.referenceDate ?? todayIso(), maxAuthors);
      return { status: 0 };
    }
    // Loaded only for them: the layout and the writers.
    const { drawnGraphWriter, FOLDER_OUTPUTS, writeFolder } = await import("./drawnGraph");
    const to = args.format as Exclude<GraphOutput, "json" | "bibtex" | "ris" | "csl-json">;
    if ((FOLDER_OUTPUTS as readonly string[]).includes(to)) {
      if (args.output === undefined) throw new UsageError(`graph --to ${to} writes ${to === "csv" ? "three tables" : "a map and a network file"}: name their folder with -o`, "graph");
      await writeFolder(to as FolderOutput, args.output, graph, read, io.stdout);
      return { status: 0 };
    }
    return { write: drawnGraphWriter(to as "gexf" | "graphml" | "vosviewer", graph, read) };
  }
  io.stderr(summary(read, 0, maxAuthors));
  return { write: (out) => writePrettyObject([["papers", new Streamed(read.papers)], ["warnings", read.warnings]], out) };
}

/**
 * The one file parse or graph reads as a stream, if there is one: asked for with --stream, or
 * too big to hold. stats and path need every paper at once, so they never stream.
 */
async function streamableFile(args: CliArgs): Promise<string | null> {
  if (args.command !== "parse" && args.command !== "graph") return null;
  if (args.command === "graph" && args.format !== "json") {
    if (args.stream) throw new UsageError(`--stream writes graph --to json only: ${args.format} needs every paper at once`, "graph");
    return null;
  }
  if (args.stream) {
    if (args.files.length !== 1 || args.files[0] === "-") throw new UsageError("--stream reads exactly one FILE (not standard input)", args.command);
    if (args.identities !== undefined) throw new UsageError("--stream applies no identity decisions: each paper is written as it is read", args.command);
    return args.files[0]!;
  }
  if (args.files.length !== 1 || args.files[0] === "-" || args.identities !== undefined) return null;
  const size = await stat(args.files[0]!).then((s) => s.size, () => 0);
  return size >= STREAM_FROM_BYTES && (await streamableFormat(args.files[0]!, (args.from ?? "auto") as InputFormat)) ? args.files[0]! : null;
}
