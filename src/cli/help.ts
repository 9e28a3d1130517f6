import { FORMATS } from "../parse/formats/registry";
import { COMMAND_SPECS } from "./commands";
import { COMMANDS, descriptionOf, labelled, OPTIONS, optionsOf, type Command, type OptionSpec } from "./options";

// Every help text is laid out here from the option table and the command descriptions:
// nothing about an option is written twice.

const WIDTH = 80;
/** Where option descriptions start. */
const COLUMN = 27;

/**
 * Words filled into lines of at most `width` characters, each line after `indent`; "\n" starts
 * a new line, and a no-break space (U+00A0) keeps two words together ("256 MB").
 */
export function wrap(text: string, indent: number, width = WIDTH): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(" ").filter(Boolean)) {
      if (line && indent + line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines.map((line) => line.replace(/\u00a0/g, " "));
}

/** "-o, --output OUT", "--stream", "--category NAME": how an option is written. */
export function optionLabel(option: OptionSpec): string {
  const long = `--${option.name}${option.type === "string" ? ` ${option.value}` : ""}`;
  return option.short ? `-${option.short}, ${long}` : long;
}

/** An option and its description in two columns; a long label has its description on the next lines. */
function optionEntry(option: OptionSpec, text: string): string {
  const label = `  ${optionLabel(option)}`;
  const body = wrap(text, COLUMN).map((line) => `${" ".repeat(COLUMN)}${line}`);
  if (label.length < COLUMN - 1) body[0] = label.padEnd(COLUMN) + body[0]!.trimStart();
  else body.unshift(label);
  return body.join("\n");
}

const usageLine = (command: Command) => `coauthor ${command} ${COMMAND_SPECS[command].usage} [options]`;
const indented = (text: string, by: number) => wrap(text, by).map((line) => `${" ".repeat(by)}${line}`.trimEnd()).join("\n");
const formatLines = () => FORMATS.map((f) => `    ${f.id.padEnd(12)} ${f.label} (${f.extensions.join(", ")})`).join("\n");

const FILES = "FILE is a path, or - for standard input. Files of different formats can be mixed in one call: each file's format is recognised from its content.";

function exitStatus(commands: readonly Command[]): string {
  const more = commands.flatMap((c) => {
    const { failsWhen } = COMMAND_SPECS[c];
    return failsWhen === undefined ? [] : [commands.length > 1 ? `${c}: ${failsWhen}` : failsWhen];
  });
  const one = ["a file could not be read or used (the others are still read), or nothing could be read at all, or OUT could not be written", ...more];
  return `Exit status:
  0  success (possibly with warnings)
${one.map((text, i) => indented(text, 5).replace(/^ {5}/, i === 0 ? "  1  " : "     ")).join("\n")}
  2  wrong usage`;
}

/** The help of every command: `coauthor help`, `coauthor --help`. */
export function helpText(): string {
  const commands = COMMANDS.map((c) => {
    const [first, ...rest] = wrap(COMMAND_SPECS[c].description, 10);
    return [`  ${c.padEnd(8)}${first}`, ...rest.map((line) => `${" ".repeat(10)}${line}`)].join("\n");
  });
  // An option that only some commands take says which, as "graph, stats, path: …".
  const options = OPTIONS.map((option) => {
    const text = descriptionOf(option);
    const forSome = typeof option.description === "string" && option.commands.length < COMMANDS.length;
    return optionEntry(option, forSome ? labelled(option.commands.join(", "), text) : text);
  });
  return `coauthor: co-authorship networks from bibliographies and paper listings

Usage:
${COMMANDS.map((c) => `  ${usageLine(c)}`).join("\n")}
  coauthor help [COMMAND]   (or coauthor COMMAND --help: its options only)

${indented(FILES, 2)}

Commands:
${commands.join("\n")}

Options:
${options.join("\n")}

Formats (--from):
${formatLines()}

Identity:
  Authors with the same ORCID, dblp, OpenAlex or Scopus id are one person.
  Otherwise names that differ only in case, accents, spacing, punctuation or
  word order are one person; names that may be one person ("J. Kim" and
  "Jeonghye Kim") are kept apart and counted in the summary.

Input problems:
  The same paper given twice (same DOI, arXiv id, or title, year and first
  author) is kept once, with a warning naming the duplicate. Records that cannot
  be read are reported as warnings with their file and line; the rest still
  loads. parse and graph put the warnings in their JSON; a one-line summary goes
  to stderr.

${exitStatus(COMMANDS)}
`;
}

/** The help of one command, with only the options it takes: `coauthor stats --help`. */
export function commandHelp(command: Command): string {
  const spec = COMMAND_SPECS[command];
  return `coauthor ${command}: ${spec.summary}

Usage:
  ${usageLine(command)}

${indented(FILES, 2)}

${indented(spec.description, 2)}

Options:
${optionsOf(command).map((option) => optionEntry(option, descriptionOf(option, command))).join("\n")}

Formats (--from):
${formatLines()}

${exitStatus([command])}

coauthor help: every command, how people are identified, and input problems.
`;
}
