import { readFile, writeFile } from "node:fs/promises";
import { toGraphJson } from "../export/graphJson";
import { buildCoauthorGraph } from "../graph/build";
import { parseIsoDate } from "../parse/dates";
import { parseSources, type InputFormat, type ParsedSources, type SourceInput } from "../parse/index";
import { UsageError, type CliArgs } from "./args";
import { HELP } from "./help";

/** Where the CLI writes: injected so tests can run it in-process. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Runs one CLI invocation and returns its exit status. */
export async function runCli(args: CliArgs, io: CliIO): Promise<number> {
  if (args.command === "help") {
    io.stdout(HELP);
    return 0;
  }
  const inputFormat = args.command === "parse" ? checkInputFormat(args.format) : "auto";
  if (args.command === "graph" && args.format !== "json") {
    throw new UsageError(`graph needs --format json${args.format ? ` (not "${args.format}")` : ""}`);
  }
  if (args.referenceDate !== undefined && !parseIsoDate(args.referenceDate)) {
    throw new UsageError(`--reference-date must be a real date as YYYY-MM-DD, not "${args.referenceDate}"`);
  }

  const sources: SourceInput[] = [];
  for (const file of args.files) {
    try {
      sources.push({ name: file, bytes: await readFile(file) });
    } catch (error) {
      io.stderr(`coauthor: cannot read ${file}: ${readErrorReason(error as NodeJS.ErrnoException)}\n`);
      return 1;
    }
  }
  const parsed = parseSources(sources, { format: inputFormat, referenceDate: args.referenceDate });
  if (parsed.errors.length > 0) {
    for (const { file, message } of parsed.errors) io.stderr(`coauthor: ${file}: ${message}\n`);
    return 1;
  }
  io.stderr(summary(parsed));

  const json =
    args.command === "parse"
      ? { papers: parsed.papers, warnings: parsed.warnings }
      : toGraphJson(buildCoauthorGraph(parsed.papers));
  const text = `${JSON.stringify(json, null, 2)}\n`;
  if (args.output) await writeFile(args.output, text);
  else io.stdout(text);
  return 0;
}

function checkInputFormat(format: string | undefined): InputFormat {
  if (format === undefined || format === "auto" || format === "listing") return format ?? "auto";
  throw new UsageError(`unknown input format "${format}": use auto or listing`);
}

function summary({ papers, warnings }: ParsedSources): string {
  const count = `coauthor: ${papers.length} paper${papers.length === 1 ? "" : "s"}`;
  if (warnings.length === 0) return `${count}, no warnings\n`;
  const first = warnings[0]!;
  const more = warnings.length > 1 ? ` (and ${warnings.length - 1} more, listed in the JSON)` : "";
  return `${count}, ${warnings.length} warning${warnings.length === 1 ? "" : "s"}: ${first.file}:${first.line}: ${first.message}${more}\n`;
}

function readErrorReason(error: NodeJS.ErrnoException): string {
  const reasons: Record<string, string> = {
    ENOENT: "no such file",
    EACCES: "permission denied",
    EISDIR: "it is a directory",
  };
  return reasons[error.code ?? ""] ?? error.message;
}
