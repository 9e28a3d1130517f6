import type { CoauthorGraph } from "../graph/types";
import { plural } from "../text/plural";
import { h } from "../ui/dom";
import { rosterCandidatesOf, rosterMatcher, type RosterLine, type RosterMatch } from "../view/roster";
import type { Scope } from "../view/types";
import type { PanelContext } from "./types";
import "./views.css";

// What is typed and not yet shown, and the outside-collaborators choice before a roster is shown,
// live in the store (context.drafts): the panel is rebuilt on every view change, and a reload keeps them.

/** Matching needs an index of every name: made once per network, when a roster is first matched. A cache, derived from the graph. */
const matchers = new WeakMap<CoauthorGraph, ReturnType<typeof rosterMatcher>>();
/** The last match, for the renders that follow while the roster does not change: a cache of what the store says, nothing of its own. */
let lastMatch: { graph: CoauthorGraph; text: string; chosen: readonly string[]; match: RosterMatch } | null = null;

function matchRoster(graph: CoauthorGraph, text: string, chosen: readonly string[]): RosterMatch {
  if (lastMatch && lastMatch.graph === graph && lastMatch.text === text && lastMatch.chosen === chosen) return lastMatch.match;
  if (text.trim() === "") return { lines: [], people: [] };
  let matcher = matchers.get(graph);
  if (!matcher) matchers.set(graph, (matcher = rosterMatcher(rosterCandidatesOf(graph))));
  lastMatch = { graph, text, chosen, match: matcher(text, new Set(chosen)) };
  return lastMatch.match;
}

/** A name that fits hundreds (a surname alone) offers the likeliest few. */
const MOST_CHOICES = 8;

/** Roster mode: the network among a list of people, optionally with their outside collaborators, and the list highlighted in any view. */
export function rosterPanel(context: PanelContext): HTMLElement {
  const { roster, settings } = context.viewState;
  const scope = settings.scope;
  const showing = scope.kind === "roster";
  const outside = showing ? scope.outside : context.drafts.rosterOutside;
  const match = matchRoster(context.graph, roster.text, roster.people);
  // The roster and, when it is what is shown, the scope change together: one store change.
  const setPeople = (text: string, people: string[], scopeToo: boolean) =>
    context.setViewState({
      roster: { ...roster, text, people },
      settings: scopeToo ? { ...settings, scope: { kind: "roster", people, outside } } : settings,
    });
  const show = () => {
    const text = context.drafts.roster ?? roster.text;
    context.setDrafts({ roster: null });
    const { people } = matchRoster(context.graph, text, roster.people);
    setPeople(text, people, people.length > 0);
  };
  const choose = (line: RosterLine, key: string) => {
    const offered = line.status === "ambiguous" ? line.candidates : line.status === "not found" ? line.closest : [];
    const chosen = [...roster.people.filter((k) => !offered.includes(k)), key];
    setPeople(roster.text, matchRoster(context.graph, roster.text, chosen).people, showing);
  };

  const textarea = h("textarea", { attrs: { id: "roster-text", rows: "6", spellcheck: "false", "data-focus-key": "roster-text", "aria-describedby": "roster-help" } });
  textarea.value = context.drafts.roster ?? roster.text;
  textarea.addEventListener("input", () => context.setDrafts({ roster: textarea.value }));

  return h(
    "section",
    { class: "panel-roster", attrs: { "aria-label": "Roster" } },
    h("h2", { text: "Roster", attrs: { tabindex: "-1" } }),
    h("p", { class: "hint", text: "Paste a list of names (a department, a consortium) to see the network among them, and optionally their outside collaborators." }),
    h("label", { class: "roster-label", text: "Names", attrs: { for: "roster-text" } }),
    textarea,
    h("p", { class: "hint", attrs: { id: "roster-help" }, text: "One per line, or separated by “;”. Case, accents and word order do not matter; an initial finds a full name (“J. Kim”: Jeonghye Kim) when only one person fits." }),
    h(
      "div",
      { class: "roster-options" },
      checkbox("roster-outside", "Include their outside collaborators", outside, (on) => {
        context.setDrafts({ rosterOutside: on });
        if (scope.kind === "roster") context.setSettings({ scope: { ...scope, outside: on } });
      }),
      checkbox("roster-highlight", "Highlight the roster in every view", roster.highlight, (on) => context.setViewState({ roster: { ...roster, highlight: on } })),
    ),
    h(
      "div",
      { class: "roster-actions" },
      h("button", { class: "primary", text: "Show the roster", attrs: { "data-focus-key": "roster-show" }, on: { click: show } }),
      showing && h("button", { text: "Show everyone again", attrs: { "data-focus-key": "roster-all" }, on: { click: () => context.setSettings({ scope: { kind: "all" } }) } }),
    ),
    roster.text.trim() !== "" && rosterReport(context, match, scope, choose),
  );
}

