import { open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Writes a file so that it is either the old file or the whole new one, never half of it: the
 * text goes to a temporary file beside it, is flushed to the disk, and is then renamed into
 * place. A crash, a kill or a full disk leaves the previous file as it was.
 */
export async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let handle;
  try {
    handle = await open(temporary, "wx");
    await handle.writeFile(text);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temporary, path);
  } catch (error) {
    await handle?.close().catch(() => {});
    await unlink(temporary).catch(() => {});
    throw error;
  }
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
