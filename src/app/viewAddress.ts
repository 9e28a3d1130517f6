import type { CoauthorGraph } from "../graph/types";
import type { SourceInput } from "../parse/index";
import type { Store } from "../state/store";
import type { AppState, Roster } from "../state/types";
import { fragmentWithoutData } from "../state/dataAddress";
import { searchWithView, viewFromSearch, type AddressedRoster, type ViewToAddress } from "../state/viewAddress";
import { rosterCandidatesOf, rosterMatcher } from "../view/roster";
import type { Scope } from "../view/types";
import type { ExplorerController } from "./controller";
import { withoutHistoryEntry } from "./viewHistory";

/** Matching a roster needs an index of every name: made once per network, and only when there is a roster. */
const matchers = new WeakMap<CoauthorGraph, ReturnType<typeof rosterMatcher>>();
function matchRoster(graph: CoauthorGraph, text: string, chosen: readonly string[]) {
  let matcher = matchers.get(graph);
  if (!matcher) matchers.set(graph, (matcher = rosterMatcher(rosterCandidatesOf(graph))));
  return matcher(text, new Set(chosen));
}

/** The people found from the names alone are found again on opening: the address carries only the ones picked by hand. */
const rosterCache = new WeakMap<Roster, AddressedRoster["chosen"]>();
function addressedRoster(graph: CoauthorGraph | null, roster: Roster, scope: Scope): AddressedRoster {
  let chosen = rosterCache.get(roster);
  if (!chosen) {
    const found = graph && roster.text.trim() !== "" ? new Set(matchRoster(graph, roster.text, []).people) : new Set<string>();
    chosen = roster.people.filter((key) => !found.has(key));
    rosterCache.set(roster, chosen);
  }
  const shown = scope.kind === "roster" ? (scope.outside ? "outside" : "among") : "no";
  return { text: roster.text, chosen, highlight: roster.highlight, shown };
}

/** The view as the address carries it (Save as HTML writes the same); the camera once a map is drawn. */
export const addressed = (state: AppState, camera: ViewToAddress["camera"] = null): ViewToAddress => {
  const { scope } = state.view.settings;
  const item = state.selection.item;
  // An author's network (?ego=) opens with its author selected: the address need not say so twice.
  const implied = scope.kind === "ego" && item.kind === "author" && item.key === scope.center;
  return {
    settings: state.view.settings,
    sizeBy: state.view.sizeBy,
    colorBy: state.view.colorBy,
    panel: state.view.panel,
    selected: implied ? { kind: "none" } : item,
    camera,
    roster: addressedRoster(state.data.graph, state.view.roster, scope),
  };
};

const sameSources = (a: readonly SourceInput[], b: readonly SourceInput[]) => a.length === b.length && a.every((source, i) => source === b[i]);

export interface ViewAddress {
  /** The address's view is not restored: the data it was made for could not be opened, and another network is shown instead. */
  forgetView(): void;
}

/**
 * The view lives in the address: filters, counting, size and colour, the open tool, the
 * selection, a roster and the camera are written there as the user works (replacing the entry:
 * they are tuning, not places, which stay viewHistory's; the camera once it comes to rest, not
 * every frame), and an address opened restores them once its network is shown. The layout is
 * seeded, so the camera finds the same people where they were. What an address asks for that
 * cannot be read, or names nobody in the data, is left out and said. The data a link carries
 * (the fragment, see addressStartup) stays in the address until other data is opened.
 */
export function mountViewAddress(store: Store<AppState>, controller: ExplorerController, notify: (message: string) => void): ViewAddress {
  const asked = viewFromSearch(location.search);
  let following = false;
  let forgotten = false;
  const write = (state: AppState) => {
    const search = searchWithView(location.search, addressed(state, state.camera));
    if (search !== location.search) history.replaceState(history.state, "", `${location.pathname}${search}${location.hash}`);
  };
  const restore = () => {
    const { view, ignored } = asked;
    const graph = store.get().data.graph!;
    if (Object.keys(view.settings).length > 0) controller.setSettings(view.settings);
    if (view.sizeBy || view.colorBy) controller.setViewState({ ...(view.sizeBy ? { sizeBy: view.sizeBy } : {}), ...(view.colorBy ? { colorBy: view.colorBy } : {}) });
    if (view.roster) restoreRoster(view.roster, graph, ignored);
    if (view.panel) controller.openPanel(view.panel);
    // An author's network in the address (?ego=) selects its author itself.
    const selected = view.selected;
    if (selected && !new URLSearchParams(location.search).has("ego")) {
      const there = selected.kind === "author" ? graph.hasNode(selected.key) : graph.hasEdge(selected.key);
      if (there) controller.select(selected);
      else ignored.push(`${selected.kind}=${selected.key} (not in the data loaded)`);
    }
    if (view.camera) controller.setCamera(view.camera);
    if (ignored.length > 0) notify(`The address asked for what could not be shown, left out: ${ignored.join(", ")}.`);
  };
  const restoreRoster = (roster: AddressedRoster, graph: CoauthorGraph, ignored: string[]) => {
    const chosen = roster.chosen.filter((key) => graph.hasNode(key));
    for (const key of roster.chosen) if (!graph.hasNode(key)) ignored.push(`roster-chosen=${key} (not in the data loaded)`);
    const { people } = matchRoster(graph, roster.text, chosen);
    const { view } = store.get();
    const scope = view.settings.scope;
    const show = roster.shown !== "no" && people.length > 0 && scope.kind === "all";
    // The roster shown is the view the link opens in, not a step the user took: no history entry of its own.
    withoutHistoryEntry(() =>
      controller.setViewState({
        roster: { text: roster.text, people, highlight: roster.highlight },
        settings: show ? { ...view.settings, scope: { kind: "roster", people, outside: roster.shown === "outside" } } : view.settings,
      }),
    );
  };
  store.subscribe((state, previous) => {
    if (state.data.graph && !previous.data.graph) {
      // After the store has told everyone of the new network, as viewHistory does.
      queueMicrotask(() => {
        if (!forgotten) restore();
        following = true;
        write(store.get());
      });
      return;
    }
    if (following && previous.data.graph && !sameSources(state.data.sources, previous.data.sources) && location.hash) {
      // Other data opened: the link's data, or the files it names, are no longer what is shown.
      history.replaceState(history.state, "", `${location.pathname}${location.search}${fragmentWithoutData(location.hash)}`);
    }
    if (following && (state.view !== previous.view || state.selection.item !== previous.selection.item || state.camera !== previous.camera)) write(store.get());
  });
  return {
    forgetView() {
      forgotten = true;
    },
  };
}
