import type { CoauthorGraph } from "./types";

/**
 * Each person's group: the people, and their `community` numbers at the same places. Two arrays
 * rather than a map, because they go to the load worker: cloning 100,000 people in a map took
 * 35-50 ms of the page's time, in arrays 7-10 ms.
 */
export interface Membership {
  people: string[];
  groups: Int32Array;
}

/** The `community` number of every author who has one. */
export function membershipOf(graph: CoauthorGraph): Membership {
  const people: string[] = [];
  const groups: number[] = [];
  graph.forEachNode((key, { community }) => {
    if (community === undefined) return;
    people.push(key);
    groups.push(community);
  });
  return { people, groups: Int32Array.from(groups) };
}

/**
 * Which group of the network before a rebuild each group after it carries on: new group number →
 * old group number, for the groups that carry one on. Only people in both networks count (a new
 * author is in no old group; a person merged under another id is not the same person). A new
 * and an old group share a majority when more than half of the new group's people who were
 * there before were in the old group (it is made of it), or more than half of the old group's
 * people still there are in the new one (it is still together in it): an old group that grew by
 * absorbing smaller ones shares a majority with what it became, though half of that came from
 * elsewhere. Such pairs are matched one to one, those with most people in common first (ties: the
 * lower new number, which is the larger group, then the lower old one): when an old group splits,
 * the piece with most of it carries it on; when groups merge, the one that brought most people.
 * One pass over the people of each, then a sort of the pairs of groups that have people in common.
 */
export function matchGroups(previous: Membership, next: Membership): Map<number, number> {
  let oldCount = 0;
  for (const group of previous.groups) oldCount = Math.max(oldCount, group + 1);
  const groupNow = new Map<string, number>();
  next.people.forEach((person, i) => groupNow.set(person, next.groups[i]!));
  const oldRemaining = new Map<number, number>();
  const newReturning = new Map<number, number>();
  // Each pair of groups under the number new · oldCount + old.
  const shared = new Map<number, number>();
  for (let i = 0; i < previous.people.length; i++) {
    const group = groupNow.get(previous.people[i]!);
    if (group === undefined) continue;
    const old = previous.groups[i]!;
    oldRemaining.set(old, (oldRemaining.get(old) ?? 0) + 1);
    newReturning.set(group, (newReturning.get(group) ?? 0) + 1);
    const pair = group * oldCount + old;
    shared.set(pair, (shared.get(pair) ?? 0) + 1);
  }

  const pairs: { group: number; old: number; common: number }[] = [];
  for (const [pair, common] of shared) {
    const group = Math.floor(pair / oldCount);
    const old = pair % oldCount;
    if (2 * common > newReturning.get(group)! || 2 * common > oldRemaining.get(old)!) pairs.push({ group, old, common });
  }
  pairs.sort((a, b) => b.common - a.common || a.group - b.group || a.old - b.old);
  const heirs = new Map<number, number>();
  const taken = new Set<number>();
  for (const { group, old } of pairs) {
    if (heirs.has(group) || taken.has(old)) continue;
    heirs.set(group, old);
    taken.add(old);
  }
  return heirs;
}
