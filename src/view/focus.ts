import type { CoauthorGraph } from "../graph/types";
import type { CollaborationPath } from "./path";
import type { GraphView } from "./types";

/**
 * The authors and links in focus: drawn in full while the rest fades. One mechanism for
 * everything that picks out part of the map: a hovered or selected author and their
 * co-authors, a selected link, a collaboration path, a roster.
 */
export interface Focus {
  authors: Set<string>;
  links: Set<string>;
  /** Authors whose names are always drawn. */
  labelled: Set<string>;
}

export interface FocusRequest {
  hovered: string | null;
  selected: { kind: "none" } | { kind: "author"; key: string } | { kind: "link"; key: string };
  path: CollaborationPath | null;
  /** Person ids of a highlighted roster. */
  roster: readonly string[] | null;
}

/**
 * What is in focus, most immediate first: the author under the pointer, then a path, then the
 * selected author or link, then a highlighted roster. Null when nothing is. Only visible
 * authors and links take part.
 */
export function focusOf(graph: CoauthorGraph, view: GraphView, request: FocusRequest): Focus | null {
  const { hovered, selected, path, roster } = request;
  if (hovered !== null && view.authors.has(hovered)) return neighbourhoodFocus(graph, view, hovered, selected.kind === "author" ? selected.key : null);
  if (path) {
    const authors = new Set(path.authors.filter((key) => view.authors.has(key)));
    return { authors, links: new Set(path.steps.map((s) => s.link).filter((link) => view.links.has(link))), labelled: new Set(authors) };
  }
  if (selected.kind === "author" && view.authors.has(selected.key)) return neighbourhoodFocus(graph, view, selected.key, null);
  if (selected.kind === "link" && view.links.has(selected.key)) {
    const ends = new Set(graph.extremities(selected.key));
    return { authors: ends, links: new Set([selected.key]), labelled: new Set(ends) };
  }
  if (roster && roster.length > 0) {
    const authors = new Set(roster.filter((key) => view.authors.has(key)));
    const links = new Set<string>();
    for (const key of authors) {
      graph.forEachEdge(key, (link, _a, source, target) => {
        if (view.links.has(link) && authors.has(source) && authors.has(target)) links.add(link);
      });
    }
    return { authors, links, labelled: new Set(authors) };
  }
  return null;
}

/** An author with their visible co-authors and the links to them; `also` (the selection) keeps its label. */
function neighbourhoodFocus(graph: CoauthorGraph, view: GraphView, key: string, also: string | null): Focus {
  const authors = new Set([key]);
  const links = new Set<string>();
  graph.forEachEdge(key, (link, _a, source, target) => {
    if (!view.links.has(link)) return;
    links.add(link);
    authors.add(source === key ? target : source);
  });
  const labelled = new Set([key]);
  if (also !== null && view.authors.has(also)) labelled.add(also);
  return { authors, links, labelled };
}
