import Graph from "graphology";
import Sigma from "sigma";
import type { Settings } from "sigma/settings";
import type { CoauthorGraph } from "../graph/types";
import { BACKGROUND_COLOR, EDGE_COLOR, LABEL_COLOR } from "../visual/palette";
import type { Visuals } from "../visual/types";
import type { FigureCamera } from "../export/figure/types";
import { followContainerSize } from "./containerSize";
import { coveredInsets, fittedFrame, FRAME_MARGIN, type GraphBox } from "./fittedFrame";
import { DrawnItems } from "./changedItems";
import { displayIndexing } from "./displayIndexing";
import { createFocusLayer } from "./focusLayer";
import { createReducers, EDGE_TYPE, NODE_TYPE, type Drawn } from "./emphasis";
import { namedGroupsByCentre } from "./groupLabels";
import { textWidths } from "./labelDrawing";
import { MIN_LABELLED_SIZE } from "./labelPlacement";
import { LABEL_SETTINGS } from "./labelFont";
import { createLabelLayer, type PlacedLabels } from "./labels";
import { lastOf } from "./lastOf";
import { CameraMotion } from "./motion";
import { pickNodesByGeometry } from "./nodePicking";
import { reduceWithoutCopy } from "./reduceWithoutCopy";
import { RefreshQueue } from "./refreshQueue";
import { attachPointer } from "./pointer";

export { LABEL_FONT } from "./labelFont";

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
  /**
   * What is visible, how it looks, what is in focus: redrawn without moving anyone, in tasks
   * after this one. `drawn` is read then, once for several calls in a row.
   */
  setDrawn(drawn: () => Drawn): void;
  centerOn(key: string): void;
  /** Where the map looks: the middle in the fitted frame (0 to 1 across it) and the zoom (1: the fitted frame). */
  camera(): MapCamera;
  /** Looks there at once, without moving anyone. */
  setCamera(camera: MapCamera): void;
  /** One step closer or further (sigma's own steps, animated), or back to the fitted frame. */
  zoom(step: "in" | "out" | "fit"): void;
  /** Told each time the camera comes to rest after moving, with where it looks. */
  onCameraRest(listener: (camera: MapCamera) => void): void;
  /** The labels drawn in the last frame at rest. */
  labels(): PlacedLabels;
  /** The view on screen as a figure's camera: the graph's rectangle the map shows, its size, and how big discs are in it. */
  viewCamera(): FigureCamera & { viewport: { width: number; height: number } };
}

export interface MapCamera {
  x: number;
  y: number;
  ratio: number;
}

