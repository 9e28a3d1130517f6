import type { Store } from "../state/store";
import type { AppState } from "../state/types";
import { plural } from "../text/plural";

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
): void {
  const { status, layoutButton, progress, progressLabel, progressBar, cancelButton } = elements;
  let showTimer: ReturnType<typeof setTimeout> | null = null;
  cancelButton.addEventListener("click", () => store.get().loading?.cancel());

  store.subscribe((state, previous) => {
    if (state.graph !== previous.graph || state.layout !== previous.layout || state.report !== previous.report) {
      const g = state.graph;
      const counts = g ? [plural(g.getAttribute("papers"), "paper"), plural(g.order, "author"), plural(g.size, "link")].join(" · ") : "";
      const warnings = state.report.warnings.length > 0 ? ` · ${plural(state.report.warnings.length, "warning")}` : "";
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
