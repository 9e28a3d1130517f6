import type { CoauthorGraph } from "../graph/types";
import { worstDifference } from "./colorVision";
import { groupNetwork, type GroupNetwork } from "./groupNetwork";
import { MinHeap } from "./heap";
import { GROUP_PALETTE } from "./palette";

/**
 * A colour for every research group, so that groups whose authors wrote together differ:
 * DSatur greedy colouring of the group network (`groupNetwork`). The next group coloured is
 * the one whose neighbours already use the most distinct colours (it has the fewest choices
 * left), then the one most strongly tied to other groups, then the largest, then the lowest
 * number. Its colour is, in this order of concern:
 * 1. one no neighbour has, or else the one whose holders share the fewest papers with it: when
 *    the palette runs out, the clash falls on the most weakly linked neighbours;
 * 2. the one least like its neighbours' colours, each weighed by the papers shared with it
 *    (likeness: 1 / the worst CIEDE2000 over normal vision and the three dichromacies), so
 *    that strongly linked groups get the most different colours; and, less, least like the
 *    colours around each neighbour, in the share of that neighbour's papers it has: groups
 *    hanging off one hub are not linked but sit side by side on the map;
 * 3. the one fewest authors have so far, so that unlinked groups spread over the palette;
 * 4. the first in palette order.
 * A group that carries on one of the network before a rebuild (`keptGroups`) keeps its colour
 * when the palette has it, even beside another that kept the same one: the map a user knew stays
 * as it was. The other groups are coloured around those as around any group coloured first.
 * Deterministic. One pass over the authors and links builds the group network; colouring it
 * takes O((groups + group links) · (log groups + palette size)). Positions are not used, so
 * colours stay put while the layout runs.
 */
export function groupColors(graph: CoauthorGraph, palette: readonly string[] = GROUP_PALETTE): Map<number, string> {
  const network = groupNetwork(graph);
  const kept = new Int32Array(network.count).fill(-1);
  for (const { community, color } of graph.getAttribute("keptGroups") ?? []) if (community < network.count && color !== null) kept[community] = palette.indexOf(color);
  const chosen = colorGroups(network, alikeness(palette), kept);
  const colors = new Map<number, string>();
  for (let g = 0; g < network.count; g++) if (chosen[g]! >= 0) colors.set(g, palette[chosen[g]!]!);
  return colors;
}

/**
 * How alike each two palette colours look: 1 / their worst-case difference. A colour with itself
 * counts as SAME_DIFFERENCE apart, so that a colour two steps away weighs more than any other.
 */
function alikeness(palette: readonly string[]): Float64Array[] {
  const known = alikenessCache.get(palette);
  if (known) return known;
  const alike = palette.map((a, i) => Float64Array.from(palette, (b, j) => 1 / (i === j ? SAME_DIFFERENCE : Math.max(worstDifference(a, b), SAME_DIFFERENCE))));
  alikenessCache.set(palette, alike);
  return alike;
}

/** Palettes are constants: their likenesses are worked out once (a millisecond: 168 simulated differences). */
const alikenessCache = new WeakMap<readonly string[], Float64Array[]>();

/** A colour's difference with itself, for the groups two steps away: about half the palette's closest pair. */
const SAME_DIFFERENCE = 5;

/**
 * How much the colours two steps away count against those of the group's own neighbours. At
 * 1, the 10,000-author network had linked groups sharing a colour the palette could have kept
 * apart (0.15% of their papers); at 0.5, none, and the mean difference across links was highest.
 */
const TWO_STEP = 0.5;

/** The palette index of each group's colour, those `kept` (-1: none) first; -1 for numbers without authors. */
function colorGroups({ count, sizes, offsets, neighbours, weights, strength }: GroupNetwork, alike: Float64Array[], kept: Int32Array): Int32Array {
  const k = alike.length;
  const color = new Int32Array(count).fill(-1);
  if (k === 0) return color;
  const saturation = new Int32Array(count);
  // For each group and colour: the papers it shares with neighbours of that colour, and the
  // same papers weighted by how alike each neighbour's colour is to that colour.
  const clash = new Float64Array(count * k);
  const around = new Float64Array(count * k);
  const usage = new Float64Array(k);
  const cost = new Float64Array(k);

  // The queue: one heap per saturation, of ranks in the order groups of equal saturation are
  // taken (strongest, then largest, then lowest number). A group enters again each time its
  // saturation grows; older entries are skipped.
  const order: number[] = [];
  for (let g = 0; g < count; g++) if (sizes[g]! > 0) order.push(g);
  order.sort((a, b) => strength[b]! - strength[a]! || sizes[b]! - sizes[a]! || a - b);
  const rank = new Int32Array(count);
  order.forEach((g, r) => (rank[g] = r));
  const queues = Array.from({ length: k + 1 }, (_, s) => new MinHeap(s === 0 ? order.map((_g, r) => r) : []));
  let top = 0;

  // Gives g colour c, and tells its neighbours.
  const paint = (g: number, c: number) => {
    color[g] = c;
    usage[c]! += sizes[g]!;
    const row = alike[c]!;
    for (let i = offsets[g]!; i < offsets[g + 1]!; i++) {
      const n = neighbours[i]!;
      const w = weights[i]!;
      if (clash[n * k + c] === 0 && color[n] === -1) {
        const s = (saturation[n]! += 1);
        queues[s]!.push(rank[n]!);
        top = Math.max(top, s);
      }
      clash[n * k + c]! += w;
      for (let other = 0; other < k; other++) around[n * k + other]! += w * row[other]!;
    }
  };
  for (let g = 0; g < count; g++) if (sizes[g]! > 0 && kept[g]! >= 0) paint(g, kept[g]!);

  for (;;) {
    while (top > 0 && queues[top]!.size === 0) top--;
    const next = queues[top]!.pop();
    if (next === undefined) break;
    const g = order[next]!;
    if (color[g] !== -1 || saturation[g] !== top) continue;
    // Its own neighbours' colours, then, less, those around each neighbour (in the share of the
    // neighbour's links that go to g): groups hanging off one hub sit side by side on the map.
    for (let c = 0; c < k; c++) cost[c] = around[g * k + c]!;
    for (let i = offsets[g]!; i < offsets[g + 1]!; i++) {
      const n = neighbours[i]!;
      const share = (TWO_STEP * weights[i]!) / strength[n]!;
      for (let c = 0; c < k; c++) cost[c]! += share * around[n * k + c]!;
    }
    let best = 0;
    for (let c = 1; c < k; c++) {
      const x = clash[g * k + c]!;
      const y = clash[g * k + best]!;
      if (x !== y ? x < y : cost[c] !== cost[best] ? cost[c]! < cost[best]! : usage[c]! < usage[best]!) best = c;
    }
    paint(g, best);
  }
  return color;
}
