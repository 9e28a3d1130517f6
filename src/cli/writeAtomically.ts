import { open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** A file being written that appears whole, or not at all. */
export interface AtomicFile {
  write(text: string | Uint8Array): Promise<void>;
  /** Flushes it to the disk and renames it into place. */
  commit(): Promise<void>;
  /** Removes what was written; the previous file, if any, is untouched. */
  abandon(): Promise<void>;
}

/**
 * Opens a file so that it is either the old file or the whole new one, never half of it: the
 * text goes to a temporary file beside it, is flushed to the disk, and is then renamed into
 * place. A crash, a kill or a full disk leaves the previous file as it was.
 */
export async function openAtomically(path: string): Promise<AtomicFile> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const handle = await open(temporary, "wx");
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  const abandon = async () => {
    await close().catch(() => {});
    await unlink(temporary).catch(() => {});
  };
  return {
    async write(text) {
      await (typeof text === "string" ? handle.write(text) : handle.write(text));
    },
    async commit() {
      try {
        await handle.sync();
        await close();
        await rename(temporary, path);
      } catch (error) {
        await abandon();
        throw error;
      }
    },
    abandon,
  };
}

/** What went wrong with a file, in a few words a user understands. */
export function fileErrorReason(error: NodeJS.ErrnoException, writing: boolean): string {
  const reasons: Record<string, string> = {
    ENOENT: writing ? "no such directory" : "no such file",
    ENOTDIR: writing ? "no such directory" : "no such file",
    EACCES: "permission denied",
    EPERM: "permission denied",
    EISDIR: "it is a directory",
    ENOSPC: "no space left on the disk",
    EDQUOT: "disk quota exceeded",
    EROFS: "read-only file system",
    EMFILE: "too many open files",
  };
  return reasons[error.code ?? ""] ?? error.message;
}
