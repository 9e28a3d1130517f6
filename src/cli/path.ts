import { buildAuthorIndex, type AuthorEntry } from "../search/authorIndex";
import { plural } from "../text/plural";
import { deriveView } from "../view/derive";
import { collaborationPath } from "../view/path";
import { DEFAULT_VIEW_SETTINGS } from "../view/types";
import { findAuthor } from "./findAuthor";
import type { VisibleNetwork } from "./network";

/** What `coauthor path --json` prints. */
export interface PathJson {
  /** Authors' names, from the first to the second. */
  path: string[];
  /** One paper title per step; null for a step of a network file, which has no papers. */
  papers: (string | null)[];
}

/** The path, or why there is none: one line per problem, for stderr. */
export type PathOutcome = { found: true; json: PathJson; text: string } | { found: false; problems: string[] };

/** Most authors listed when a name matches several. */
const LISTED = 10;

export function pathBetween(network: VisibleNetwork, names: readonly [string, string]): PathOutcome {
  const index = buildAuthorIndex(network.graph);
  const problems: string[] = [];
  const people = names.map((name) => {
    const match = findAuthor(index, name);
    if (match.kind === "found") return match.author;
    problems.push(match.kind === "ambiguous" ? ambiguous(name, match.authors) : unknown(name, match.suggestions));
    return null;
  });
  const [from, to] = people;
  if (!from || !to) return { found: false, problems };

  const { graph, view, papers } = network;
  const found = collaborationPath(graph, view, papers, from.key, to.key);
  if (!found) return { found: false, problems: [notConnected(network, from, to)] };
  const labels = found.authors.map((key) => graph.getNodeAttribute(key, "label"));
  const stepPapers = found.steps.map((step) => (step.paper === null ? null : papers.get(step.paper)!));
  const lines = [`${labels.join(", ")} (${plural(found.steps.length, "step")})`];
  stepPapers.forEach((paper, i) => {
    const why = paper ? `${paper.title}${paper.year === null ? "" : ` (${paper.year})`}` : `linked in the file, weight ${graph.getEdgeAttribute(found.steps[i]!.link, "weight")}`;
    lines.push(`  ${labels[i]} and ${labels[i + 1]}: ${why}`);
  });
  return { found: true, json: { path: labels, papers: stepPapers.map((p) => p?.title ?? null) }, text: `${lines.join("\n")}\n` };
}

const withPapers = (a: AuthorEntry) => `${a.label} (${plural(a.papers, "paper")})`;

function ambiguous(name: string, authors: readonly AuthorEntry[]): string {
  const more = authors.length > LISTED ? `, and ${authors.length - LISTED} more` : "";
  return `"${name}" matches ${authors.length} authors: ${authors.slice(0, LISTED).map(withPapers).join(", ")}${more}; give more of the name`;
}

function unknown(name: string, suggestions: readonly AuthorEntry[]): string {
  return `no author is called "${name}"${suggestions.length === 0 ? "" : `; the closest: ${suggestions.map(withPapers).join(", ")}`}`;
}

/** Whether the filters or the data keep two authors apart, and how far apart they are without the filters. */
function notConnected({ graph, view, papers }: VisibleNetwork, from: AuthorEntry, to: AuthorEntry): string {
  const both = `${from.label} and ${to.label}`;
  const whole = collaborationPath(graph, deriveView(graph, papers, DEFAULT_VIEW_SETTINGS), papers, from.key, to.key);
  if (whole) {
    const hidden = [from, to].filter((a) => !view.authors.has(a.key)).map((a) => a.label);
    const why = hidden.length > 0 ? `the filters hide ${hidden.join(" and ")}` : "the filters hide every chain between them";
    return `${both} are not connected in the network shown: ${why} (without the filters they are ${plural(whole.steps.length, "step")} apart)`;
  }
  const large = graph.getAttribute("largePapers");
  const unlinked = large > 0 ? `; ${plural(large, "paper")} with more than ${graph.getAttribute("maxAuthors")} authors ${large === 1 ? "adds" : "add"} no links (--max-authors 0: no limit)` : "";
  return `${both} are not connected: no chain of co-authors joins them in the data${unlinked}`;
}
