import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import defaults from "graphology-layout-forceatlas2/defaults.js";
import iterate from "graphology-layout-forceatlas2/iterate.js";
import type { LayoutInput } from "./types";

// graphology's ForceAtlas2 packs each node in 10 floats and each edge in 3.
const PPN = 10;
const PPE = 3;

export function forceSettings(order: number): Required<ForceAtlas2Settings> {
  return {
    ...defaults,
    ...forceAtlas2.inferSettings(order),
    edgeWeightInfluence: 1,
    // Measured on 10,000 authors: theta 1 halves the time of an iteration (143 → 67 ms) for a picture that looks the same.
    barnesHutTheta: 1,
  } as Required<ForceAtlas2Settings>;
}

/** ForceAtlas2 on packed arrays: each call to `step` runs some iterations and says how far nodes moved. */
export interface ForceLayout {
  step(iterations: number): number;
  positions(): Float32Array;
}

export function createForceLayout(input: LayoutInput): ForceLayout {
  const order = input.keys.length;
  const settings = forceSettings(order);
  const nodes = new Float32Array(order * PPN);
  for (let i = 0; i < order; i++) {
    nodes[i * PPN] = input.xy[2 * i]!;
    nodes[i * PPN + 1] = input.xy[2 * i + 1]!;
    nodes[i * PPN + 6] = 1; // mass: 1 + weighted degree, added below
    nodes[i * PPN + 7] = 1; // convergence
    nodes[i * PPN + 8] = input.sizes[i]!;
  }
  const edgeCount = input.weights.length;
  const edges = new Float32Array(edgeCount * PPE);
  for (let e = 0; e < edgeCount; e++) {
    const s = input.edges[2 * e]! * PPN;
    const t = input.edges[2 * e + 1]! * PPN;
    const w = input.weights[e]!;
    edges[e * PPE] = s;
    edges[e * PPE + 1] = t;
    edges[e * PPE + 2] = w;
    nodes[s + 6]! += w;
    nodes[t + 6]! += w;
  }
  const previous = new Float32Array(order * 2);
  return {
    step(iterations) {
      for (let i = 0; i < order; i++) {
        previous[2 * i] = nodes[i * PPN]!;
        previous[2 * i + 1] = nodes[i * PPN + 1]!;
      }
      for (let k = 0; k < iterations; k++) iterate(settings, nodes, edges);
      let moved = 0;
      for (let i = 0; i < order; i++) {
        moved += Math.hypot(nodes[i * PPN]! - previous[2 * i]!, nodes[i * PPN + 1]! - previous[2 * i + 1]!);
      }
      return order === 0 ? 0 : moved / order / iterations;
    },
    positions() {
      const xy = new Float32Array(order * 2);
      for (let i = 0; i < order; i++) {
        xy[2 * i] = nodes[i * PPN]!;
        xy[2 * i + 1] = nodes[i * PPN + 1]!;
      }
      return xy;
    },
  };
}
