import { foldName } from "../text/fold";

/**
 * The node key of an author: her folded name, so "José Núñez" and "Jose Nunez" are one node.
 * Different people with the same name merge too; the input gives nothing to tell them apart.
 */
export function authorKey(name: string): string {
  return foldName(name);
}

/** Undirected edge key, the same whichever author comes first. */
export function coauthorshipKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
