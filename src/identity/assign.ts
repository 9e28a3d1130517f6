import type { AuthorDetail, PaperDraft } from "../parse/types";
import { NameGroups, nameId } from "./names";
import type { IdentityDecision, IdentityReport, PersonId } from "./types";
import { UnionFind } from "./unionFind";

// Source ids in order of trust: an ORCID iD is the person's own; the others are a database's.
const SOURCE_ID_KINDS = ["orcid", "dblp", "openalex", "scopus"] as const satisfies readonly (keyof AuthorDetail)[];
const KIND_RANK = new Map<string, number>(SOURCE_ID_KINDS.map((kind, i) => [kind, i]));

function sourceIdsOf(detail: AuthorDetail | undefined): string[] {
  if (!detail) return [];
  const ids: string[] = [];
  for (const kind of SOURCE_ID_KINDS) {
    const value = detail[kind];
    if (value) ids.push(`${kind}:${value}`);
  }
  return ids;
}

/**
 * Which of two ids names a person best: source ids before names, a more trusted source first;
 * between names the fuller one ("jeonghye kim" over "j kim"); then the smaller.
 */
function betterId(a: string, b: string): string {
  const rank = (id: string) => KIND_RANK.get(id.slice(0, id.indexOf(":"))) ?? (id.startsWith("spelling:") ? 6 : 5);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra < rb ? a : b;
  if (ra === 5 && a.length !== b.length) return a.length > b.length ? a : b;
  return a <= b ? a : b;
}

/**
 * The identity stage: gives every author of every paper a person id (written to
 * `paper.authorIds`, parallel to `paper.authors`).
 * 1. Source ids decide: occurrences sharing any id (an ORCID, a dblp pid …) are one person.
 * 2. A name with no id joins the person with ids who is written that way, if there is
 *    exactly one; with two (two Wei Wangs with different ORCIDs) it is left apart.
 * 3. Other names are one person per name, ignoring case, accents, punctuation and word order.
 * 4. The user's decisions: splits, then merges.
 * Initials are never matched to full names here ("J. Kim" is not "Jeonghye Kim"): those
 * pairs are only offered as candidates (see findCandidates).
 */
export function assignPeople(papers: readonly PaperDraft[], decisions: readonly IdentityDecision[] = []): IdentityReport {
  // 1. Components of source ids: occurrences that share an id are one person.
  const ids = new UnionFind();
  for (const paper of papers) {
    const details = paper.authorDetails;
    if (!details) continue;
    for (const detail of details) {
      const own = sourceIdsOf(detail);
      for (let k = 1; k < own.length; k++) ids.union(own[0]!, own[k]!);
      if (own.length === 1) ids.add(own[0]!);
    }
  }
  const names = new NameGroups();
  for (const paper of papers) for (const name of paper.authors) names.add(name);
  const nameGroupKey = (name: string) => names.group(name);

  // 2. Ids of different kinds say nothing against each other: an ORCID from one file and a
  // Scopus id from another, written the same way, are one person, unless that would give the
  // person two different ids of one kind (two Wei Wangs with two ORCIDs stay two).
  bridgeIdKinds(papers, ids, nameGroupKey);
  const bestOfComponent = new Map<string, string>();
  for (const id of ids.items()) {
    const root = ids.find(id);
    const best = bestOfComponent.get(root);
    bestOfComponent.set(root, best === undefined ? id : betterId(best, id));
  }

  // Which id-people each name is written as.
  const idPeopleByName = new Map<string, Set<string>>();
  for (const paper of papers) {
    paper.authors.forEach((name, i) => {
      const own = sourceIdsOf(paper.authorDetails?.[i]);
      if (own.length === 0) return;
      const person = bestOfComponent.get(ids.find(own[0]!))!;
      const key = nameGroupKey(name);
      let people = idPeopleByName.get(key);
      if (!people) idPeopleByName.set(key, (people = new Set()));
      people.add(person);
    });
  }

  // 3. Names alone: one person per group of names with the same words, named after its smallest
  // spelling. Worked out once per distinct name (names repeat a lot), not per occurrence.
  const nameGroupId = new Map<string, string>();
  const nameOnly = new Set<string>();
  for (const paper of papers) {
    paper.authors.forEach((name, i) => {
      if (paper.authorDetails?.[i] && sourceIdsOf(paper.authorDetails[i]).length > 0) return;
      nameOnly.add(name);
    });
  }
  const personOfName = new Map<string, PersonId>();
  for (const name of nameOnly) {
    const key = nameGroupKey(name);
    if (idPeopleByName.get(key)?.size === 1) continue;
    const id = nameId(name) || `spelling:${name}`;
    const known = nameGroupId.get(key);
    if (known === undefined || id < known) nameGroupId.set(key, id);
  }
  for (const name of nameOnly) {
    const key = nameGroupKey(name);
    const idPeople = idPeopleByName.get(key);
    personOfName.set(name, idPeople?.size === 1 ? idPeople.values().next().value! : nameGroupId.get(key)!);
  }
  const personOf = (name: string, detail: AuthorDetail | undefined): PersonId => {
    const own = detail ? sourceIdsOf(detail) : [];
    return own.length > 0 ? bestOfComponent.get(ids.find(own[0]!))! : personOfName.get(name)!;
  };
  for (const paper of papers) paper.authorIds = paper.authors.map((name, i) => personOf(name, paper.authorDetails?.[i]));

  const unapplied = applyDecisions(papers, decisions, (id) => nameGroupId.get(nameGroupKey(id)));
  return { namesMerged: countMergedNames(papers), unapplied };
}

