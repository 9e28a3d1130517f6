import { parseIsoDate } from "../parse/dates";
import { FORMATS, formatById } from "../parse/formats/registry";
import type { FormatId } from "../parse/index";

export const COMMANDS = ["parse", "graph", "stats", "path"] as const;
export type Command = (typeof COMMANDS)[number];

/** A mistake in how the command was called: reported with exit status 2, with the command's help. */
export class UsageError extends Error {
  // Private, so that the error is still equal to one made from its message alone.
  readonly #command: Command | undefined;

  constructor(message: string, command?: Command) {
    super(message);
    this.#command = command;
  }

  /** The command being called, when known: its help follows the message. */
  get command(): Command | undefined {
    return this.#command;
  }
}

/**
 * One option of the command line. Both the parser's configuration and every help text are
 * made from this table, so the two cannot drift apart.
 */
export type OptionSpec = {
  /** The long name, without "--". */
  name: string;
  short?: string;
  /** Which commands take it. */
  commands: readonly Command[];
  /** What it does; per command when it means something else for each. */
  description: string | Partial<Record<Command, string>>;
} & (
  | { type: "boolean" }
  | {
      type: "string";
      /** The value's placeholder in the help: FORMAT, N, FILE. */
      value: string;
      /** Can be given several times; its values are then a list. */
      multiple?: boolean;
      /** Checks one value and says what is wrong with it: a sentence naming the option, or null when it is fine. */
      problem?: (value: string) => string | null;
    }
);

const ALL = COMMANDS;
const VIEW: readonly Command[] = ["stats", "path"];

const wholeNumber =
  (option: string, least = 0) =>
  (value: string) =>
    /^\d+$/.test(value) && Number(value) >= least ? null : `--${option} takes a whole number${least > 0 ? ` from ${least} up` : ""}, not "${value}"`;

/** What coauthor graph writes. */
export const GRAPH_OUTPUTS = ["json", "gexf", "graphml", "csv", "vosviewer", "vosviewer-files", "bibtex", "ris", "csl-json", "svg", "png", "pdf", "html"] as const;
/** What coauthor graph draws as a figure. */
export const FIGURE_OUTPUTS = ["svg", "png", "pdf"] as const;
export type FigureOutput = (typeof FIGURE_OUTPUTS)[number];
export type GraphOutput = (typeof GRAPH_OUTPUTS)[number];

