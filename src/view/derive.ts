import type { AuthorAttributes, CoauthorGraph } from "../graph/types";
import type { Paper } from "../parse/types";
import { componentsOf, largestRoot } from "./components";
import { graphIndexOf, type GraphIndex } from "./graphIndex";
import { MaskedMap, MaskedSet } from "./maskedMap";
import { paperFilter } from "./paperFilter";
import { applyScope } from "./scope";
import type { AuthorView, GraphView, HiddenCounts, ViewSettings } from "./types";

/** Fractional weights are sums of fractions: compare with a little slack. */
const EPSILON = 1e-9;

/**
 * The visible graph: which authors and links of the full graph remain under the counting
 * choices, filters and scope, and their counts. An overlay on the full graph rather than a new
 * graph, so a filter change costs a pass over integer arrays (about 10 ms for 10,000 authors)
 * and the authors who stay keep their places: positions live on the full graph.
 *
 * Order: papers are filtered; authors with too few kept papers leave; links between the
 * remaining authors are weighed over the kept papers and the light ones leave; then the largest
 * component, then the scope (an author's neighbourhood, a roster).
 */
export function deriveView(graph: CoauthorGraph, papers: ReadonlyMap<string, Paper>, settings: ViewSettings): GraphView {
  const index = graphIndexOf(graph, papers);
  const network = graph.getAttribute("network");
  const { kept, nodeVisible, linkVisible, weight } = network ? fromFile(graph, index, settings, network.paperCounts) : fromPapers(index, settings);
  return scoped(index, settings, kept, nodeVisible, linkVisible, weight, network ? (i) => new FileAuthorRecord(graph.getNodeAttributes(index.nodes[i]!)) : null);
}

interface Visibility {
  /** Flags of the papers the paper filters keep. */
  kept: Uint8Array;
  nodeVisible: Uint8Array;
  linkVisible: Uint8Array;
  /** Each visible link's weight in the chosen counting. */
  weight: Float64Array;
}

function fromPapers(index: GraphIndex, settings: ViewSettings): Visibility {
  const passes = paperFilter(settings);
  const kept = new Uint8Array(index.papers.length);
  index.papers.forEach((paper, i) => (kept[i] = passes(paper) ? 1 : 0));

  const nodeVisible = new Uint8Array(index.nodes.length);
  const minPapers = Math.max(1, settings.minPapers);
  for (let i = 0; i < index.nodes.length; i++) {
    let count = 0;
    for (let at = index.nodePaperStart[i]!; at < index.nodePaperStart[i + 1]!; at++) count += kept[index.nodePapers[at]!] ?? 0;
    if (count >= minPapers) nodeVisible[i] = 1;
  }

  const fractional = settings.counting === "fractional";
  const linkVisible = new Uint8Array(index.links.length);
  const weight = new Float64Array(index.links.length);
  for (let e = 0; e < index.links.length; e++) {
    if (!nodeVisible[index.linkSource[e]!] || !nodeVisible[index.linkTarget[e]!]) continue;
    let w = 0;
    for (let at = index.linkPaperStart[e]!; at < index.linkPaperStart[e + 1]!; at++) {
      const p = index.linkPapers[at]!;
      if (kept[p]) w += fractional ? 1 / (index.paperAuthors[p]! - 1) : 1;
    }
    if (w > 0 && w >= settings.minWeight - EPSILON) {
      linkVisible[e] = 1;
      weight[e] = w;
    }
  }
  return { kept, nodeVisible, linkVisible, weight };
}

/**
 * A network read from a network file has no papers: the paper filters (years, categories,
 * venues, files, truncated lists) and the counting keep everyone, links weigh what the file
 * says, the minimum link weight applies to that, and the minimum papers to the papers the file
 * counts for each author when it does (this explorer's files, VOSviewer's "Documents").
 */
function fromFile(graph: CoauthorGraph, index: GraphIndex, settings: ViewSettings, paperCounts: boolean): Visibility {
  const nodeVisible = new Uint8Array(index.nodes.length);
  const minPapers = paperCounts ? Math.max(1, settings.minPapers) : 0;
  for (let i = 0; i < index.nodes.length; i++) if (graph.getNodeAttribute(index.nodes[i]!, "papers") >= minPapers) nodeVisible[i] = 1;
  const linkVisible = new Uint8Array(index.links.length);
  const weight = new Float64Array(index.links.length);
  for (let e = 0; e < index.links.length; e++) {
    if (!nodeVisible[index.linkSource[e]!] || !nodeVisible[index.linkTarget[e]!]) continue;
    const w = graph.getEdgeAttribute(index.links[e]!, "weight");
    if (w > 0 && w >= settings.minWeight - EPSILON) {
      linkVisible[e] = 1;
      weight[e] = w;
    }
  }
  return { kept: new Uint8Array(0), nodeVisible, linkVisible, weight };
}

/** The largest component and the scope over what the filters keep, then the view as the app reads it. */
function scoped(
  index: GraphIndex,
  settings: ViewSettings,
  kept: Uint8Array,
  nodeVisible: Uint8Array,
  linkVisible: Uint8Array,
  weight: Float64Array,
  fileAuthor: ((i: number) => AuthorView) | null,
): GraphView {
  if (settings.largestComponent) {
    const { root, size } = componentsOf(index, nodeVisible, linkVisible);
    const largest = largestRoot(size);
    for (let i = 0; i < nodeVisible.length; i++) nodeVisible[i] = root[i] === largest ? 1 : 0;
    dropLinksOfHidden(index, nodeVisible, linkVisible);
  }
  let beforeScope: HiddenCounts | null = null;
  if (settings.scope.kind !== "all") {
    beforeScope = { authors: countOf(nodeVisible), links: countOf(linkVisible), papers: countOf(shownPapers(index, kept, nodeVisible)) };
    applyScope(index, nodeVisible, linkVisible, settings.scope);
  }

  return viewOf(index, settings, kept, nodeVisible, linkVisible, weight, beforeScope, fileAuthor);
}

