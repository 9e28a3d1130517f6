import { toGraphJson } from "../export/graphJson";
import { buildCoauthorGraph } from "../graph/build";
import { assignCommunities } from "../graph/communities";
import { parseSources } from "../parse/index";
import type { LoadRequest, LoadResult } from "./messages";

/** Parse, build and group: the whole load, the same in the worker and in tests. */
export function loadSources(request: LoadRequest, onProgress?: (fraction: number) => void): LoadResult {
  const parsed = parseSources(request.sources, { referenceDate: request.referenceDate, onProgress });
  const graph = buildCoauthorGraph(parsed.papers);
  assignCommunities(graph);
  return { papers: parsed.papers, warnings: parsed.warnings, errors: parsed.errors, graph: toGraphJson(graph) };
}
