import { describe, expect, it } from "vitest";
import type { IdentityDecision } from "../../../src/identity/types";
import { NO_DRAFTS, NO_SELECTION, DEFAULT_VIEW_STATE } from "../../../src/state/initialState";
import { readSavedDecisions, readSavedFiles, readSavedView, writeSavedDecisions, writeSavedFiles, writeSavedView, type ViewToSave } from "../../../src/state/savedWork";

const DIGEST_A = "a".repeat(64);
const DIGEST_B = "b".repeat(64);

const defaults: ViewToSave = {
  referenceDate: "2026-11-25",
  maxAuthors: 50,
  view: DEFAULT_VIEW_STATE,
  selection: NO_SELECTION,
  table: { sort: { column: "papers", descending: true }, page: null },
  drafts: NO_DRAFTS,
  camera: null,
};

/** A view worked on: every slice away from its default. */
const worked: ViewToSave = {
  referenceDate: "2025-01-31",
  maxAuthors: 0,
  view: {
    settings: { ...DEFAULT_VIEW_STATE.settings, counting: "fractional", minPapers: 2, years: [2023, 2024], venues: ["NeurIPS"], scope: { kind: "ego", center: "ann lee", depth: 2 } },
    sizeBy: "coauthors",
    colorBy: "firstYear",
    panel: "table",
    roster: { text: "Ann Lee\nBo Chen", people: ["ann lee", "bo chen"], highlight: true },
    path: { from: "ann lee", to: null },
  },
  selection: { item: { kind: "author", key: "bo chen" }, hovered: "ann lee", panelShowsItem: false },
  table: { sort: { column: "name", descending: false }, page: 3 },
  drafts: { pickers: { "path-to-input": "Jeong" }, facetQueries: { venues: "neur" }, roster: "Ann Lee\nBo", rosterOutside: true, tableActive: "bo chen" },
  camera: { x: 0.25, y: 0.75, ratio: 0.5 },
};

describe("the saved work's view record", () => {
  it("writes the view, the selection without the hover, the table, the drafts and the files it is of", () => {
    expect(writeSavedView(worked, [DIGEST_A])).toEqual({
      version: 1,
      referenceDate: "2025-01-31",
      maxAuthors: 0,
      view: worked.view,
      selection: { item: { kind: "author", key: "bo chen" }, panelShowsItem: false },
      table: { sort: { column: "name", descending: false }, page: 3 },
      drafts: worked.drafts,
      camera: { x: 0.25, y: 0.75, ratio: 0.5 },
      files: [DIGEST_A],
    });
  });

  it("reads back what it wrote, the hover let go", () => {
    const record = structuredClone(writeSavedView(worked, [DIGEST_A, DIGEST_B]));
    expect(readSavedView(record, defaults)).toEqual({ value: { ...worked, selection: { ...worked.selection, hovered: null }, files: [DIGEST_A, DIGEST_B] }, ignored: [] });
  });

  it("keeps a network file's own colours as the colour choice", () => {
    const record = writeSavedView({ ...worked, view: { ...worked.view, colorBy: "file" } }, [DIGEST_A]);
    expect(readSavedView(record, defaults).value?.view.colorBy).toBe("file");
  });

  it("keeps what an older record has and gives the rest their defaults, saying nothing of what it never had", () => {
    const older = { version: 0, view: { settings: { minPapers: 3 }, panel: "filters" }, selection: { item: { kind: "link", key: "ann lee|bo chen" } } };
    expect(readSavedView(older, defaults)).toEqual({
      value: {
        ...defaults,
        view: { ...DEFAULT_VIEW_STATE, settings: { ...DEFAULT_VIEW_STATE.settings, minPapers: 3 }, panel: "filters" },
        selection: { item: { kind: "link", key: "ann lee|bo chen" }, hovered: null, panelShowsItem: true },
        files: [],
      },
      ignored: [],
    });
  });

  it("keeps the fields that read from a damaged record and names the others", () => {
    const damaged = {
      version: 1,
      referenceDate: "yesterday",
      maxAuthors: -1,
      view: { settings: { counting: "half", minPapers: 2, years: [2024, 2020], scope: { kind: "ego", center: "ann lee", depth: 3 } }, sizeBy: "charisma", colorBy: "community", panel: "table" },
      selection: { item: { kind: "author" } },
      table: { sort: { column: "papers" }, page: 1.5 },
      drafts: { pickers: { a: 1 }, roster: "Ann", rosterOutside: "yes" },
      // Zoomed 100× past sigma's closest: no view.
      camera: { x: 0.5, y: 0.5, ratio: 0.0005 },
      files: "all",
    };
    const { value, ignored } = readSavedView(damaged, defaults);
    expect(ignored).toEqual([
      "counting",
      "years",
      "whose network",
      "size by",
      "selection",
      "table sort",
      "table page",
      "text typed in the path's pickers",
      "roster's outside collaborators",
      "reference date",
      "most authors for a paper to add links",
      "where the map looked",
      "which files the view is of",
    ]);
    expect(value).toEqual({
      ...defaults,
      view: { ...DEFAULT_VIEW_STATE, settings: { ...DEFAULT_VIEW_STATE.settings, minPapers: 2 }, panel: "table" },
      drafts: { ...NO_DRAFTS, roster: "Ann" },
      files: [],
    });
  });

  it("reads no view from what is not a record, and says so only when there was something", () => {
    expect(readSavedView(undefined, defaults)).toEqual({ value: null, ignored: [] });
    expect(readSavedView("{\"view\":", defaults)).toEqual({ value: null, ignored: ["the view kept (not a record of a view)"] });
  });

  it("reads a newer version's record as far as it can, and says it was newer", () => {
    expect(readSavedView({ version: 2, view: { sizeBy: "degree", camera: { x: 1 } } }, defaults)).toEqual({
      value: { ...defaults, view: { ...DEFAULT_VIEW_STATE, sizeBy: "degree" }, files: [] },
      ignored: ["the view kept was kept by a newer version (2): read as far as this one can"],
    });
  });
});

