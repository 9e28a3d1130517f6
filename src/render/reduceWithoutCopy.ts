import type Sigma from "sigma";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { internalsOf } from "./sigmaInternals";

/** Reducers that return a whole new display object with every field sigma reads, and never write to the attributes they are given. */
export interface WholeReducers {
  nodeReducer(key: string, attributes: Record<string, unknown>): NodeDisplayData;
  edgeReducer(key: string, attributes: Record<string, unknown>): EdgeDisplayData;
}

/** Told of every author and link sigma is handed, as the reducers drew it. */
export interface Written {
  node(key: string, data: NodeDisplayData): void;
  edge?(key: string, data: EdgeDisplayData): void;
}

/**
 * Has sigma hand the reducers a graph item's own attributes, as sigma 3.0's addNode and addEdge
 * do but without their copy of them (made so that a reducer cannot change the graph) and without
 * their defaults (the reducers' objects hold every field). Copying 10,000 authors' attributes
 * took 70 to 100 ms of every change that hands them all over, a year filter or a selection let
 * go, against 3 to 7 ms for the reducer itself: the attributes of a graph read from the load
 * worker copy slowly.
 */
export function reduceWithoutCopy(sigma: Sigma, reducers: WholeReducers, written?: Written): void {
  const s = internalsOf(sigma);
  s.addNode = (key) => {
    const data = reducers.nodeReducer(key, s.graph.getNodeAttributes(key));
    s.nodeDataCache[key] = data;
    s.nodesWithForcedLabels.delete(key);
    if (data.forceLabel && !data.hidden) s.nodesWithForcedLabels.add(key);
    s.highlightedNodes.delete(key);
    if (data.highlighted && !data.hidden) s.highlightedNodes.add(key);
    if (s.settings.zIndex) widen(s.nodeZExtent, data.zIndex);
    written?.node(key, data);
  };
  s.addEdge = (key) => {
    const data = reducers.edgeReducer(key, s.graph.getEdgeAttributes(key));
    s.edgeDataCache[key] = data;
    s.edgesWithForcedLabels.delete(key);
    if (data.forceLabel && !data.hidden) s.edgesWithForcedLabels.add(key);
    if (s.settings.zIndex) widen(s.edgeZExtent, data.zIndex);
    written?.edge?.(key, data);
  };
}

function widen(extent: [number, number], z: number): void {
  if (z < extent[0]) extent[0] = z;
  if (z > extent[1]) extent[1] = z;
}