export const OPTIONS: readonly OptionSpec[] = [
  {
    name: "from", type: "string", value: "FORMAT", commands: ALL,
    description: "Read every file as FORMAT instead of recognising it (see Formats).",
    problem: (value) =>
      value === "auto" || formatById(value as FormatId) ? null : `unknown input format "${value}": use auto or one of ${FORMATS.map((f) => f.id).join(", ")}`,
  },
  {
    name: "to", type: "string", value: "FORMAT", commands: ["graph"],
    description:
      "The output format: json (graphology's serialization, as read), gexf (GEXF 1.3, for Gephi and Gephi Lite), graphml (GraphML, for Gephi, Cytoscape, yEd, NetworkX, igraph), csv (authors.csv, links.csv and papers.csv in the folder -o names), vosviewer (a VOSviewer JSON file, for VOSviewer and VOSviewer Online) vosviewer-files (VOSviewer's map.txt and network.txt in the folder -o names), the papers as bibtex, ris or csl-json, a figure of the whole network as svg, png or pdf (with its colour and size legends and a caption; the figure's recipe, the files and settings that make it again, is in its metadata), or html: the explorer itself with these files in it, one page that opens from disk with no network (made from dist/saved-page.html, which npm run build writes; built afresh when missing). The network's files but json are laid out as the explorer first draws it.",
    problem: (value) => (GRAPH_OUTPUTS.includes(value as GraphOutput) ? null : `unknown output format "${value}": use ${GRAPH_OUTPUTS.join(", ")}`),
  },
  {
    name: "format", type: "string", value: "FORMAT", commands: ["parse", "graph"],
    description: { parse: "Another name for --from.", graph: "Another name for --to." },
  },
  {
    name: "reference-date", type: "string", value: "DATE", commands: ALL,
    description: 'Dates without a year ("Mar 25") become the latest such day not after DATE (YYYY-MM-DD). Default: today.',
    problem: (value) => (parseIsoDate(value) ? null : `--reference-date must be a real date as YYYY-MM-DD, not "${value}"`),
  },
  {
    name: "identities", type: "string", value: "FILE", commands: ALL,
    description: "Identity decisions to apply (merges and splits of people), as saved by the explorer's \"Who is who\" panel.",
  },
  {
    name: "stream", type: "boolean", commands: ["parse", "graph"],
    description:
      "Read the one FILE as a stream, in memory that does not grow with it, reporting progress on stderr: for huge files such as the whole dblp.xml (formats that can: dblp-xml, ris, wos). Files of 256\u00a0MB or more are streamed without asking. Each paper is then read on its own: its id is its title's slug and its line, its people come from its own ids or names, and duplicates are not looked for.",
  },
  {
    name: "max-authors", type: "string", value: "N", commands: ["graph", ...VIEW], problem: wholeNumber("max-authors"),
    description: "Papers with more than N authors (default 100) keep their authors as nodes but add no links. 0: no limit.",
  },
  {
    name: "min-papers", type: "string", value: "N", commands: VIEW, problem: wholeNumber("min-papers", 1),
    description: "Hide authors with fewer than N papers among those the filters keep. Default: 1.",
  },
  {
    name: "min-weight", type: "string", value: "W", commands: VIEW,
    problem: (value) => (/^\d+(\.\d+)?$/.test(value) ? null : `--min-weight takes a number of papers such as 2 or 0.5, not "${value}"`),
    description: "Hide links lighter than W shared papers, in the chosen counting (fractional weights are fractions, so W may be one too). Default: 0.",
  },
  {
    name: "counting", type: "string", value: "full|fractional", commands: VIEW,
    problem: (value) => (value === "full" || value === "fractional" ? null : `--counting is full or fractional, not "${value}"`),
    description:
      "How a paper with n authors counts. full (the default): 1 for each author and each link. fractional: 1/n for each author and 1/(n-1) for each link, so a 50-author paper weighs no more than a 2-author one. The counting weighs the links that --min-weight keeps and that a path prefers; stats then ranks top authors by fractional papers, which its JSON adds as fractionalPapers.",
  },
  {
    name: "from-year", type: "string", value: "YEAR", commands: VIEW, problem: wholeNumber("from-year"),
    description: "Keep the papers of YEAR and after (to the last year when --to-year is not given). With a year range, papers without a year are left out.",
  },
  {
    name: "to-year", type: "string", value: "YEAR", commands: VIEW, problem: wholeNumber("to-year"),
    description: "Keep the papers of YEAR and before (from the first year when --from-year is not given).",
  },
  {
    name: "exclude-truncated", type: "boolean", commands: VIEW,
    description: 'Leave out papers whose author list was cut ("et\u00a0al.").',
  },
  {
    name: "largest-component", type: "boolean", commands: VIEW,
    description: "Keep only the largest group of authors connected by visible links.",
  },
  {
    name: "category", type: "string", value: "NAME", multiple: true, commands: VIEW,
    description: "Keep the papers with this category (cs.LG, …). Repeat it to keep those with any of several.",
  },
  {
    name: "venue", type: "string", value: "NAME", multiple: true, commands: VIEW,
    description: "Keep the papers of this journal or conference, named as in the data. Repeatable.",
  },
  {
    name: "source", type: "string", value: "FILE", multiple: true, commands: VIEW,
    description: "Keep the papers read from FILE, named as on the command line (stdin for -). Repeatable.",
  },
  {
    name: "json", type: "boolean", commands: VIEW,
    description: { stats: "Print the statistics as JSON rather than as a report.", path: "Print the path as JSON rather than as text." },
  },
  {
    name: "title", type: "string", value: "TEXT", commands: ["graph"],
    description: "graph --to svg|png|pdf: a title above the map.",
  },
  {
    name: "scale", type: "string", value: "N", commands: ["graph"],
    description: "graph --to png: N (1 to 4) pixels per pixel of the figure's 1,200-pixel-wide layout. Default: 2.",
    problem: (value) => (/^[1-4](\.\d+)?$/.test(value) && Number(value) <= 4 ? null : `--scale takes a number from 1 to 4, not "${value}"`),
  },
  {
    name: "width", type: "string", value: "PX", commands: ["graph"],
    description: "graph --to png: the image's width in pixels (the longer side at most 8,192), instead of --scale.",
    problem: (value) => (/^\d+$/.test(value) && Number(value) >= 100 && Number(value) <= 8192 ? null : `--width takes a whole number of pixels from 100 to 8192, not "${value}"`),
  },
  { name: "transparent", type: "boolean", commands: ["graph"], description: "graph --to svg|png|pdf: no background (white otherwise)." },
  { name: "recipe", type: "boolean", commands: ["graph"], description: "graph --to svg|png|pdf: also write the figure's recipe as OUT.recipe.json beside it." },
  {
    name: "output", short: "o", type: "string", value: "OUT", commands: ALL,
    description: "Write to OUT instead of standard output. The file is replaced whole or not at all.",
  },
  { name: "help", short: "h", type: "boolean", commands: ALL, description: "Show this help." },
];

/** The options a command takes, in the table's order. */
export function optionsOf(command: Command): OptionSpec[] {
  return OPTIONS.filter((option) => option.commands.includes(command));
}

/** What an option does for a command, or for all of them. */
export function descriptionOf(option: OptionSpec, command?: Command): string {
  const { description } = option;
  if (typeof description === "string") return description;
  if (command) return description[command] ?? "";
  return Object.entries(description).map(([name, text]) => labelled(name, text)).join("\n");
}

/** What is wrong with a value of an option, in a sentence naming the option; null when it is fine. */
export function valueProblem(name: string, value: string): string | null {
  const option = OPTIONS.find((o) => o.name === name);
  return option?.type === "string" && option.problem ? option.problem(value) : null;
}

/** "graph: the output format…": a description after the names of the commands it is for. */
export const labelled = (names: string, text: string) => `${names}: ${text.charAt(0).toLowerCase()}${text.slice(1)}`;

/** The configuration `node:util` parseArgs takes: every option of every command, checked per command afterwards. */
export function parseArgsOptions(): Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }> {
  const config: Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }> = {};
  for (const option of OPTIONS) {
    config[option.name] = { type: option.type, ...(option.short && { short: option.short }), ...(option.type === "string" && option.multiple && { multiple: true }) };
  }
  return config;
}
