import { readDecisionsFile, writeDecisionsFile } from "../identity/decisionsFile";
import type { IdentityDecision } from "../identity/types";
import type { Store } from "../state/store";
import type { AppState } from "../state/types";

const KEY = "coauthor-explorer.identity-decisions";

/**
 * Identity decisions are kept in this browser (never sent anywhere), so reopening the explorer
 * on the same files applies them again, as loading a saved decisions file does.
 */
export function rememberedDecisions(storage: Storage | undefined = globalThis.localStorage): IdentityDecision[] {
  try {
    const text = storage?.getItem(KEY);
    return text ? readDecisionsFile(text).decisions : [];
  } catch {
    return []; // storage refused (private mode, disabled): start without
  }
}

export function rememberDecisions(store: Store<AppState>, storage: Storage | undefined = globalThis.localStorage): void {
  store.subscribe((state, previous) => {
    if (state.data.decisions === previous.data.decisions) return;
    try {
      if (state.data.decisions.length === 0) storage?.removeItem(KEY);
      else storage?.setItem(KEY, writeDecisionsFile(state.data.decisions));
    } catch {
      // Storage full or refused: the decisions still hold for this visit.
    }
  });
}
