import { authorByName } from "../search/authorByName";
import type { Store } from "../state/store";
import type { AppState, ViewHistoryStatus } from "../state/types";
import type { Scope } from "../view/types";
import type { ExplorerController } from "./controller";

/** What one browser history entry of ours holds: the scope shown, and where the entry is in our list. */
export interface ViewHistoryEntry {
  scope: Scope;
  index: number;
}

/** Where our entries live in `history.state`, beside anything else there. */
const STATE_KEY = "coauthorView";

/** An author's network asked for in the address: `?ego=<person id or name>&depth=1` (depth 1 when missing or odd). */
export function egoFromSearch(search: string): Extract<Scope, { kind: "ego" }> | null {
  const params = new URLSearchParams(search);
  const center = params.get("ego");
  if (!center) return null;
  return { kind: "ego", center, depth: params.get("depth") === "2" ? 2 : 1 };
}

/** The address's query for a scope: ego and depth for an author's network, none otherwise; other parameters kept as they are. */
export function searchForScope(search: string, scope: Scope): string {
  const params = new URLSearchParams(search);
  params.delete("ego");
  params.delete("depth");
  if (scope.kind === "ego") {
    params.set("ego", scope.center);
    params.set("depth", String(scope.depth));
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

export function sameScope(a: Scope, b: Scope): boolean {
  if (a.kind === "ego" && b.kind === "ego") return a.center === b.center && a.depth === b.depth;
  if (a.kind === "roster" && b.kind === "roster") return a.outside === b.outside && a.people.length === b.people.length && a.people.every((p, i) => p === b.people[i]);
  return a.kind === "all" && b.kind === "all";
}

/** Our entry in a history state, or null when the state is not ours (another page's, or made by hand). */
export function entryOf(state: unknown): ViewHistoryEntry | null {
  const entry = (state as Record<string, unknown> | null)?.[STATE_KEY] as Partial<ViewHistoryEntry> | undefined;
  if (!entry || typeof entry.index !== "number" || !Number.isInteger(entry.index) || entry.index < 0) return null;
  return isScope(entry.scope) ? { scope: entry.scope, index: entry.index } : null;
}

function isScope(scope: unknown): scope is Scope {
  const s = scope as Record<string, unknown> | null;
  if (!s) return false;
  if (s.kind === "all") return true;
  if (s.kind === "ego") return typeof s.center === "string" && (s.depth === 1 || s.depth === 2);
  return s.kind === "roster" && Array.isArray(s.people) && s.people.every((p) => typeof p === "string") && typeof s.outside === "boolean";
}

/**
 * What the ego banner shows of the history lives in the store (state.viewHistory). Set a
 * microtask later: most changes come from within a store change (a scope pushed), and a change
 * made from within one would tell the listeners after this one of an older state.
 */
function setStatus(store: Store<AppState>, patch: Partial<ViewHistoryStatus>): void {
  queueMicrotask(() => {
    const status = store.get().viewHistory;
    const next = { ...status, ...patch };
    if ((Object.keys(next) as (keyof ViewHistoryStatus)[]).some((key) => next[key] !== status[key])) store.set({ viewHistory: next });
  });
}

export function dismissMissingAuthor(store: Store<AppState>): void {
  setStatus(store, { missing: null, several: 0 });
}

/** While true, a change of scope replaces the current entry rather than adding one. */
let replacing = false;

/**
 * Runs a change of scope that is not a step of the user's own (the view a link opens in): it
 * replaces the current history entry, so Back does not lead to the view before it.
 */
export function withoutHistoryEntry(change: () => void): void {
  replacing = true;
  try {
    change();
  } finally {
    replacing = false;
  }
}

/** The browser's Back and Forward, which come back to us as popstate; nothing when there is nothing there of ours. */
export function viewHistoryBack(store: Store<AppState>): void {
  if (store.get().viewHistory.canBack) history.back();
}

export function viewHistoryForward(store: Store<AppState>): void {
  if (store.get().viewHistory.canForward) history.forward();
}

/**
 * Each change of scope (an author's network, a roster, everyone) is a browser history entry,
 * with the author's network in the address, so Back and Forward, in the browser or on the
 * banner, walk through the authors visited. An address with `?ego=` opens in that view once
 * the network is loaded. Only filters are not history: they are tuning, not places.
 */
export function mountViewHistory(store: Store<AppState>, controller: ExplorerController): void {
  const initial = entryOf(history.state);
  // Our entries are numbered from the first one of this page; Forward leads to `last` at most.
  let index = initial?.index ?? 0;
  let last = index;
  let restoring = false;
  const startAt = egoFromSearch(location.search);
  const urlFor = (scope: Scope) => `${location.pathname}${searchForScope(location.search, scope)}${location.hash}`;
  const write = (method: "pushState" | "replaceState", scope: Scope) => {
    const entry: ViewHistoryEntry = { scope, index };
    history[method]({ ...(history.state as object | null), [STATE_KEY]: entry }, "", urlFor(scope));
    setStatus(store, { canBack: index > 0, canForward: index < last });
  };
  const apply = (scope: Scope) => {
    restoring = true;
    try {
      controller.setSettings({ scope });
    } finally {
      restoring = false;
    }
  };
  /**
   * A scope from an address or an entry, its author found by person id or by name (an address
   * is typed by hand: "?ego=Jeonghye Kim"), or everyone, with a word why, when nobody is.
   */
  const available = (scope: Scope): Scope => {
    const graph = store.get().data.graph;
    if (scope.kind !== "ego" || !graph || graph.hasNode(scope.center)) return scope;
    const named = authorByName(graph, scope.center);
    if (named.kind === "found") return { ...scope, center: named.key };
    setStatus(store, { missing: scope.center, several: named.kind === "several" ? named.count : 0 });
    return { kind: "all" };
  };

  // The address keeps its ?ego= until the network is loaded and the view can follow it.
  write("replaceState", startAt ?? { kind: "all" });
  store.subscribe((state, previous) => {
    if (state.data.graph && !previous.data.graph && startAt) {
      // After the store has told everyone of the new network, not from within that change.
      queueMicrotask(() => {
        const scope = available(startAt);
        apply(scope);
        write("replaceState", scope);
        // The address names an author: her panel opens with her network, as a click on her would.
        if (scope.kind === "ego") controller.select({ kind: "author", key: scope.center });
      });
      return;
    }
    const scope = state.view.settings.scope;
    if (restoring || sameScope(scope, previous.view.settings.scope)) return;
    if (state.viewHistory.missing !== null) setStatus(store, { missing: null, several: 0 });
    if (replacing) return write("replaceState", scope);
    index += 1;
    last = index;
    write("pushState", scope);
  });
  window.addEventListener("popstate", (event) => {
    const entry = entryOf(event.state);
    if (!entry) return;
    index = entry.index;
    last = Math.max(last, index);
    const scope = available(entry.scope);
    apply(scope);
    if (scope !== entry.scope) write("replaceState", scope);
    else setStatus(store, { canBack: index > 0, canForward: index < last });
  });
}
