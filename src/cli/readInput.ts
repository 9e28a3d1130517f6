import { readFile } from "node:fs/promises";
import { readDecisionsFile } from "../identity/decisionsFile";
import type { IdentityDecision } from "../identity/types";
import { readPapers, type PapersRead } from "../load/readPapers";
import type { InputFormat, SourceInput } from "../parse/index";
import type { CliArgs } from "./args";
import type { CliIO } from "./run";
import { fileErrorReason } from "./writeAtomically";

/**
 * Reads the files and the identity decisions as every command but a streamed one does: one
 * file that cannot be read does not stop the others, and each problem is a line through `fail`.
 * Null when the identity decisions cannot be used: nothing is read then.
 */
export async function readInput(args: CliArgs, referenceDate: string, io: CliIO, fail: (message: string) => void): Promise<InputRead | null> {
  const decisions = args.identities === undefined ? [] : await readIdentities(args.identities, fail);
  if (decisions === null) return null;
  const sources: SourceInput[] = [];
  for (const file of args.files) {
    try {
      sources.push(file === "-" ? { name: "stdin", bytes: await io.stdin() } : { name: file, bytes: await readFile(file) });
    } catch (error) {
      fail(`cannot read ${file}: ${fileErrorReason(error as NodeJS.ErrnoException, false)}`);
    }
  }
  const read = readPapers(sources, { format: (args.from ?? "auto") as InputFormat, referenceDate, decisions });
  for (const { file, message } of read.errors) fail(`${file}: ${message}`);
  for (const { decision, reason } of read.identity.unapplied) io.stderr(`coauthor: identity decision not applied (${reason}): ${JSON.stringify(decision)}\n`);
  return { ...read, sources, decisions };
}

/** The papers read, with the inputs they came from and the identity decisions applied: a figure's recipe names them. */
export type InputRead = PapersRead & { sources: SourceInput[]; decisions: IdentityDecision[] };

async function readIdentities(path: string, fail: (message: string) => void): Promise<IdentityDecision[] | null> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    fail(`cannot read ${path}: ${fileErrorReason(error as NodeJS.ErrnoException, false)}`);
    return null;
  }
  const { decisions, problems } = readDecisionsFile(text);
  if (decisions.length === 0 && problems.length > 0) {
    fail(`${path}: ${problems[0]}`);
    return null;
  }
  for (const problem of problems) fail(`${path}: ${problem}`);
  return decisions;
}
