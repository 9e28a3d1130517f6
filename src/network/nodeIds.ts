import type { ParseWarning } from "../parse/types";

export interface NodeIds {
  isNew(id: string | null | undefined, line: number): id is string;
  /** The ids taken so far: the nodes a link may join. */
  ids: ReadonlySet<string>;
}

/**
 * The check every reader makes of a node's id before it becomes an author: one is given, and it
 * is not a second node's. A node that fails is skipped with a warning at its line, and the file's
 * other nodes are kept. `field` is what the format calls it ("id" in XML, "key" in graphology JSON).
 */
export function nodeIdCheck(file: string, warnings: ParseWarning[], field = "id"): NodeIds {
  const seen = new Set<string>();
  const isNew = (id: string | null | undefined, line: number): id is string => {
    if (id === undefined || id === null || id === "") {
      warnings.push({ file, line, message: `a node without ${field === "id" ? "an id" : `a "${field}"`}; skipped` });
      return false;
    }
    if (seen.has(id)) {
      warnings.push({ file, line, message: `a second node with the ${field} "${id}"; skipped` });
      return false;
    }
    seen.add(id);
    return true;
  };
  return { isNew, ids: seen };
}
