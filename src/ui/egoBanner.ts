import type { ExplorerController } from "../app/controller";
import { dismissMissingAuthor, viewHistoryBack, viewHistoryForward } from "../app/viewHistory";
import type { Store } from "../state/store";
import type { AppState } from "../state/types";
import { plural } from "../text/plural";
import { h } from "./dom";
import "../panels/views.css";

/**
 * Over the map while one author's network is shown: whose it is, one or two steps out, Back and
 * Forward through the networks visited, and the way back to everyone. The controls are made
 * once and updated in place, so a keyboard user's focus stays on the one they pressed.
 * It also says when an address asked for an author this network does not have.
 */
export function mountEgoBanner(parent: HTMLElement, store: Store<AppState>, controller: ExplorerController): void {
  // A status: an address that names nobody is said aloud too, not only shown.
  const title = h("p", { attrs: { id: "ego-banner-title", role: "status" } });
  const depthButton = (depth: 1 | 2) =>
    h("button", {
      text: depth === 1 ? "Co-authors" : "Two steps",
      attrs: { type: "button", title: depth === 1 ? "The author and their co-authors" : "Also their co-authors' co-authors" },
      on: {
        click: () => {
          const { scope } = store.get().view.settings;
          if (scope.kind === "ego") controller.setSettings({ scope: { ...scope, depth } });
        },
      },
    });
  const oneStep = depthButton(1);
  const twoSteps = depthButton(2);
  // aria-disabled rather than disabled: a button that just took the user to the end keeps focus.
  // The arrows are decoration: the buttons are named "Back" and "Forward".
  const arrowed = (before: string, text: string, after: string, run: () => void) =>
    h(
      "button",
      { attrs: { type: "button" }, on: { click: run } },
      before && h("span", { text: before, attrs: { "aria-hidden": "true" } }),
      text,
      after && h("span", { text: after, attrs: { "aria-hidden": "true" } }),
    );
  const back = arrowed("← ", "Back", "", () => viewHistoryBack(store));
  const forward = arrowed("", "Forward", " →", () => viewHistoryForward(store));
  const everyone = h("button", { text: "Show everyone", attrs: { type: "button" }, on: { click: () => controller.setSettings({ scope: { kind: "all" } }) } });
  const controls = [
    h("div", { class: "ego-group", attrs: { role: "group", "aria-label": "How far" } }, oneStep, twoSteps),
    h("div", { class: "ego-group", attrs: { role: "group", "aria-label": "Networks visited" } }, back, forward),
    everyone,
  ];
  const dismiss = h("button", { text: "Dismiss", attrs: { type: "button" }, on: { click: () => dismissMissingAuthor(store) } });
  const banner = h("section", { class: "ego-banner", attrs: { "aria-labelledby": "ego-banner-title" } }, title, controls, dismiss);
  banner.hidden = true;
  // First in `main`: keyboard users meet it before the map and the panel it applies to.
  parent.prepend(banner);

  const update = () => {
    const { data, view, viewHistory: history } = store.get();
    const { scope } = view.settings;
    const graph = data.graph;
    const ego = graph && scope.kind === "ego" ? scope : null;
    banner.hidden = !ego && history.missing === null;
    for (const control of controls) control.hidden = !ego;
    dismiss.hidden = ego !== null || history.missing === null;
    if (!ego) {
      title.textContent =
        history.missing === null
          ? ""
          : history.several > 1
            ? `“${history.missing}” names ${history.several} authors in the data loaded: showing everyone. Search for the one you mean.`
            : `No author “${history.missing}” in the data loaded, by that id or name: showing everyone.`;
      return;
    }
    const name = graph!.hasNode(ego.center) ? graph!.getNodeAttribute(ego.center, "label") : ego.center;
    const shown = controller.derived.view.authors.size;
    title.textContent = shown === 0 ? `${name} is hidden by the filters: nobody to show.` : `Showing ${name}’s network · ${plural(shown, "author")}`;
    oneStep.setAttribute("aria-pressed", String(ego.depth === 1));
    twoSteps.setAttribute("aria-pressed", String(ego.depth === 2));
    back.setAttribute("aria-disabled", String(!history.canBack));
    forward.setAttribute("aria-disabled", String(!history.canForward));
  };
  store.subscribe((state, previous) => {
    if (state.view.settings !== previous.view.settings || state.data.graph !== previous.data.graph || state.viewHistory !== previous.viewHistory) update();
  });
  update();
}
