import type { CoauthorGraph } from "../graph/types";
import { BACKGROUND_COLOR } from "../visual/palette";

/**
 * Links drawn with an opacity that tells how much they matter to the picture: a short heavy
 * link inside a group stays strong, a long light one across the map fades, so that groups and
 * the few strong ties between them show through the hairball. Computed once per network and
 * view, never per frame: the result is a colour per link for the edge reducer.
 */

/** What a link is compared with: the network's typical link length and a heavy weight. */
export interface LinkFadeContext {
  /** Median length of the links, in graph units. */
  typicalLength: number;
  /** A weight counted as heavy: the 90th percentile of the weights, at least 1. */
  heavyWeight: number;
}

/** The faintest and the strongest link, as opacities. */
export const LINK_ALPHA_RANGE: readonly [number, number] = [0.08, 0.85];
/** A light link keeps this share of a heavy one's strength, before its length is counted. */
const LIGHTEST_SHARE = 0.35;

/** A link's opacity: strongest when it is short (at most typical) and heavy, fading with length beyond the typical one and with lightness. */
export function linkAlpha(length: number, weight: number, context: LinkFadeContext): number {
  const [faintest, strongest] = LINK_ALPHA_RANGE;
  const byLength = length <= context.typicalLength ? 1 : context.typicalLength / length;
  const heaviness = Math.sqrt(Math.min(1, Math.max(0, weight) / context.heavyWeight));
  const byWeight = LIGHTEST_SHARE + (1 - LIGHTEST_SHARE) * heaviness;
  return faintest + (strongest - faintest) * byLength * byWeight;
}

/** The context of a set of links, from their lengths and weights (in any order). */
export function linkFadeContext(lengths: Float64Array, weights: Float64Array): LinkFadeContext {
  return {
    typicalLength: Math.max(quantile(lengths, 0.5), Number.MIN_VALUE),
    heavyWeight: Math.max(1, quantile(weights, 0.9)),
  };
}

/** Opacities are rounded to this many steps: a handful of colours, each parsed once by the renderer. */
const ALPHA_STEPS = 32;

/**
 * The colour of every given link (edge key → weight, e.g. the view's visible links): the base
 * colour at the link's opacity over the background, as an opaque colour. sigma does not
 * premultiply alpha, so a translucent link would be drawn lighter than the background, not
 * fainter. Lengths are read from the nodes' x and y now: call it again when the layout has
 * moved them.
 */
export function fadedLinkColors(graph: CoauthorGraph, links: ReadonlyMap<string, number>, baseColor: string, backgroundColor = BACKGROUND_COLOR): Map<string, string> {
  // One pass over the graph's links, which hands over both ends' attributes without lookups.
  const keys: string[] = [];
  const lengths: number[] = [];
  const weights: number[] = [];
  graph.forEachEdge((key, _attributes, _source, _target, a, b) => {
    const weight = links.get(key);
    if (weight === undefined) return;
    keys.push(key);
    lengths.push(Math.hypot((a.x ?? 0) - (b.x ?? 0), (a.y ?? 0) - (b.y ?? 0)));
    weights.push(weight);
  });
  const context = linkFadeContext(Float64Array.from(lengths), Float64Array.from(weights));
  const colours = Array.from({ length: ALPHA_STEPS + 1 }, (_, step) => mix(backgroundColor, baseColor, step / ALPHA_STEPS));
  const result = new Map<string, string>();
  for (let i = 0; i < keys.length; i++) result.set(keys[i]!, colours[Math.round(linkAlpha(lengths[i]!, weights[i]!, context) * ALPHA_STEPS)]!);
  return result;
}

/** The value below which the given share of the values lie (0 for none). */
function quantile(values: Float64Array, share: number): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
}

/** The colour a share `t` of the way from one "#rrggbb" colour to another. */
function mix(from: string, to: string, t: number): string {
  const [a, b] = [rgbOf(from), rgbOf(to)];
  return `#${a.map((channel, i) => Math.round(channel + (b[i]! - channel) * t).toString(16).padStart(2, "0")).join("")}`;
}

function rgbOf(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.replace(/^#/, ""), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}
