import { parseArgs } from "node:util";
import type { Counting } from "../view/types";
import { COMMANDS, OPTIONS, parseArgsOptions, UsageError, valueProblem, type Command } from "./options";

export { UsageError, type Command } from "./options";

/** The view's filters and counting as given on the command line; open year ranges are closed once the papers are read. */
export interface ViewOptions {
  counting: Counting;
  minPapers: number;
  minWeight: number;
  largestComponent: boolean;
  excludeTruncated: boolean;
  fromYear: number | undefined;
  toYear: number | undefined;
  categories: string[] | null;
  venues: string[] | null;
  sources: string[] | null;
}

export interface CliArgs {
  /** "help" shows the help: of `helpFor` when given, else of every command. */
  command: Command | "help";
  helpFor?: Command;
  /** Files to read; "-" is standard input. */
  files: string[];
  /** Input format: a format id or "auto". */
  from: string | undefined;
  /** graph: the output format (--to, or --format). */
  format: string | undefined;
  referenceDate: string | undefined;
  output: string | undefined;
  maxAuthors: number | undefined;
  identities: string | undefined;
  /** Read the one FILE as a stream, in memory that does not grow with it. */
  stream: boolean;
  /** stats, path: JSON rather than text. */
  json: boolean;
  view: ViewOptions;
  /** path: the two names to join. */
  authors: [string, string] | undefined;
  /** graph --to svg|png|pdf: what the figure adds and how big a PNG is. */
  figure?: FigureArgs;
}

export interface FigureArgs {
  title: string;
  scale: number | undefined;
  width: number | undefined;
  transparent: boolean;
  recipe: boolean;
}

const NO_VIEW_OPTIONS: ViewOptions = {
  counting: "full", minPapers: 1, minWeight: 0, largestComponent: false, excludeTruncated: false,
  fromYear: undefined, toYear: undefined, categories: null, venues: null, sources: null,
};

const helpArgs = (helpFor?: Command): CliArgs => ({
  command: "help", helpFor, files: [], from: undefined, format: undefined, referenceDate: undefined, output: undefined,
  maxAuthors: undefined, identities: undefined, stream: false, json: false, view: NO_VIEW_OPTIONS, authors: undefined,
});

const isCommand = (word: string | undefined): word is Command => (COMMANDS as readonly string[]).includes(word ?? "");

type Values = Record<string, string | boolean | string[] | undefined>;

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: parseArgsOptions() });
  } catch (error) {
    const first = argv.find((word) => !word.startsWith("-"));
    throw new UsageError((error as Error).message, isCommand(first) ? first : undefined);
  }
  const values = parsed.values as Values;
  const [command, ...positionals] = parsed.positionals;
  if (command === "help") {
    const [topic] = positionals;
    if (topic !== undefined && !isCommand(topic)) throw new UsageError(`no help on "${topic}": the commands are ${COMMANDS.join(", ")}`);
    return helpArgs(topic);
  }
  if (command !== undefined && !isCommand(command)) throw new UsageError(`unknown command "${command}"`);
  if (values.help || command === undefined) return helpArgs(command);
  checkOptions(command, values);

  const fail = (message: string) => new UsageError(message, command);
  const files = command === "path" ? positionals.slice(0, -2) : positionals;
  if (files.length === 0) {
    throw fail(command === "path" ? 'path needs FILE... then two author names: coauthor path FILE... "AUTHOR A" "AUTHOR B"' : `${command} needs at least one FILE (or - for standard input)`);
  }
  if (command === "path" && positionals.slice(-2).some((name) => name.trim() === "")) throw fail("path needs two author names, not an empty one");
  if (files.filter((f) => f === "-").length > 1) throw fail("standard input (-) can be read only once");

  // For parse, --format names the input format (as it always has), so it is another name for --from.
  let from = values.from as string | undefined;
  let format = values.format as string | undefined;
  if (command === "parse" && format !== undefined) {
    if (from !== undefined && from !== format) throw fail(`--from ${from} and --format ${format} disagree; parse --format is another name for --from`);
    const problem = valueProblem("from", format);
    if (problem) throw fail(problem);
    from = format;
    format = undefined;
  }
  // For graph, --format is another name for --to.
  if (command === "graph" && values.to !== undefined) {
    const to = values.to as string;
    if (format !== undefined && format !== to) throw fail(`--to ${to} and --format ${format} disagree; graph --format is another name for --to`);
    format = to;
  }
  if (command === "graph" && format !== undefined) {
    const problem = valueProblem("to", format);
    if (problem) throw fail(problem);
  }
  const number = (name: string) => (values[name] === undefined ? undefined : Number(values[name]));
  const list = (name: string) => (values[name] as string[] | undefined) ?? null;
  const view: ViewOptions = {
    counting: (values.counting as Counting | undefined) ?? "full",
    minPapers: number("min-papers") ?? 1,
    minWeight: number("min-weight") ?? 0,
    largestComponent: values["largest-component"] === true,
    excludeTruncated: values["exclude-truncated"] === true,
    fromYear: number("from-year"),
    toYear: number("to-year"),
    categories: list("category"),
    venues: list("venue"),
    sources: list("source"),
  };
  if (view.fromYear !== undefined && view.toYear !== undefined && view.fromYear > view.toYear) {
    throw fail(`--from-year ${view.fromYear} is after --to-year ${view.toYear}`);
  }
  return {
    command,
    files,
    from,
    format,
    referenceDate: values["reference-date"] as string | undefined,
    output: values.output as string | undefined,
    maxAuthors: number("max-authors"),
    identities: values.identities as string | undefined,
    stream: values.stream === true,
    json: values.json === true,
    view,
    authors: command === "path" ? [positionals.at(-2)!, positionals.at(-1)!] : undefined,
    figure: {
      title: (values.title as string | undefined) ?? "",
      scale: number("scale"),
      width: number("width"),
      transparent: values.transparent === true,
      recipe: values.recipe === true,
    },
  };
}

/** Every option given is one the command takes, with a value that passes its check. */
function checkOptions(command: Command, values: Values): void {
  for (const option of OPTIONS) {
    const value = values[option.name];
    if (value === undefined) continue;
    if (!option.commands.includes(command)) {
      throw new UsageError(`--${option.name} does not apply to ${command} (only to ${option.commands.join(", ")})`, command);
    }
    for (const one of Array.isArray(value) ? value : [value]) {
      const problem = typeof one === "string" ? valueProblem(option.name, one) : null;
      if (problem) throw new UsageError(problem, command);
    }
  }
}
