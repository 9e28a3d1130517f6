import { DEFAULT_VIEW_SETTINGS } from "../view/types";
import type { PanelDrafts, SelectionState, ViewHistoryStatus, ViewState } from "./types";

/** How a network is first looked at, and what *Start afresh* comes back to. */
export const DEFAULT_VIEW_STATE: ViewState = {
  settings: DEFAULT_VIEW_SETTINGS,
  sizeBy: "papers",
  colorBy: "community",
  panel: "overview",
  roster: { text: "", people: [], highlight: false },
  path: { from: null, to: null },
};

export const NO_SELECTION: SelectionState = { item: { kind: "none" }, hovered: null, panelShowsItem: false };

export const NO_DRAFTS: PanelDrafts = { pickers: {}, facetQueries: {}, roster: null, rosterOutside: false, tableActive: null };

export const VIEW_HISTORY_START: ViewHistoryStatus = { canBack: false, canForward: false, missing: null, several: 0 };
