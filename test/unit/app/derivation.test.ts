import { describe, expect, it } from "vitest";
import { Derivation } from "../../../src/app/derivation";
import { seedPositions } from "../../../src/layout/seed";
import type { MeasureId } from "../../../src/measures/measures";
import { NO_DRAFTS, VIEW_HISTORY_START } from "../../../src/state/initialState";
import type { AppState } from "../../../src/state/types";
import { DEFAULT_VIEW_SETTINGS } from "../../../src/view/types";
import { graphOf, samplePapers } from "../../support/papers";

/** The app's state over the sample, sized by `sizeBy`; what the derivation reads of it. */
function sampleState(sizeBy: MeasureId): AppState {
  const papers = samplePapers();
  const graph = graphOf(papers);
  seedPositions(graph);
  return {
    data: { sources: [], referenceDate: "2026-11-25", maxAuthors: 0, decisions: [], decisionHistory: [], papers: new Map(papers.map((p) => [p.id, p])), report: {} as AppState["data"]["report"], graph },
    view: { settings: DEFAULT_VIEW_SETTINGS, sizeBy, colorBy: "community", panel: "overview", roster: { text: "", people: [], highlight: false }, path: { from: null, to: null } },
    selection: { item: { kind: "none" }, hovered: null, panelShowsItem: false },
    table: { sort: { column: "papers", descending: true }, page: null },
    drafts: NO_DRAFTS,
    viewHistory: VIEW_HISTORY_START,
    analysis: null,
    layout: "settled",
    loading: null,
    camera: null,
  };
}

describe("the visuals derived from the state", () => {
  it("stay the same object when betweenness arrives and neither size nor colour shows it", () => {
    let state = sampleState("papers");
    const derived = new Derivation(() => state);
    const before = derived.visuals;
    state = { ...state, analysis: { view: derived.view, betweenness: new Map([["jeonghye kim", 0.876]]), exact: true, sources: 16, error: 0 } };
    expect(derived.visuals).toBe(before);
  });

  it("are made again when it arrives and size shows it: the author with most betweenness is drawn biggest", () => {
    let state = sampleState("betweenness");
    const derived = new Derivation(() => state);
    const before = derived.visuals;
    // Before betweenness is known, every author has the size of no value.
    expect(before.nodes.get("jeonghye kim")!.size).toBe(before.nodes.get("minhae oh")!.size);
    state = { ...state, analysis: { view: derived.view, betweenness: new Map([["jeonghye kim", 0.876], ["minhae oh", 0]]), exact: true, sources: 16, error: 0 } };
    const after = derived.visuals;
    expect(after).not.toBe(before);
    expect(after.nodes.get("jeonghye kim")!.size).toBeGreaterThan(after.nodes.get("minhae oh")!.size);
  });
});
