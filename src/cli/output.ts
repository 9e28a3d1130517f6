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

// Output is gathered into pieces of this size: a streamed parse writes millions of small texts,
// and one system write each took most of its time (1.2 GB of dblp XML: 206 s).
const BUFFER_CHARS = 1 << 20;

function buffered(sink: Write): { write: Write; flush: () => Promise<void> } {
  let parts: string[] = [];
  let size = 0;
  const flush = async () => {
    if (size === 0) return;
    const text = parts.join("");
    parts = [];
    size = 0;
    await sink(text);
  };
  return {
    write(text) {
      parts.push(text);
      size += text.length;
      return size >= BUFFER_CHARS ? flush() : undefined;
    },
    flush,
  };
}

export async function openOutput(path: string | undefined, stdout: Write): Promise<Output> {
  if (path === undefined) {
    const out = buffered(stdout);
    return { write: out.write, finish: out.flush, abandon: async () => {} };
  }
  const failure = (error: unknown) => new OutputError(`cannot write ${path}: ${fileErrorReason(error as NodeJS.ErrnoException, true)}`);
  let file;
  try {
    file = await openAtomically(path);
  } catch (error) {
    throw failure(error);
  }
  const opened = file;
  const out = buffered(async (text) => {
    try {
      await opened.write(text);
    } catch (error) {
      await opened.abandon();
      throw failure(error);
    }
  });
  return {
    write: out.write,
    async finish() {
      await out.flush();
      try {
        await opened.commit();
      } catch (error) {
        throw failure(error);
      }
    },
    abandon: () => opened.abandon(),
  };
}
