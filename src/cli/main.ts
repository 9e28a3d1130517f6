import { runCommandLine } from "./commandLine";

// Entry point of `coauthor`: argv in, exit status out. No DOM anywhere below.

// `coauthor parse … | head` closes the pipe early; that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

try {
  process.exitCode = await runCommandLine(process.argv.slice(2), {
    // Waits when the pipe is full, so a huge output never piles up in memory.
    stdout: (text) => (process.stdout.write(text) ? undefined : new Promise<void>((resolve) => process.stdout.once("drain", () => resolve()))),
    stderr: (text) => process.stderr.write(text),
    stdin: readStdin,
  });
} catch (error) {
  // Input problems are warnings and errors above; reaching here is a bug, said in one line.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`coauthor: unexpected failure: ${message}${process.env.COAUTHOR_DEBUG ? `\n${(error as Error).stack}` : " (set COAUTHOR_DEBUG=1 for details)"}\n`);
  process.exitCode = 1;
}