function checkbox(id: string, text: string, checked: boolean, change: (on: boolean) => void): HTMLElement {
  const input = h("input", { attrs: { type: "checkbox", id, "data-focus-key": id }, on: { change: () => change(input.checked) } });
  input.checked = checked;
  return h("label", { class: "roster-check", attrs: { for: id } }, input, text);
}

/** Every line of the roster, none dropped: the people found, the names that fit several, the names nobody has. */
function rosterReport(context: PanelContext, match: RosterMatch, scope: Scope, choose: (line: RosterLine, key: string) => void): HTMLElement {
  const { graph, view } = context;
  const name = (key: string) => graph.getNodeAttribute(key, "label");
  const ambiguous = match.lines.filter((l) => l.status === "ambiguous");
  const missing = match.lines.filter((l) => l.status === "not found");
  const members = new Set(match.people);
  const outsiders = scope.kind === "roster" && scope.outside ? [...view.authors.keys()].filter((key) => !members.has(key)).length : 0;
  const choices = (line: RosterLine, index: number, keys: string[]) =>
    h(
      "ul",
      { class: "roster-choices" },
      keys.slice(0, MOST_CHOICES).map((key) =>
        h(
          "li",
          {},
          h("button", {
            text: `${name(key)} (${plural(graph.getNodeAttribute(key, "papers"), "paper")})`,
            attrs: { "aria-pressed": String("chosen" in line && line.chosen === key), "data-focus-key": `roster-choice:${index}:${key}` },
            on: { click: () => choose(line, key) },
          }),
        ),
      ),
      keys.length > MOST_CHOICES && h("li", { class: "muted", text: `and ${plural(keys.length - MOST_CHOICES, "other")}: a fuller name narrows it down.` }),
    );

  return h(
    "div",
    { class: "roster-report" },
    h("h3", { text: `In the roster · ${match.people.length}` }),
    match.people.length === 0
      ? h("p", { class: "muted", text: "Nobody on the list was found in this network." })
      : h("ol", { class: "roster-members" }, memberItems(context, match)),
    outsiders > 0 && h("p", { class: "muted", text: `With ${plural(outsiders, "outside collaborator")} in view.` }),
    ambiguous.length > 0 && h("h3", { text: `Which one? · ${ambiguous.length}` }),
    ambiguous.map((line) =>
      h("div", { class: "roster-question" }, h("p", { text: `“${line.line}” could be:` }), choices(line, match.lines.indexOf(line), line.status === "ambiguous" ? line.candidates : [])),
    ),
    missing.length > 0 && h("h3", { text: `Not found · ${missing.length}` }),
    missing.map((line) => {
      const closest = line.status === "not found" ? line.closest : [];
      return h(
        "div",
        { class: "roster-question" },
        h("p", { text: closest.length > 0 ? `“${line.line}” is not in this network. Closest:` : `“${line.line}” is not in this network, nor anything close.` }),
        closest.length > 0 && choices(line, match.lines.indexOf(line), closest),
      );
    }),
  );
}

/** The people found, with their papers in view; how each was matched when not by their exact name. */
function memberItems(context: PanelContext, match: RosterMatch): HTMLElement[] {
  const { graph, view } = context;
  const how = new Map<string, string>();
  for (const line of match.lines) {
    const key = "key" in line ? line.key : line.chosen;
    if (key === null || how.has(key)) continue;
    how.set(key, line.status === "found" ? "" : line.status === "probable" ? `probable match for “${line.line}”` : `chosen for “${line.line}”`);
  }
  return match.people.map((key) => {
    const shown = view.authors.get(key);
    return h(
      "li",
      { class: "roster-member" },
      h("button", { class: "link", text: graph.getNodeAttribute(key, "label"), attrs: { "data-focus-key": `roster-member:${key}` }, disabled: !shown, on: { click: () => context.selectAuthor(key) } }),
      h("span", { class: "muted", text: shown ? ` · ${plural(shown.papers, "paper")} in view` : " · hidden in this view" }),
      how.get(key) && h("span", { class: "badge badge-probable", text: how.get(key)! }),
    );
  });
}
