import type { Write } from "../export/prettyJson";
import { fileErrorReason, openAtomically } from "./writeAtomically";

/** Where results go: standard output, or a file that is replaced whole or not at all. */
export interface Output {
  write: Write;
  /** Finishes the output: a file is flushed and renamed into place. Throws an OutputError. */
  finish(): Promise<void>;
  abandon(): Promise<void>;
}

/** A write to the output that failed, with the reason already worded for the user. */
export class OutputError extends Error {}

export async function openOutput(path: string | undefined, stdout: Write): Promise<Output> {
  if (path === undefined) return { write: stdout, finish: async () => {}, abandon: async () => {} };
  const failure = (error: unknown) => new OutputError(`cannot write ${path}: ${fileErrorReason(error as NodeJS.ErrnoException, true)}`);
  let file;
  try {
    file = await openAtomically(path);
  } catch (error) {
    throw failure(error);
  }
  const opened = file;
  return {
    async write(text) {
      try {
        await opened.write(text);
      } catch (error) {
        await opened.abandon();
        throw failure(error);
      }
    },
    async finish() {
      try {
        await opened.commit();
      } catch (error) {
        throw failure(error);
      }
    },
    abandon: () => opened.abandon(),
  };
}
