import type Sigma from "sigma";
import type { CoauthorGraph } from "../graph/types";
import { EDGE_SIZE_RANGE } from "../visual/compute";
import type { Visuals } from "../visual/types";
import { LINK_REACH_PX, LinkFinder } from "./linkPicking";
import type { RendererEvents } from "./renderer";

export interface PointerSource {
  visuals(): Visuals;
  moving(): boolean;
}

/**
 * What the pointer does on the map: hovering and clicking authors (sigma's node picking) and
 * links (LinkFinder). Hover emphasis redraws every author and link, so while the camera moves it
 * waits, and the author under the pointer when the camera comes to rest is told then
 * (`atRest`). Links are looked for under the pointer at rest only, once a frame at most.
 */
export function attachPointer(sigma: Sigma, container: HTMLElement, events: RendererEvents, source: PointerSource) {
  let pointed: string | null = null;
  let told: string | null = null;
  const tellHover = () => {
    if (pointed === told) return;
    told = pointed;
    events.onHoverNode(pointed);
  };
  sigma.on("enterNode", ({ node }) => {
    pointed = node;
    container.style.cursor = "pointer";
    if (!source.moving()) tellHover();
  });
  sigma.on("leaveNode", () => {
    pointed = null;
    container.style.cursor = "";
    if (!source.moving()) tellHover();
  });

  // The nearest drawn link within reach of its centre line: a few pixels, more for wide links.
  // The ends of the links are read again when the graph or its positions change.
  let graph: CoauthorGraph | null = null;
  let links: LinkFinder | null = null;
  const positionsMoved = () => (links = null);
  const linkUnder = (at: { x: number; y: number }) => {
    const visuals = source.visuals();
    if (!graph) return null;
    links ??= new LinkFinder(graph);
    const point = sigma.viewportToGraph(at);
    const next = sigma.viewportToGraph({ x: at.x + 1, y: at.y });
    const unitsPerPixel = Math.hypot(next.x - point.x, next.y - point.y);
    const reach = (size: number) => Math.max(LINK_REACH_PX, sigma.scaleSize(size) / 2 + 1) * unitsPerPixel;
    // The widest a link is drawn bounds every link's reach: finding the widest one drawn took 15 ms a change.
    return links.linkNear(point, reach(EDGE_SIZE_RANGE[1]), (key) => {
      const drawn = visuals.edges.get(key);
      return drawn ? reach(drawn.size) : null;
    });
  };
  sigma.on("clickNode", ({ node }) => events.onClickNode(node));
  sigma.on("clickStage", ({ event }) => {
    const link = linkUnder(event);
    if (link) events.onClickEdge(link);
    else events.onClickBackground();
  });
  let pointerAt: { clientX: number; clientY: number } | null = null;
  container.addEventListener("mousemove", ({ clientX, clientY }) => {
    if (pointerAt === null) {
      requestAnimationFrame(() => {
        const { clientX: x, clientY: y } = pointerAt!;
        pointerAt = null;
        if (pointed !== null || source.moving()) return;
        const box = container.getBoundingClientRect();
        container.style.cursor = linkUnder({ x: x - box.left, y: y - box.top }) ? "pointer" : "";
      });
    }
    pointerAt = { clientX, clientY };
  });

  return {
    atRest: tellHover,
    /** Another network: nobody is pointed at. */
    reset(next: CoauthorGraph) {
      pointed = told = null;
      container.style.cursor = "";
      graph?.off("eachNodeAttributesUpdated", positionsMoved);
      graph?.off("nodeAttributesUpdated", positionsMoved);
      graph = next;
      links = null;
      graph.on("eachNodeAttributesUpdated", positionsMoved);
      graph.on("nodeAttributesUpdated", positionsMoved);
    },
  };
}
