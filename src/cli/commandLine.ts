import { parseCliArgs, UsageError } from "./args";
import { commandHelp, helpText } from "./help";
import { runCli, type CliIO } from "./run";

/**
 * One call of `coauthor`, from its arguments to its exit status. Wrong usage is the message and
 * the help of the command it was meant for (of every command when that is unknown), status 2.
 */
export async function runCommandLine(argv: string[], io: CliIO): Promise<number> {
  try {
    return await runCli(parseCliArgs(argv), io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`coauthor: ${error.message}\n\n${error.command ? commandHelp(error.command) : helpText()}`);
    return 2;
  }
}
