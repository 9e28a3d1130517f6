import { clear, createStore, getMany, set, type UseStore } from "idb-keyval";

/** The records the work in progress is kept in (see state/savedWork.ts). */
export type WorkRecord = "files" | "decisions" | "view";
const RECORDS: readonly WorkRecord[] = ["files", "decisions", "view"];

/** Where the work in progress is kept between visits. Every call may fail (storage full, refused): its caller says so. */
export interface WorkStorage {
  readAll(): Promise<Record<WorkRecord, unknown>>;
  write(record: WorkRecord, value: unknown): Promise<void>;
  clear(): Promise<void>;
}

/**
 * How long the first read may take before the page goes on without it. IndexedDB answers in a
 * few milliseconds; a database held by another tab's upgrade ("blocked") never answers, and the
 * page must not wait for it.
 */
const READ_TIMEOUT_MS = 3_000;

/**
 * The work kept in IndexedDB through idb-keyval (one object store, a record per key): bytes are
 * stored as they are, with no JSON or base64 on the way. The database is opened at the first
 * call, never at import, so a browser without IndexedDB (some private windows) fails a call,
 * not the page. `name` keys it: a page that must not share the explorer's saved work uses another.
 */
export function indexedDbWorkStorage(name = "coauthor-explorer"): WorkStorage {
  let store: UseStore | null = null;
  // createStore opens the database on first use, synchronously: indexedDB.open may throw there.
  const opened = async () => (store ??= createStore(name, "saved-work"));
  return {
    async readAll() {
      const read = opened().then((s) => getMany(RECORDS as WorkRecord[], s));
      const late = new Promise<never>((_, reject) => setTimeout(() => reject(new DOMException("IndexedDB did not answer", "TimeoutError")), READ_TIMEOUT_MS));
      const values = await Promise.race([read, late]);
      return { files: values[0], decisions: values[1], view: values[2] };
    },
    async write(record, value) {
      await set(record, value, await opened());
    },
    async clear() {
      await clear(await opened());
    },
  };
}

/** What went wrong with the storage, in the user's words. */
export function storageProblem(error: unknown): { kind: "full" | "unavailable"; message: string } {
  const name = (error as { name?: string } | null)?.name;
  if (name === "QuotaExceededError") {
    return { kind: "full", message: "This browser's storage for the explorer is full, so your work is not kept: everything works, but a reload brings back what was kept before." };
  }
  return { kind: "unavailable", message: "This browser does not let the explorer keep your work here (a private window, or storage turned off): everything works, but a reload starts afresh." };
}
