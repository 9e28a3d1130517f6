import type { AuthorDetail, PaperDraft } from "../parse/types";
import { applyDecisions } from "./applyDecisions";
import { NameGroups, nameId } from "./names";
import { betterId, kindOf, sourceIdsOf } from "./sourceIds";
import type { IdentityDecision, IdentityReport, PersonId } from "./types";
import { UnionFind } from "./unionFind";

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
