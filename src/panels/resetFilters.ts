import { DEFAULT_VIEW_SETTINGS } from "../view/types";
import type { PanelContext } from "./types";
import { yearPlayer } from "./yearPlayer";

/** The filters back to their defaults. Counting is how papers weigh, and the scope whose network is shown: neither is a filter, both stay. */
export function resetFilters(context: PanelContext): void {
  const { counting, scope } = context.viewState.settings;
  yearPlayer.stop();
  context.setSettings({ ...DEFAULT_VIEW_SETTINGS, counting, scope });
}
