import type { PaperDraft } from "../parse/types";
import { betterId } from "./sourceIds";
import type { IdentityDecision, IdentityReport } from "./types";
import { UnionFind } from "./unionFind";

/** Splits first (a spelling becomes its own person), then merges, which may name a split-off person. */
export function applyDecisions(
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
