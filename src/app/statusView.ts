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
              shownOf(v.papers.size, g.getAttribute("papers") - v.withoutAuthors, "paper"),
              shownOf(v.authors.size, g.order, "author"),
              shownOf(v.links.size, g.size, "link"),
              v.withoutAuthors > 0 && `${plural(v.withoutAuthors, "paper")} without authors`,
            ]
              .filter(Boolean)
              .join(" · ")
          : "";
      const warnings = data.report.warnings.length > 0 ? ` · ${plural(data.report.warnings.length, "warning")}` : "";
      status.textContent = [counts + warnings, LAYOUT_TEXT[state.layout]].filter(Boolean).join(" — ");
      layoutButton.textContent = state.layout === "running" ? "Stop layout" : "Run layout";
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