const countOf = (flags: Uint8Array) => flags.reduce((sum, flag) => sum + flag, 0);

/** Flags of the kept papers that have a visible author. */
function shownPapers(index: GraphIndex, kept: Uint8Array, nodeVisible: Uint8Array): Uint8Array {
  const shown = new Uint8Array(index.papers.length);
  for (let i = 0; i < nodeVisible.length; i++) {
    if (!nodeVisible[i]) continue;
    for (let at = index.nodePaperStart[i]!; at < index.nodePaperStart[i + 1]!; at++) {
      const p = index.nodePapers[at]!;
      if (kept[p]) shown[p] = 1;
    }
  }
  return shown;
}

function dropLinksOfHidden(index: GraphIndex, nodeVisible: Uint8Array, linkVisible: Uint8Array): void {
  for (let e = 0; e < linkVisible.length; e++) if (!nodeVisible[index.linkSource[e]!] || !nodeVisible[index.linkTarget[e]!]) linkVisible[e] = 0;
}

/**
 * The visible authors and links as the rest of the app reads them, keyed by person id and link
 * key. Counts are summed here over integer arrays; each author's record is made only when read.
 */
function viewOf(
  index: GraphIndex,
  settings: ViewSettings,
  kept: Uint8Array,
  nodeVisible: Uint8Array,
  linkVisible: Uint8Array,
  weight: Float64Array,
  beforeScope: HiddenCounts | null,
  fileAuthor: ((i: number) => AuthorView) | null,
): GraphView {
  const n = index.nodes.length;
  const coauthors = new Int32Array(n);
  const strength = new Float64Array(n);
  for (let e = 0; e < linkVisible.length; e++) {
    if (!linkVisible[e]) continue;
    for (const end of [index.linkSource[e]!, index.linkTarget[e]!]) {
      coauthors[end]!++;
      strength[end]! += weight[e]!;
    }
  }
  const shown = shownPapers(index, kept, nodeVisible);
  const authorAt = (i: number): AuthorView => {
    if (!fileAuthor) return new AuthorRecord(index, kept, i, coauthors[i]!, strength[i]!);
    const author = fileAuthor(i);
    author.coauthors = coauthors[i]!;
    author.strength = strength[i]!;
    return author;
  };
  const authors = new MaskedMap(index.nodes, index.nodeIndex, nodeVisible, authorAt);
  const links = new MaskedMap(index.links, index.linkIndex, linkVisible, (e) => weight[e]!);
  const papers = new MaskedSet(index.paperIds, index.paperIndex, shown);
  return {
    settings,
    authors,
    links,
    papers,
    visibility: { nodes: nodeVisible, links: linkVisible },
    hidden: { authors: n - authors.size, links: index.links.length - links.size, papers: index.papers.length - index.withoutAuthors - papers.size },
    outsideScope: beforeScope
      ? { authors: beforeScope.authors - authors.size, links: beforeScope.links - links.size, papers: beforeScope.papers - papers.size }
      : { authors: 0, links: 0, papers: 0 },
    withoutAuthors: index.withoutAuthors,
  };
}

/**
 * One visible author's counts, summed when first read; the paper ids are listed only if asked
 * for (the panels ask for one author's, sizing every author needs the counts alone). A class,
 * not an object with a defined getter: defining one per author cost 4 µs each.
 */
class AuthorRecord implements AuthorView {
  papers = 0;
  fractionalPapers = 0;
  firstYear: number | null = null;
  lastYear: number | null = null;
  private ids: string[] | null = null;

  constructor(
    private readonly index: GraphIndex,
    private readonly kept: Uint8Array,
    private readonly node: number,
    readonly coauthors: number,
    readonly strength: number,
  ) {
    for (let at = index.nodePaperStart[node]!; at < index.nodePaperStart[node + 1]!; at++) {
      const p = index.nodePapers[at]!;
      if (!kept[p]) continue;
      const year = index.papers[p]!.year;
      this.papers++;
      this.fractionalPapers += 1 / index.paperAuthors[p]!;
      if (year !== null) {
        if (this.firstYear === null || year < this.firstYear) this.firstYear = year;
        if (this.lastYear === null || year > this.lastYear) this.lastYear = year;
      }
    }
  }

  get paperIds(): string[] {
    if (this.ids) return this.ids;
    const { index, kept, node } = this;
    const ids: string[] = [];
    for (let at = index.nodePaperStart[node]!; at < index.nodePaperStart[node + 1]!; at++) if (kept[index.nodePapers[at]!]) ids.push(index.paperIds[index.nodePapers[at]!]!);
    return (this.ids = ids);
  }
}

/**
 * An author of a network file: the papers and years the file gives her (none when it gives
 * none), no paper ids, since the file holds no papers. Fractional counts need papers: they are
 * her papers as the file counts them.
 */
class FileAuthorRecord implements AuthorView {
  papers: number;
  fractionalPapers: number;
  firstYear: number | null;
  lastYear: number | null;
  coauthors = 0;
  strength = 0;
  readonly paperIds: string[] = [];

  constructor(author: AuthorAttributes) {
    this.papers = author.papers;
    this.fractionalPapers = author.papers;
    this.firstYear = author.firstYear;
    this.lastYear = author.lastYear;
  }
}
