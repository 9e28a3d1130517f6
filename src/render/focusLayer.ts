import type Sigma from "sigma";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { EDGE_TYPE, NODE_TYPE } from "./emphasis";

/** The name of the layer, between sigma's authors and its labels. */
export const FOCUS_LAYER = "focus";

/**
 * The links and authors in focus (zIndex above 0: a hovered or selected author, her
 * co-authors and their links, a path, a roster), drawn again in a WebGL layer of their own
 * above all of sigma's authors. sigma draws every link in one layer under every author, so
 * the links of a selection ran under the faded authors between its ends and looked dashed.
 * Here the focus's links are drawn over the faded authors, then its authors over their links.
 *
 * Only the items in focus are in this layer's buffers, written again when one of them is
 * handed to sigma (`written`) or sigma moves everyone (its indexing pass); a frame draws them
 * with the camera's matrix, as sigma's own layers do, so panning and zooming write nothing:
 * two small draw calls a frame on the GPU, none without a focus. The thousands of others stay
 * in sigma's buffers alone.
 */
export function createFocusLayer(sigma: Sigma) {
  const canvas = sigma.createCanvas(FOCUS_LAYER, { afterLayer: "nodes" });
  const gl = sigma.createWebGLContext(FOCUS_LAYER, { canvas });
  const settings = sigma.getSettings();
  const links = new settings.edgeProgramClasses[EDGE_TYPE]!(gl, null, sigma);
  const authors = new settings.nodeProgramClasses[NODE_TYPE]!(gl, null, sigma);
  const focusAuthors = new Set<string>();
  const focusLinks = new Set<string>();
  let stale = true;

  /** Writes the buffers from sigma's display data: the links, then the authors from the lowest zIndex up. */
  const write = () => {
    const graph = sigma.getGraph();
    const drawnLinks: [NodeDisplayData, NodeDisplayData, EdgeDisplayData][] = [];
    for (const key of focusLinks) {
      const data = graph.hasEdge(key) ? sigma.getEdgeDisplayData(key) : undefined;
      if (!data || data.hidden) continue;
      const [source, target] = graph.extremities(key).map((end) => sigma.getNodeDisplayData(end));
      if (source && target && !source.hidden && !target.hidden) drawnLinks.push([source, target, data]);
    }
    const drawnAuthors: NodeDisplayData[] = [];
    for (const key of focusAuthors) {
      const data = graph.hasNode(key) ? sigma.getNodeDisplayData(key) : undefined;
      if (data && !data.hidden) drawnAuthors.push(data);
    }
    drawnAuthors.sort((a, b) => a.zIndex - b.zIndex);
    links.reallocate(drawnLinks.length);
    drawnLinks.forEach(([source, target, data], slot) => links.process(0, slot, source, target, data));
    authors.reallocate(drawnAuthors.length);
    drawnAuthors.forEach((data, slot) => authors.process(0, slot, data));
    stale = false;
  };

  const render = () => {
    const params = sigma.getRenderParams();
    const [width, height] = [Math.round(params.width * params.pixelRatio), Math.round(params.height * params.pixelRatio)];
    // sigma sizes its layers when the map's size changes; this one may come after the last change.
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
      canvas.style.width = `${params.width}px`;
      canvas.style.height = `${params.height}px`;
    }
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    gl.clear(gl.COLOR_BUFFER_BIT);
    if (focusAuthors.size + focusLinks.size === 0) return;
    if (stale) write();
    links.render(params);
    authors.render(params);
  };

  sigma.on("afterProcess", () => (stale = true));
  sigma.on("afterRender", render);

  const note = (set: Set<string>, key: string, zIndex: number) => {
    if (zIndex > 0) set.add(key);
    else if (!set.delete(key)) return;
    stale = true;
  };

  return {
    /** What sigma was just handed for an author or a link (the reducers' output). */
    written: {
      node: (key: string, data: NodeDisplayData) => note(focusAuthors, key, data.hidden ? 0 : data.zIndex),
      edge: (key: string, data: EdgeDisplayData) => note(focusLinks, key, data.hidden ? 0 : data.zIndex),
    },
    /** Forgets the focus: for another graph, whose keys mean other people. */
    reset() {
      focusAuthors.clear();
      focusLinks.clear();
      stale = true;
    },
    render,
  };
}
