import { buildCoauthorGraph } from "../graph/build";
import { assignCommunities } from "../graph/communities";
import type { CoauthorGraph } from "../graph/types";
import { networkGraph } from "../network/toGraph";
import type { ParseWarning } from "../parse/types";
import type { PapersRead } from "./readPapers";

/**
 * The full network of what was read, with its research groups: built from the papers, or, for
 * a network file, from its authors and links (whose groups may be the file's own). The warnings
 * are those building it found (links given twice in a network file).
 */
export function graphOfRead(read: PapersRead, maxAuthors: number): { graph: CoauthorGraph; warnings: ParseWarning[] } {
  if (read.network) return networkGraph(read.network.model, read.network.file, read.network.format);
  const graph = buildCoauthorGraph(read.papers, { maxAuthors });
  assignCommunities(graph);
  return { graph, warnings: [] };
}
