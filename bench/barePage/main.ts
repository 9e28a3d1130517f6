import Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
import Sigma from "sigma";

/**
 * The yardstick of the panning benchmark: the network the explorer draws (same nodes, links,
 * positions, sizes, colours and labels) in a plain sigma 3 with its default settings, and
 * nothing else on the page.
 */
declare global {
  interface Window {
    showNetwork(data: SerializedGraph, size: { width: number; height: number }): void;
    bare?: { sigma: Sigma };
  }
}

window.showNetwork = (data, size) => {
  const container = document.getElementById("graph")!;
  container.style.width = `${size.width}px`;
  container.style.height = `${size.height}px`;
  window.bare = { sigma: new Sigma(Graph.from(data), container) };
};
