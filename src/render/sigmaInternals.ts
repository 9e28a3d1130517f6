import type Sigma from "sigma";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";

/**
 * The private parts of sigma 3.0 (pinned to ~3.0.3) that the renderer reads, writes or replaces
 * where sigma's own way is too slow for big networks: picking (nodePicking), reducing
 * (reduceWithoutCopy) and indexing (displayIndexing). Named in one place so that an upgrade
 * of sigma has one list to check.
 */
export interface SigmaInternals {
  graph: { getNodeAttributes(key: string): Record<string, unknown>; getEdgeAttributes(key: string): Record<string, unknown> };
  settings: { zIndex: boolean };
  needToProcess: boolean;
  /** The camera's matrix of the last frame, framed graph to clip space (column-major 3 × 3). */
  matrix: Float32Array;
  nodeDataCache: Record<string, NodeDisplayData>;
  edgeDataCache: Record<string, EdgeDisplayData>;
  nodesWithForcedLabels: Set<string>;
  highlightedNodes: Set<string>;
  edgesWithForcedLabels: Set<string>;
  nodeZExtent: [number, number];
  edgeZExtent: [number, number];
  /** Each item's slot in its program's buffer. */
  nodeProgramIndex: Record<string, number>;
  edgeProgramIndex: Record<string, number>;
  /** Each item's picking id. */
  nodeIndices: Record<string, number>;
  edgeIndices: Record<string, number>;
  addNode(key: string): void;
  addEdge(key: string): void;
  addNodeToProgram(key: string, fingerprint: number, slot: number): void;
  addEdgeToProgram(key: string, fingerprint: number, slot: number): void;
  getNodeAtPosition(position: { x: number; y: number }): string | null;
}

export function internalsOf(sigma: Sigma): SigmaInternals {
  return sigma as unknown as SigmaInternals;
}
