import { plural } from "../text/plural";
import { h } from "../ui/dom";
import type { HiddenCounts, Scope } from "../view/types";
import { sourceLines } from "./format";
import { resetFilters } from "./resetFilters";
import type { PanelContext } from "./types";

/**
 * What the view leaves out, each part named after what does it, with the way back: the scope
 * (an author's network, a roster) and the filters, apart, since each is undone on its own.
 * Nothing when nothing is left out: papers without authors are in no network, whatever the
 * filters (see `withoutAuthorsNote`).
 */
export function hiddenNotes(context: PanelContext): HTMLElement[] {
  const { hidden, outsideScope, settings } = context.view;
  const byFilters: HiddenCounts = { authors: hidden.authors - outsideScope.authors, links: hidden.links - outsideScope.links, papers: hidden.papers - outsideScope.papers };
  const notes: HTMLElement[] = [];
  const { scope } = settings;
  if (scope.kind !== "all" && anyOf(outsideScope)) {
    notes.push(
      note(
        "note-scope",
        `Outside ${scopeName(context, scope)}: ${countsText(outsideScope)}. `,
        h("button", { class: "link", text: "Show everyone", attrs: { "data-focus-key": "scope-everyone" }, on: { click: () => context.setSettings({ scope: { kind: "all" } }) } }),
      ),
    );
  }
  if (anyOf(byFilters)) {
    // With a scope, undoing the filters still shows only its network: the button says so.
    const text = scope.kind === "all" ? "Show everything" : "Clear the filters";
    notes.push(note("note-hidden", `Hidden by the filters: ${countsText(byFilters)}. `, h("button", { class: "link", text, attrs: { "data-focus-key": "show-everything" }, on: { click: () => resetFilters(context) } })));
  }
  return notes;
}

/** Papers read without any author, which no network can show: how many and where they are. */
export function withoutAuthorsNote(context: PanelContext): HTMLElement | null {
  const count = context.view.withoutAuthors;
  if (count === 0) return null;
  const sources = [...context.papers.values()].filter((p) => p.authors.length === 0).map((p) => p.source);
  return h("p", {
    class: "note note-without-authors",
    text: `Not in the network: ${plural(count, "paper")} without authors that could be read (${sourceLines(sources)}), listed under How the data was read.`,
  });
}

/** "Jeonghye Kim’s network", "the roster". */
function scopeName(context: PanelContext, scope: Exclude<Scope, { kind: "all" }>): string {
  if (scope.kind === "roster") return "the roster";
  const { graph } = context;
  return `${graph.hasNode(scope.center) ? graph.getNodeAttribute(scope.center, "label") : scope.center}’s network`;
}

const anyOf = (counts: HiddenCounts) => counts.authors + counts.links + counts.papers > 0;

/** "2 authors, 3 papers, 4 links", the zeros left out. */
function countsText({ authors, papers, links }: HiddenCounts): string {
  return [authors > 0 && plural(authors, "author"), papers > 0 && plural(papers, "paper"), links > 0 && plural(links, "link")].filter(Boolean).join(", ");
}

function note(kind: string, text: string, action: HTMLElement): HTMLElement {
  return h("p", { class: `note ${kind}` }, text, action);
}
