import Sigma from "sigma";
import type { Settings } from "sigma/settings";
import type { CoauthorGraph } from "../graph/types";
import { BACKGROUND_COLOR, EDGE_COLOR, LABEL_COLOR } from "../visual/palette";
import type { Visuals } from "../visual/types";
import { createReducers, NO_EMPHASIS, type Emphasis } from "./emphasis";
import { createLabelLayer } from "./labels";

export const LABEL_FONT = "Inter, 'Segoe UI', system-ui, -apple-system, sans-serif";

export interface RendererEvents {
  onHoverNode(key: string | null): void;
  onClickNode(key: string): void;
  onClickEdge(key: string): void;
  onClickBackground(): void;
}

/** The sigma instance of one graph plus the emphasis it draws. The only place that knows sigma. */
export interface Renderer {
  sigma: Sigma;
  setEmphasis(emphasis: Emphasis): void;
  centerOn(key: string): void;
  kill(): void;
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

export function createRenderer(container: HTMLElement, graph: CoauthorGraph, visuals: () => Visuals, events: RendererEvents): Renderer {
  let emphasis: Emphasis = NO_EMPHASIS;
  const reducers = createReducers(graph, visuals, () => emphasis);
  const labels = createLabelLayer(LABEL_SETTINGS);
  const sigma = new Sigma(graph, container, { ...rendererSettings(), ...labels.sigmaSettings, ...reducers });
  labels.attach(sigma, graph);
  sigma.refresh(); // the constructor's first frame had no label placement yet
  container.style.background = BACKGROUND_COLOR;

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
    setEmphasis(next) {
      emphasis = next;
      sigma.refresh({ skipIndexation: true });
    },
    centerOn(key) {
      const data = sigma.getNodeDisplayData(key);
      if (!data) return;
      const camera = sigma.getCamera();
      camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 1) }, { duration: 400 });
    },
    kill() {
      sigma.kill();
    },
  };
}