export function rendererSettings(): Partial<Settings> {
  return {
    allowInvalidContainer: true,
    // Links are found under the pointer by linkNear: sigma's edge events draw every link twice a frame.
    enableEdgeEvents: false,
    zIndex: true,
    renderEdgeLabels: false,
    defaultEdgeColor: EDGE_COLOR,
    defaultNodeType: NODE_TYPE,
    defaultEdgeType: EDGE_TYPE,
    ...LABEL_SETTINGS,
    labelColor: { color: LABEL_COLOR },
    // The fitted frame (fittedFrame) keeps the discs and labels off the edges: sigma adds no padding of its own.
    stagePadding: 0,
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

/** `covers`: what is drawn over the map (the status line), which the fitted frame keeps clear of. */
export function createRenderer(container: HTMLElement, events: RendererEvents, covers: () => readonly HTMLElement[] = () => []): Renderer {
  let graph: CoauthorGraph = new Graph({ type: "undirected" });
  let drawn: Drawn = { view: null, visuals: EMPTY_VISUALS, focus: null };
  const reducers = createReducers(() => drawn);
  const groupsOf = lastOf((visuals: Visuals) => namedGroupsByCentre(visuals.groups));
  const restListeners: ((camera: MapCamera) => void)[] = [];
  const cameraNow = (): MapCamera => {
    const { x, y, ratio } = sigma.getCamera().getState();
    return { x, y, ratio };
  };
  const motion = new CameraMotion(() => {
    pointer.atRest();
    sigma.scheduleRender(); // the frame at rest: labels placed, with halos
    for (const listener of restListeners) listener(cameraNow());
  });
  const labels = createLabelLayer(LABEL_SETTINGS);
  const sigma = new Sigma(graph, container, { ...rendererSettings(), ...labels.sigmaSettings, ...reducers });
  const focusLayer = createFocusLayer(sigma);
  reduceWithoutCopy(sigma, reducers, {
    node(key, data) {
      labels.written(key, data);
      focusLayer.written.node(key, data);
    },
    edge: focusLayer.written.edge,
  });
  // A change of the drawing hands sigma only the authors and links it changes, in batches, in
  // tasks after the one that changed it (which derives the view and renders the panels).
  const items = new DrawnItems();
  const indexing = displayIndexing(sigma);
  const queue = new RefreshQueue({
    hand(batch) {
      sigma.refresh({ partialGraph: batch, skipIndexation: true, schedule: true });
      picking.changed(); // sizes and hiding of the authors handed over
    },
    index: () => indexing.index(),
    draw: () => sigma.scheduleRender(), // group names and legends may change without any author
  });
  let redraw: ReturnType<typeof setTimeout> | null = null;
  const cancelRedraw = () => {
    if (redraw !== null) clearTimeout(redraw);
    redraw = null;
  };
  labels.attach(sigma, {
    groups: () => groupsOf(drawn.visuals),
    visibleAuthors: () => drawn.visuals.nodes.size,
    moving: () => motion.moving,
  });
  const picking = pickNodesByGeometry(sigma);
  sigma.getCamera().on("updated", () => motion.moved());
  container.style.background = BACKGROUND_COLOR;

  // The part of the graph shown at rest: fitted again when the authors move (the layout), when
  // the map changes size and when what covers it does, never by a filter, so that nobody moves.
  const widthOf = textWidths();
  let frameFor = "";
  const frameOf = (of: CoauthorGraph): GraphBox => {
    const viewport = { width: container.offsetWidth || 1, height: container.offsetHeight || 1 };
    const box = (element: HTMLElement) => element.getBoundingClientRect();
    const insets = coveredInsets(box(container), covers().map(box), FRAME_MARGIN);
    // Authors are named at every zoom, beside the groups (labels.ts): the ones big enough may be at the edge.
    frameFor = JSON.stringify([viewport, insets]);
    const authors = of.mapNodes((key, a) => {
      const radius = drawn.visuals.nodes.get(key)?.size ?? 0;
      const labelled = a.label && radius >= MIN_LABELLED_SIZE;
      return { x: a.x ?? 0, y: a.y ?? 0, radius, labelWidth: labelled ? widthOf(a.label, LABEL_SETTINGS) : 0 };
    });
    return fittedFrame(authors, viewport, insets, LABEL_SETTINGS.labelSize);
  };
  // sigma applies a bounding box when it indexes the positions: a layout's frame does that anyway.
  const authorsMoved = () => sigma.setCustomBBox(frameOf(graph));
  followContainerSize(sigma, [container, ...covers()], () => {
    const before = frameFor;
    const next = frameOf(graph);
    if (frameFor === before) return false;
    sigma.setCustomBBox(next);
    return true;
  });

  const pointer = attachPointer(sigma, container, events, { visuals: () => drawn.visuals, moving: () => motion.moving });

  return {
    sigma,
    labels: () => labels.placed(),
    viewCamera() {
      const viewport = sigma.getDimensions();
      // The map's corners in the graph (whose y points up): the camera's angle is always 0 here.
      const topLeft = sigma.viewportToGraph({ x: 0, y: 0 });
      const bottomRight = sigma.viewportToGraph({ x: viewport.width, y: viewport.height });
      const box = { x: [topLeft.x, bottomRight.x] as [number, number], y: [bottomRight.y, topLeft.y] as [number, number] };
      return { box, pixelsPerSize: sigma.scaleSize(1), zoom: sigma.getCamera().ratio, viewport };
    },
    show(nextGraph, nextDrawn, options = {}) {
      graph.off("eachNodeAttributesUpdated", authorsMoved);
      graph.off("nodeAttributesUpdated", authorsMoved);
      graph = nextGraph;
      drawn = nextDrawn;
      graph.on("eachNodeAttributesUpdated", authorsMoved);
      graph.on("nodeAttributesUpdated", authorsMoved);
      sigma.setCustomBBox(frameOf(graph));
      pointer.reset(graph);
      labels.reset();
      focusLayer.reset();
      if (!options.keepCamera) sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      cancelRedraw();
      queue.clear();
      motion.reset(); // the first frame is drawn at rest, with its labels placed
      sigma.setGraph(graph); // renders synchronously
      items.remember(graph, reducers);
    },
    setDrawn(nextDrawn) {
      cancelRedraw();
      redraw = setTimeout(() => {
        redraw = null;
        const next = nextDrawn();
        if (next.view === drawn.view && next.visuals === drawn.visuals && next.focus === drawn.focus) return;
        drawn = next;
        queue.scan(items.scan(graph, reducers));
      }, 0);
    },
    camera: cameraNow,
    setCamera(camera) {
      sigma.getCamera().setState({ ...camera, angle: 0 });
    },
    zoom(step) {
      const camera = sigma.getCamera();
      const duration = 250;
      if (step === "in") void camera.animatedZoom({ duration });
      else if (step === "out") void camera.animatedUnzoom({ duration });
      else void camera.animatedReset({ duration });
    },
    onCameraRest(listener) {
      restListeners.push(listener);
    },
    centerOn(key) {
      const data = sigma.getNodeDisplayData(key);
      if (!data) return;
      const camera = sigma.getCamera();
      camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 1) }, { duration: 400 });
    },
  };
}
