import { parseArgs } from "node:util";

export type Command = "parse" | "graph";

export interface CliArgs {
  command: Command | "help";
  files: string[];
  format: string | undefined;
  referenceDate: string | undefined;
  output: string | undefined;
}

/** A mistake in how the command was called: reported with exit status 2. */
export class UsageError extends Error {}

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string" },
        "reference-date": { type: "string" },
        output: { type: "string", short: "o" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, ...files] = positionals;
  if (values.help || command === "help" || command === undefined) {
    return { command: "help", files: [], format: undefined, referenceDate: undefined, output: undefined };
  }
  if (command !== "parse" && command !== "graph") throw new UsageError(`unknown command "${command}"`);
  if (files.length === 0) throw new UsageError(`${command} needs at least one FILE`);
  if (values.output !== undefined && command !== "graph") throw new UsageError("-o/--output only applies to graph");
  return { command, files, format: values.format, referenceDate: values["reference-date"], output: values.output };
}
