import { describeGroups, type GroupDescription } from "./communities";
import { matchGroups, membershipOf, type Membership } from "./groupMatch";
import type { CoauthorGraph, KeptGroup } from "./types";

/** What the network on screen hands the one rebuilt from it about its groups. */
export interface PreviousGroups {
  /** Each person's group. */
  members: Membership;
  /** By group number: the colour it is drawn in and the person it is named after. */
  groups: { color: string | null; center: string | null }[];
}

/**
 * The groups of the network on screen, by the colour they are drawn in (`colors`, by group
 * number) and the person they are named after: the one a group keeps from an earlier rebuild,
 * though filters hide her now (she names it again once shown); else the one it is shown under
 * (`shown`, the view's groups); else, for a group the filters hide whole, its most central author
 * in the whole network, under whom it was shown before the filters.
 */
export function previousGroupsOf(graph: CoauthorGraph, colors: ReadonlyMap<number, string>, shown: readonly GroupDescription[]): PreviousGroups {
  const members = membershipOf(graph);
  let count = 0;
  for (const group of members.groups) count = Math.max(count, group + 1);
  const centers = new Array<string | null>(count).fill(null);
  for (const { community, center } of graph.getAttribute("keptGroups") ?? []) centers[community] = center;
  for (const { id, center } of shown) centers[id] ??= center;
  // Community numbers run from 0 without a gap: a null is a group neither kept nor shown.
  if (centers.includes(null)) for (const { id, center } of describeGroups(graph)) centers[id] ??= center;
  const groups = centers.map((center, id) => ({ color: colors.get(id) ?? null, center }));
  return { members, groups };
}

/**
 * What each group of a rebuilt network keeps of the group it carries on (`matchGroups`): its
 * colour, and its name while the person it was named after is still in it, though another may
 * be more central now. A group whose namesake left is named afresh, as a new group is. By group
 * number.
 */
export function carryGroups(previous: PreviousGroups, graph: CoauthorGraph): KeptGroup[] {
  const kept: KeptGroup[] = [];
  for (const [community, old] of matchGroups(previous.members, membershipOf(graph))) {
    const { color, center } = previous.groups[old] ?? { color: null, center: null };
    const stayed = center !== null && graph.hasNode(center) && graph.getNodeAttribute(center, "community") === community;
    kept.push({ community, color, center: stayed ? center : null });
  }
  return kept.sort((a, b) => a.community - b.community);
}
