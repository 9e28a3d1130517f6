import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { readKeptWork } from "../../../src/app/savedWork";
import { SAMPLE } from "../../../src/app/sample";
import { indexedDbWorkStorage, storageProblem, type WorkStorage } from "../../../src/app/workStorage";
import type { IdentityDecision } from "../../../src/identity/types";
import { sourceDigest } from "../../../src/load/sourceDigest";
import { DEFAULT_VIEW_STATE, NO_DRAFTS, NO_SELECTION } from "../../../src/state/initialState";
import { writeSavedDecisions, writeSavedFiles, writeSavedView, type ViewToSave } from "../../../src/state/savedWork";

const defaults: ViewToSave = { referenceDate: "2026-11-25", maxAuthors: 50, view: DEFAULT_VIEW_STATE, selection: NO_SELECTION, table: { sort: { column: "papers", descending: true }, page: null }, drafts: NO_DRAFTS, camera: null };
const listing = { name: "kims.txt", bytes: new TextEncoder().encode("LGOct 4, 2023\nPaper OneJ. Kim, Ann Lee\n") };
const pasted = { name: "pasted text", text: "LGOct 5, 2023\nPaper TwoAnn Lee, Bo Chen\n" };
const worked: ViewToSave = { ...defaults, maxAuthors: 0, view: { ...DEFAULT_VIEW_STATE, sizeBy: "coauthors" }, selection: { item: { kind: "author", key: "ann lee" }, hovered: null, panelShowsItem: true }, camera: { x: 0.4, y: 0.6, ratio: 0.25 } };
const merge: IdentityDecision = { action: "merge", people: ["j kim", "jeonghye kim"] };

let databases = 0;
/** A database of its own for each test, in fake-indexeddb's memory: no test sees another's work. */
const freshStorage = () => indexedDbWorkStorage(`test-${++databases}`);

/** An empty in-memory localStorage. */
function memoryStorage(entries: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(entries));
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k), clear: () => map.clear(), key: () => null, get length() { return map.size; } };
}

describe("the work kept in IndexedDB", () => {
  it("gives back the files, the decisions and the view written, bytes as bytes", async () => {
    const storage = freshStorage();
    const digests = [await sourceDigest(listing), await sourceDigest(pasted)];
    await storage.write("files", writeSavedFiles([listing, pasted], digests, false));
    await storage.write("decisions", writeSavedDecisions([merge], [[]]));
    await storage.write("view", writeSavedView(worked, digests));
    const kept = await readKeptWork(storage, defaults, memoryStorage());
    expect(kept).toEqual({
      sources: [listing, pasted],
      referenceDate: "2026-11-25",
      maxAuthors: 0,
      view: { view: worked.view, selection: worked.selection, table: worked.table, drafts: NO_DRAFTS, camera: { x: 0.4, y: 0.6, ratio: 0.25 } },
      decisions: { version: 1, decisions: [merge], history: [[]] },
      ignored: [],
      problem: null,
    });
    expect(kept.sources![0]).toHaveProperty("bytes", expect.any(Uint8Array));
  });

  it("opens the sample as the sample, with its view", async () => {
    const storage = freshStorage();
    await storage.write("files", writeSavedFiles([SAMPLE], [], true));
    await storage.write("view", writeSavedView(worked, []));
    const kept = await readKeptWork(storage, defaults, memoryStorage());
    expect(kept.sources).toEqual([SAMPLE]);
    expect(kept.sources![0]).toBe(SAMPLE);
    expect(kept.view?.view.sizeBy).toBe("coauthors");
  });

  it("leaves out a file whose content is not what was kept, and still lays the view kept over the others", async () => {
    const storage = freshStorage();
    const digests = [await sourceDigest(listing), await sourceDigest(pasted)];
    const record = writeSavedFiles([listing, pasted], digests, false);
    (record.files[1] as { text: string }).text = "LGOct 5, 2023\nPaper TwoAnn Lee, Bo Chan\n";
    await storage.write("files", record);
    await storage.write("view", writeSavedView(worked, digests));
    const kept = await readKeptWork(storage, defaults, memoryStorage());
    expect(kept.sources).toEqual([listing]);
    expect(kept.ignored).toEqual(["pasted text (damaged: its content is not what was kept)"]);
    expect(kept.view).toEqual({ view: worked.view, selection: worked.selection, table: worked.table, drafts: NO_DRAFTS, camera: { x: 0.4, y: 0.6, ratio: 0.25 } });
  });

  it("does not lay a view over files it was not of", async () => {
    const storage = freshStorage();
    await storage.write("files", writeSavedFiles([listing], [await sourceDigest(listing)], false));
    await storage.write("view", writeSavedView(worked, [await sourceDigest(pasted)]));
    const kept = await readKeptWork(storage, defaults, memoryStorage());
    expect(kept.sources).toEqual([listing]);
    expect(kept.view).toBeNull();
    expect(kept.maxAuthors).toBeNull();
  });

  it("reads the decisions an older version kept in localStorage when IndexedDB has none", async () => {
    const legacy = memoryStorage({ "coauthor-explorer.identity-decisions": JSON.stringify({ format: "coauthor-explorer-identities", version: 1, decisions: [merge] }) });
    const kept = await readKeptWork(freshStorage(), defaults, legacy);
    expect(kept).toEqual({ sources: null, referenceDate: null, maxAuthors: null, view: null, decisions: { version: 1, decisions: [merge], history: [] }, ignored: [], problem: null });
  });

  it("says why when the storage cannot be read at all, and never throws", async () => {
    const refused: WorkStorage = {
      readAll: () => Promise.reject(new DOMException("The user denied permission to access the database.", "InvalidStateError")),
      write: () => Promise.reject(new DOMException("", "QuotaExceededError")),
      clear: () => Promise.resolve(),
    };
    const kept = await readKeptWork(refused, defaults, memoryStorage());
    expect(kept.sources).toBeNull();
    expect(kept.problem).toBe("This browser does not let the explorer keep your work here (a private window, or storage turned off): everything works, but a reload starts afresh.");
    await refused.write("view", {}).catch((error: unknown) => expect(storageProblem(error).kind).toBe("full"));
  });
});
