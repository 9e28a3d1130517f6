import { parseArgs } from "node:util";

export type Command = "parse" | "graph";

export interface CliArgs {
  command: Command | "help";
  /** Files to read; "-" is standard input. */
  files: string[];
  /** Input format: a format id or "auto". */
  from: string | undefined;
  /** graph: the output format (json). */
  format: string | undefined;
  referenceDate: string | undefined;
  output: string | undefined;
  maxAuthors: number | undefined;
  identities: string | undefined;
  /** Read the one FILE as a stream, in memory that does not grow with it. */
  stream: boolean;
}

/** A mistake in how the command was called: reported with exit status 2. */
export class UsageError extends Error {}

const HELP_ARGS: CliArgs = { command: "help", files: [], from: undefined, format: undefined, referenceDate: undefined, output: undefined, maxAuthors: undefined, identities: undefined, stream: false };

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        from: { type: "string" },
        format: { type: "string" },
        "reference-date": { type: "string" },
        output: { type: "string", short: "o" },
        "max-authors": { type: "string" },
        identities: { type: "string" },
        stream: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, ...files] = positionals;
  if (values.help || command === "help" || command === undefined) return HELP_ARGS;
  if (command !== "parse" && command !== "graph") throw new UsageError(`unknown command "${command}"`);
  if (files.length === 0) throw new UsageError(`${command} needs at least one FILE (or - for standard input)`);
  if (files.filter((f) => f === "-").length > 1) throw new UsageError("standard input (-) can be read only once");

  // For parse, --format names the input format (as it always has), so it is another name for --from.
  let from = values.from;
  let format = values.format;
  if (command === "parse" && format !== undefined) {
    if (from !== undefined && from !== format) throw new UsageError(`--from ${from} and --format ${format} disagree; parse --format is another name for --from`);
    from = format;
    format = undefined;
  }
  let maxAuthors: number | undefined;
  if (values["max-authors"] !== undefined) {
    if (command !== "graph") throw new UsageError("--max-authors only applies to graph");
    if (!/^\d+$/.test(values["max-authors"])) throw new UsageError(`--max-authors takes a whole number (0 for no limit), not "${values["max-authors"]}"`);
    maxAuthors = Number(values["max-authors"]);
  }
  return { command, files, from, format, referenceDate: values["reference-date"], output: values.output, maxAuthors, identities: values.identities, stream: values.stream ?? false };
}
