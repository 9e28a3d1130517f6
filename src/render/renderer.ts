import Graph from "graphology";
import Sigma from "sigma";
import type { Settings } from "sigma/settings";
import type { CoauthorGraph } from "../graph/types";
import { BACKGROUND_COLOR, EDGE_COLOR, LABEL_COLOR } from "../visual/palette";
import type { Visuals } from "../visual/types";
import { followContainerSize } from "./containerSize";
import { createReducers, type Drawn } from "./emphasis";
import { createLabelLayer } from "./labels";

export const LABEL_FONT = "Inter, 'Segoe UI', system-ui, -apple-system, sans-serif";

export interface RendererEvents {
  onHoverNode(key: string | null): void;
  onClickNode(key: string): void;
  onClickEdge(key: string): void;
  onClickBackground(): void;
}

/**
 * The one sigma instance of the page and the emphasis it draws; the only place that knows
 * sigma. Created once and kept, since its WebGL set-up is the slowest step of showing a graph
 * (about 0.7 s with software WebGL, 0.05 s once warm); each load swaps the graph in.
 */
export interface Renderer {
  sigma: Sigma;
  /** Draws another graph; `keepCamera` for the same data rebuilt (the view stays where it is). */
  show(graph: CoauthorGraph, drawn: Drawn, options?: { keepCamera?: boolean }): void;
  /** What is visible, how it looks, what is in focus: redrawn without moving anyone. */
  setDrawn(drawn: Drawn): void;
  centerOn(key: string): void;
}

const LABEL_SETTINGS = { labelFont: LABEL_FONT, labelSize: 13, labelWeight: "500" };

export function rendererSettings(): Partial<Settings> {
  return {
    allowInvalidContainer: true,
    enableEdgeEvents: true,
    zIndex: true,
    renderEdgeLabels: false,
    defaultEdgeColor: EDGE_COLOR,
    ...LABEL_SETTINGS,
    labelColor: { color: LABEL_COLOR },
    stagePadding: 40,
    minCameraRatio: 0.05,
    maxCameraRatio: 4,
  };
}

/** Before the first network: nothing to draw. */
const EMPTY_VISUALS: Visuals = {
  nodes: new Map(),
  edges: new Map(),
  groups: [],
  legend: { size: { role: "size", title: "", samples: [], noValue: null }, color: null },
};

export function createRenderer(container: HTMLElement, events: RendererEvents): Renderer {
  let graph: CoauthorGraph = new Graph({ type: "undirected" });
  let drawn: Drawn = { view: null, visuals: EMPTY_VISUALS, focus: null };
  const reducers = createReducers(() => drawn);
  const labels = createLabelLayer(LABEL_SETTINGS);
  const sigma = new Sigma(graph, container, { ...rendererSettings(), ...labels.sigmaSettings, ...reducers });
  labels.attach(sigma, () => graph);
  container.style.background = BACKGROUND_COLOR;
  followContainerSize(sigma, container);

  sigma.on("enterNode", ({ node }) => events.onHoverNode(node));
  sigma.on("leaveNode", () => events.onHoverNode(null));
  sigma.on("clickNode", ({ node }) => events.onClickNode(node));
  sigma.on("clickEdge", ({ edge }) => events.onClickEdge(edge));
  sigma.on("clickStage", () => events.onClickBackground());
  // Pointer feedback: links and authors are clickable.
  sigma.on("enterEdge", () => (container.style.cursor = "pointer"));
  sigma.on("leaveEdge", () => (container.style.cursor = ""));
  sigma.on("enterNode", () => (container.style.cursor = "pointer"));
  sigma.on("leaveNode", () => (container.style.cursor = ""));

  return {
    sigma,
    show(nextGraph, nextDrawn, options = {}) {
      graph = nextGraph;
      drawn = nextDrawn;
      container.style.cursor = "";
      if (!options.keepCamera) sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      sigma.setGraph(graph); // renders synchronously
    },
    setDrawn(next) {
      if (next.view === drawn.view && next.visuals === drawn.visuals && next.focus === drawn.focus) return;
      const visibility = next.view !== drawn.view || next.visuals !== drawn.visuals;
      drawn = next;
      // Hidden authors and new sizes change which labels and pickable discs there are: a full
      // refresh. Focus alone changes colours and order only.
      sigma.refresh({ skipIndexation: !visibility });
    },
    centerOn(key) {
      const data = sigma.getNodeDisplayData(key);
      if (!data) return;
      const camera = sigma.getCamera();
      camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 1) }, { duration: 400 });
    },
  };
}
