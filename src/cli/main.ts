import { parseCliArgs, UsageError } from "./args";
import { HELP } from "./help";
import { runCli } from "./run";

// Entry point of `coauthor`: argv in, exit status out. No DOM anywhere below.

// `coauthor parse … | head` closes the pipe early; that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

try {
  const status = await runCli(parseCliArgs(process.argv.slice(2)), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
  process.exitCode = status;
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`coauthor: ${error.message}\n\n${HELP}`);
  process.exitCode = 2;
}