describe("the saved work's files record", () => {
  const bytes = new Uint8Array([0x41, 0x42]);

  it("writes each file's bytes or text with its SHA-256, and no file for the sample", () => {
    expect(writeSavedFiles([{ name: "a.bib", bytes }, { name: "pasted text", text: "LG…" }], [DIGEST_A, DIGEST_B], false)).toEqual({
      version: 1,
      sample: false,
      files: [
        { name: "a.bib", sha256: DIGEST_A, bytes },
        { name: "pasted text", sha256: DIGEST_B, text: "LG…" },
      ],
    });
    expect(writeSavedFiles([{ name: "sample-listing.txt", text: "…" }], [], true)).toEqual({ version: 1, sample: true, files: [] });
  });

  it("keeps the files that read and names the damaged ones", () => {
    const record = { version: 1, sample: false, files: [{ name: "a.bib", sha256: DIGEST_A, bytes }, { name: "b.ris", sha256: "short", text: "TY" }, 7, { name: "c.txt", sha256: DIGEST_B }] };
    expect(readSavedFiles(record)).toEqual({ value: { sample: false, files: [{ name: "a.bib", sha256: DIGEST_A, bytes }] }, ignored: ["file b.ris (damaged)", "file 3 (damaged)", "file c.txt (damaged)"] });
  });

  it("reads no files when none is left, and the sample as the sample", () => {
    expect(readSavedFiles({ version: 1, sample: false, files: [{ name: "a.bib" }] })).toEqual({ value: null, ignored: ["file a.bib (damaged)"] });
    expect(readSavedFiles({ version: 1, sample: false, files: [] })).toEqual({ value: null, ignored: ["the files kept (none)"] });
    expect(readSavedFiles({ files: "a.bib" })).toEqual({ value: null, ignored: ["the files kept (not a record of files)"] });
    expect(readSavedFiles({ version: 1, sample: true, files: [] })).toEqual({ value: { sample: true, files: [] }, ignored: [] });
    expect(readSavedFiles(undefined)).toEqual({ value: null, ignored: [] });
  });
});

describe("the saved work's identity decisions", () => {
  const merge: IdentityDecision = { action: "merge", people: ["j kim", "jeonghye kim"], labels: ["J. Kim", "Jeonghye Kim"] };
  const split: IdentityDecision = { action: "split", person: "ann lee", spelling: "A. Lee" };

  it("writes the decisions and the undo history, and reads them back", () => {
    const record = writeSavedDecisions([merge, split], [[], [merge]]);
    expect(record).toEqual({ version: 1, decisions: [merge, split], history: [[], [merge]] });
    expect(readSavedDecisions(structuredClone(record))).toEqual({ value: record, ignored: [] });
  });

  it("reads the decisions file an older version kept in localStorage", () => {
    const text = JSON.stringify({ format: "coauthor-explorer-identities", version: 1, decisions: [split] });
    expect(readSavedDecisions(text)).toEqual({ value: { version: 1, decisions: [split], history: [] }, ignored: [] });
  });

  it("skips the decisions that make no sense and a damaged history, and keeps the rest", () => {
    expect(readSavedDecisions({ version: 1, decisions: [merge, { action: "merge", people: ["x", "x"] }], history: [[split], "oops"] })).toEqual({
      value: { version: 1, decisions: [merge], history: [[split]] },
      ignored: [
        'identity decisions: decision 2 is neither {"action": "merge", "people": [id, id]} nor {"action": "split", "person": id, "spelling": name}; skipped',
        "part of the undo history of identity decisions",
      ],
    });
    expect(readSavedDecisions(42)).toEqual({ value: { version: 1, decisions: [], history: [] }, ignored: ["the identity decisions kept (not a record of decisions)"] });
  });
});
