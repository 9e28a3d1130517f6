import type { CoauthorGraph } from "../graph/types";
import { hashString, seededRandom } from "../text/random";

/**
 * Start positions from each author's key alone, uniform in a disc: the same input always
 * starts, and so ends, in the same picture, whatever order the papers came in.
 */
export function seedPositions(graph: CoauthorGraph): void {
  const radius = 10 * Math.sqrt(graph.order);
  graph.updateEachNodeAttributes((key, attributes) => {
    const random = seededRandom(hashString(key));
    const angle = random() * 2 * Math.PI;
    const r = radius * Math.sqrt(random());
    return { ...attributes, x: r * Math.cos(angle), y: r * Math.sin(angle) };
  });
}
