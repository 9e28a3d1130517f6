import type { Store } from "../state/store";
import type { AppState } from "../state/types";
import { plural } from "../text/plural";
import type { GraphView } from "../view/types";

const LAYOUT_TEXT: Record<AppState["layout"], string> = {
  idle: "",
  running: "Laying out…",
  settled: "Layout settled",
  stopped: "Layout stopped",
  failed: "Layout failed",
};

/**
 * What the layout button says, and its title, by status. Once the layout has settled, running it
 * again is offered as what it is: ForceAtlas2 goes on from where the authors shown are now
 * (`LayoutRunner.start`), not from the start, and stops when they settle again.
 */
export const LAYOUT_BUTTON: Record<AppState["layout"], { label: string; title: string }> = {
  idle: { label: "Run layout", title: "Lay the authors out with ForceAtlas2" },
  running: { label: "Stop layout", title: "Stop laying out: the authors stay where they are now" },
  settled: {
    label: "Run layout again",
    title: "The layout has settled. Running it again goes on from where the authors shown are now (ForceAtlas2, then overlap removal) until they settle again.",
  },
  stopped: { label: "Run layout", title: "Go on laying out from where the authors shown are now, until they settle" },
  failed: { label: "Run layout", title: "Try the layout again from where the authors shown are now" },
};

/** The counts line, the layout button's label and the loading overlay with its progress bar. */
export function mountStatusView(
  elements: { status: HTMLElement; layoutButton: HTMLButtonElement; progress: HTMLElement; progressLabel: HTMLElement; progressBar: HTMLProgressElement; cancelButton: HTMLButtonElement },
  store: Store<AppState>,
  view: () => GraphView | null,
): void {
  const { status, layoutButton, progress, progressLabel, progressBar, cancelButton } = elements;
  let showTimer: ReturnType<typeof setTimeout> | null = null;
  cancelButton.addEventListener("click", () => store.get().loading?.cancel());

  store.subscribe((state, previous) => {
    const { data } = state;
    if (data.graph !== previous.data.graph || state.view.settings !== previous.view.settings || state.layout !== previous.layout || data.report !== previous.data.report) {
      const g = data.graph;
      const v = g ? view() : null;
      // Papers without authors are in no network: they are said apart, not counted as hidden.
      const counts =
        g && v
          ? [
              !g.getAttribute("network") && shownOf(v.papers.size, g.getAttribute("papers") - v.withoutAuthors, "paper"),
              shownOf(v.authors.size, g.order, "author"),
              shownOf(v.links.size, g.size, "link"),
              v.withoutAuthors > 0 && `${plural(v.withoutAuthors, "paper")} without authors`,
            ]
              .filter(Boolean)
              .join(" · ")
          : "";
      const warnings = data.report.warnings.length > 0 ? ` · ${plural(data.report.warnings.length, "warning")}` : "";
      status.textContent = [counts + warnings, LAYOUT_TEXT[state.layout]].filter(Boolean).join(" — ");
      layoutButton.textContent = LAYOUT_BUTTON[state.layout].label;
      layoutButton.title = LAYOUT_BUTTON[state.layout].title;
      layoutButton.disabled = !g;
    }
    if (state.loading !== previous.loading) {
      if (state.loading) {
        progressLabel.textContent = state.loading.label;
        progressBar.value = state.loading.fraction;
        // Only loads that take a while get the overlay; quick ones would just flash.
        showTimer ??= setTimeout(() => (progress.hidden = false), 150);
      } else {
        if (showTimer) clearTimeout(showTimer);
        showTimer = null;
        progress.hidden = true;
      }
    }
  });
}

/** "16 authors", or "12 of 16 authors" when some are hidden. */
function shownOf(shown: number, total: number, noun: string): string {
  return shown === total ? plural(total, noun) : `${shown.toLocaleString("en")} of ${plural(total, noun)}`;
}
