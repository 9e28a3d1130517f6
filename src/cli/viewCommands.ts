import type { Write } from "../export/prettyJson";
import type { PapersRead } from "../load/readPapers";
import type { CliArgs } from "./args";
import { visibleNetwork } from "./network";
import { pathBetween } from "./path";
import type { CliIO } from "./run";
import { statsReport } from "./stats";
import { statsText } from "./statsText";
import { summary } from "./summary";

/** What a command makes of the papers: text to write, or an exit status when there is nothing to write. */
export type Produced = { write: (out: Write) => void | Promise<void> } | { status: number };

/**
 * `stats` and `path`: the network the filters show, as the explorer derives it, and what the
 * command says about it, as JSON or as text.
 */
export function viewCommand(args: CliArgs, read: PapersRead, maxAuthors: number, io: CliIO): Produced {
  const network = visibleNetwork(read, maxAuthors, args.view);
  io.stderr(summary(read, network.graph.getAttribute("largePapers"), maxAuthors));
  for (const sentence of network.unmatched) io.stderr(`coauthor: ${sentence}\n`);
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  if (args.command === "stats") {
    const report = statsReport(network);
    const text = args.json ? json(report) : statsText(report, network.view);
    return { write: (out) => out(text) };
  }
  const outcome = pathBetween(network, args.authors!);
  if (!outcome.found) {
    for (const problem of outcome.problems) io.stderr(`coauthor: ${problem}\n`);
    return { status: 1 };
  }
  const text = args.json ? json(outcome.json) : outcome.text;
  return { write: (out) => out(text) };
}