const kindOf = (id: string) => id.slice(0, id.indexOf(":"));

function bridgeIdKinds(papers: readonly PaperDraft[], ids: UnionFind, nameGroupKey: (name: string) => string): void {
  const rootsByName = new Map<string, Set<string>>();
  for (const paper of papers) {
    paper.authors.forEach((name, i) => {
      const own = sourceIdsOf(paper.authorDetails?.[i]);
      if (own.length === 0) return;
      const key = nameGroupKey(name);
      let roots = rootsByName.get(key);
      if (!roots) rootsByName.set(key, (roots = new Set()));
      roots.add(ids.find(own[0]!));
    });
  }
  // The ids of each component, by kind.
  const kinds = new Map<string, Map<string, Set<string>>>();
  for (const id of ids.items()) {
    const root = ids.find(id);
    let own = kinds.get(root);
    if (!own) kinds.set(root, (own = new Map()));
    let ofKind = own.get(kindOf(id));
    if (!ofKind) own.set(kindOf(id), (ofKind = new Set()));
    ofKind.add(id);
  }
  // Sorted, so the outcome does not depend on the order of the input.
  for (const key of [...rootsByName.keys()].sort()) {
    const distinct = [...new Set([...rootsByName.get(key)!].map((root) => ids.find(root)))];
    if (distinct.length < 2) continue;
    const together = new Map<string, Set<string>>();
    for (const root of distinct) {
      for (const [kind, own] of kinds.get(root)!) {
        let ofKind = together.get(kind);
        if (!ofKind) together.set(kind, (ofKind = new Set()));
        for (const id of own) ofKind.add(id);
      }
    }
    if ([...together.values()].some((ofKind) => ofKind.size > 1)) continue;
    for (const root of distinct.slice(1)) ids.union(distinct[0]!, root);
    kinds.set(ids.find(distinct[0]!), together);
  }
}

/** Splits first (a spelling becomes its own person), then merges, which may name a split-off person. */
function applyDecisions(
  papers: readonly PaperDraft[],
  decisions: readonly IdentityDecision[],
  personOfName: (name: string) => string | undefined,
): IdentityReport["unapplied"] {
  const unapplied: IdentityReport["unapplied"] = [];
  if (decisions.length === 0) return unapplied;
  const people = new Set<string>();
  for (const paper of papers) for (const id of paper.authorIds!) people.add(id);
  // An id from a decision file names the same person if the names in it were regrouped since.
  const resolve = (id: string): string | null => {
    if (people.has(id)) return id;
    if (id.includes(":")) return null;
    const regrouped = personOfName(id);
    return regrouped !== undefined && people.has(regrouped) ? regrouped : null;
  };

  for (const decision of decisions) {
    if (decision.action !== "split") continue;
    const person = resolve(decision.person);
    let moved = 0;
    if (person !== null) {
      for (const paper of papers) {
        paper.authors.forEach((name, i) => {
          if (name === decision.spelling && paper.authorIds![i] === person) {
            paper.authorIds![i] = `spelling:${name}`;
            moved++;
          }
        });
      }
    }
    if (moved === 0) unapplied.push({ decision, reason: person === null ? `no person "${decision.person}" in this data` : `"${decision.spelling}" is not a spelling of this person here` });
    else people.add(`spelling:${decision.spelling}`);
  }

  const merged = new UnionFind();
  for (const decision of decisions) {
    if (decision.action !== "merge") continue;
    const [a, b] = decision.people.map(resolve);
    if (a === null || b === null || a === undefined || b === undefined) {
      const missing = decision.people.filter((id) => resolve(id) === null);
      unapplied.push({ decision, reason: `no ${missing.map((id) => `person "${id}"`).join(" and no ")} in this data` });
      continue;
    }
    merged.union(a, b);
  }
  if (merged.size === 0) return unapplied;
  // Each merged group takes the id of its member that names a person best (see betterId).
  const groupId = new Map<string, string>();
  for (const id of merged.items()) {
    const root = merged.find(id);
    const best = groupId.get(root);
    groupId.set(root, best === undefined ? id : betterId(best, id));
  }
  for (const paper of papers) {
    paper.authorIds = paper.authorIds!.map((id) => (merged.has(id) ? groupId.get(merged.find(id))! : id));
  }
  return unapplied;
}

/** People written in more than one way: their spellings were merged without asking. */
function countMergedNames(papers: readonly PaperDraft[]): number {
  const spellings = new Map<string, string>();
  const merged = new Set<string>();
  for (const paper of papers) {
    paper.authors.forEach((name, i) => {
      const id = paper.authorIds![i]!;
      const first = spellings.get(id);
      if (first === undefined) spellings.set(id, name);
      else if (first !== name) merged.add(id);
    });
  }
  return merged.size;
}

/**
 * A person id from one occurrence alone, for papers streamed one at a time (the whole dblp.xml),
 * where no list of all names exists to compare: the best of its own source ids, else its name.
 * Within one dblp file this is what assignPeople gives too, since every dblp author has an id.
 */
export function personIdOf(name: string, detail: AuthorDetail | undefined): PersonId {
  const own = sourceIdsOf(detail);
  if (own.length > 0) return own.reduce(betterId);
  return nameId(name) || `spelling:${name}`;
}
