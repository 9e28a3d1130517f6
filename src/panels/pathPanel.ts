import type { CoauthorGraph } from "../graph/types";
import type { Paper } from "../parse/types";
import { plural } from "../text/plural";
import { authorPicker } from "../ui/authorPicker";
import { h } from "../ui/dom";
import { deriveView } from "../view/derive";
import { collaborationPath, type CollaborationPath } from "../view/path";
import { DEFAULT_VIEW_SETTINGS, type GraphView } from "../view/types";
import { formatWeight } from "./format";
import type { PanelContext } from "./types";
import "./views.css";

const FROM = "path-from-input";
const TO = "path-to-input";

/** Collaboration path: two authors, the shortest chain of co-authors between them, the paper behind each step. */
export function pathPanel(context: PanelContext): HTMLElement {
  const { from, to } = context.viewState.path;
  const label = (key: string | null) => (key !== null && context.graph.hasNode(key) ? context.graph.getNodeAttribute(key, "label") : "");
  const setDraft = (id: string, text: string | null) => {
    const { [id]: _forgotten, ...others } = context.drafts.pickers;
    context.setDrafts({ pickers: text === null ? others : { ...others, [id]: text } });
  };
  const setEnds = (ends: { from: string | null; to: string | null }) => {
    // After a swap or a clear, both pickers show their authors again.
    setDraft(FROM, null);
    setDraft(TO, null);
    context.setViewState({ path: ends });
  };
  const picker = (id: string, text: string, value: string | null, pick: (key: string) => void) =>
    authorPicker({ id, label: text, value: label(value), index: () => context.searchIndex, onPick: pick, draft: context.drafts.pickers[id], onDraft: (draft) => setDraft(id, draft) });

  return h(
    "section",
    { class: "panel-path", attrs: { "aria-label": "Collaboration path" } },
    h("h2", { text: "Collaboration path", attrs: { tabindex: "-1" } }),
    h("p", { class: "hint", text: "Pick two authors: the shortest chain of co-authors between them is highlighted on the map, with the paper behind each step." }),
    h(
      "div",
      { class: "path-ends" },
      picker(FROM, "From", from, (key) => context.setViewState({ path: { from: key, to } })),
      picker(TO, "To", to, (key) => context.setViewState({ path: { from, to: key } })),
      h(
        "div",
        { class: "path-actions" },
        h("button", { text: "Swap", attrs: { "data-focus-key": "path-swap", title: "Swap the two authors" }, disabled: from === null && to === null, on: { click: () => setEnds({ from: to, to: from }) } }),
        h("button", { text: "Clear", attrs: { "data-focus-key": "path-clear" }, disabled: from === null && to === null, on: { click: () => setEnds({ from: null, to: null }) } }),
      ),
    ),
    pathResult(context, from, to),
  );
}

function pathResult(context: PanelContext, from: string | null, to: string | null): HTMLElement | null {
  if (from === null || to === null) return h("p", { class: "muted", text: from === null && to === null ? "No authors picked yet." : "Pick a second author." });
  const { graph, view, path } = context;
  const name = (key: string) => (graph.hasNode(key) ? graph.getNodeAttribute(key, "label") : key);
  if (from === to) return h("p", { class: "muted", text: `${name(from)} at both ends: pick two different authors.` });
  if (path) return chain(context, path);
  const hiddenEnds = [from, to].filter((key) => !view.authors.has(key)).map(name);
  const inView = hiddenEnds.length > 0 ? `${hiddenEnds.join(" and ")} ${hiddenEnds.length === 1 ? "is" : "are"} hidden in this view.` : `No chain of co-authors links ${name(from)} and ${name(to)} in this view.`;
  if (view.hidden.authors === 0 && view.hidden.links === 0) {
    return h("p", { class: "note path-none", attrs: { role: "status" } }, h("strong", { text: "No path. " }), `${name(from)} and ${name(to)} are not connected: no chain of co-authors links them in this network.`);
  }
  const full = fullPath(graph, context.papers, from, to);
  return h(
    "div",
    { class: "note path-none", attrs: { role: "status" } },
    h("p", {}, h("strong", { text: "No path in this view. " }), inView),
    full
      ? h("p", { text: `The full network has one, hidden here: ${stepsText(full)}${full.steps.length > 1 ? `, through ${full.authors.slice(1, -1).map(name).join(", ")}` : ""}.` })
      : h("p", { text: "They are not connected in the full network either." }),
    full && h("button", { text: "Show everything", attrs: { "data-focus-key": "path-show-everything" }, on: { click: () => context.setSettings(DEFAULT_VIEW_SETTINGS) } }),
  );
}

/** "2 steps: Zeyuan Liu → Jeonghye Kim → Nakyung Lee", then each author with the paper that links them to the next. */
function chain(context: PanelContext, path: CollaborationPath): HTMLElement {
  const { graph } = context;
  const name = (key: string) => graph.getNodeAttribute(key, "label");
  return h(
    "div",
    { class: "path-found" },
    h("p", { class: "path-summary" }, h("strong", { text: `${stepsText(path)}: ` }), path.authors.map(name).join(" → ")),
    h(
      "ol",
      { class: "path-chain" },
      path.authors.map((key, i) => {
        const step = path.steps[i];
        const paper = step && step.paper !== null ? context.papers.get(step.paper) : undefined;
        return h(
          "li",
          { class: "path-author" },
          h("button", { class: "link", text: name(key), attrs: { "data-focus-key": `path-author:${key}` }, on: { click: () => context.selectAuthor(key) } }),
          step &&
            step.paper === null &&
            h("p", { class: "path-step muted", text: `linked in the file (weight ${formatWeight(graph.getEdgeAttribute(step.link, "weight"))}) with` }),
          step &&
            step.paper !== null &&
            h(
              "p",
              { class: "path-step" },
              h("span", { class: "muted", text: "wrote " }),
              h("cite", { class: "path-paper-title", text: paper?.title ?? step.paper }),
              h("span", { class: "muted", text: `${paper && paper.year !== null ? ` (${paper.year})` : ""} with` }),
            ),
        );
      }),
    ),
  );
}

function stepsText(path: CollaborationPath): string {
  return plural(path.steps.length, "step");
}

/** The full network's view, made only when a path is missing from the filtered one: one derivation per network. A cache, derived from the store. */
let fullView: { graph: CoauthorGraph; papers: ReadonlyMap<string, Paper>; view: GraphView } | null = null;

function fullPath(graph: CoauthorGraph, papers: ReadonlyMap<string, Paper>, from: string, to: string): CollaborationPath | null {
  if (!fullView || fullView.graph !== graph || fullView.papers !== papers) fullView = { graph, papers, view: deriveView(graph, papers, DEFAULT_VIEW_SETTINGS) };
  return collaborationPath(graph, fullView.view, papers, from, to);
}

