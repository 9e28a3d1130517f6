import type { AlignedAuthors } from "../parse/dedupe";
import type { Paper } from "../parse/types";
import { splitName } from "../text/personName";
import type { MergeCandidate, PersonId } from "./types";

interface PersonFacts {
  id: PersonId;
  label: string;
  family: string;
  given: string[];
  papers: number[];
}

/** Beyond this many people with one family name and initial, only initials are compared with full names. */
const ALL_PAIRS_BUCKET = 60;
/** Candidates kept, best first: more would be a list nobody reads (the total is still counted). */
export const MAX_CANDIDATES = 500;

export interface Candidates {
  /** The best supported, at most MAX_CANDIDATES. */
  best: MergeCandidate[];
  /** How many were found in all. */
  total: number;
}

/** "j" matches "jeonghye"; "jeonghye" matches only itself. */
function wordsMatch(a: string, b: string): boolean {
  return a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

/**
 * Given names that could be one person's: the first words match, and every word of the shorter
 * list matches a word of the longer, in order ("J." and "Jeonghye"; "Ian" and "Ian J.").
 */
export function compatibleGiven(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!wordsMatch(short[0]!, long[0]!)) return false;
  let j = 1;
  for (let i = 1; i < short.length; i++) {
    while (j < long.length && !wordsMatch(short[i]!, long[j]!)) j++;
    if (j === long.length) return false;
    j++;
  }
  return true;
}

const isInitials = (given: readonly string[]) => given.every((word) => word.length === 1);
const sourceKind = (id: string) => (/^(orcid|dblp|openalex|scopus):/.exec(id)?.[1] ?? null);

/**
 * People who may be one person written two ways but were kept apart, because initials collide
 * constantly: the same family name, compatible given names ("J. Kim" and "Jeonghye Kim"),
 * never on one paper together, and not known to differ (two ORCIDs). Each comes with the
 * evidence for it; best supported first.
 */
export function findCandidates(papers: readonly Paper[], aligned: readonly AlignedAuthors[] = []): Candidates {
  const people = gatherPeople(papers);
  const buckets = new Map<string, PersonFacts[]>();
  for (const person of people.values()) {
    if (person.given.length === 0 || !person.family) continue;
    const key = `${person.family}|${person.given[0]![0]}`;
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = []));
    bucket.push(person);
  }

  const pairs: [PersonFacts, PersonFacts][] = [];
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    const big = bucket.length > ALL_PAIRS_BUCKET;
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const a = bucket[i]!;
        const b = bucket[j]!;
        if (big && isInitials(a.given) === isInitials(b.given)) continue;
        const kindA = sourceKind(a.id);
        if (kindA !== null && kindA === sourceKind(b.id)) continue; // two ORCIDs: two people
        if (compatibleGiven(a.given, b.given)) pairs.push([a, b]);
      }
    }
  }
  if (pairs.length === 0) return { best: [], total: 0 };
  return withEvidence(pairs, papers, aligned);
}

function gatherPeople(papers: readonly Paper[]): Map<PersonId, PersonFacts> {
  const people = new Map<PersonId, PersonFacts>();
  const spellings = new Map<PersonId, Map<string, { count: number; family?: string }>>();
  papers.forEach((paper, p) => {
    const ids = paper.authorIds ?? [];
    paper.authors.forEach((name, i) => {
      const id = ids[i];
      if (id === undefined) return;
      let person = people.get(id);
      if (!person) people.set(id, (person = { id, label: name, family: "", given: [], papers: [] }));
      if (person.papers[person.papers.length - 1] !== p) person.papers.push(p);
      let forms = spellings.get(id);
      if (!forms) spellings.set(id, (forms = new Map()));
      const form = forms.get(name);
      if (form) form.count++;
      else forms.set(name, { count: 1, family: paper.authorDetails?.[i]?.family });
    });
  });
  for (const [id, forms] of spellings) {
    // The most frequent spelling names the person; then the fuller one; then the first seen (as in the graph).
    let best: [string, { count: number; family?: string }] | null = null;
    for (const entry of forms) {
      if (best === null || entry[1].count > best[1].count || (entry[1].count === best[1].count && entry[0].length > best[0].length)) best = entry;
    }
    const person = people.get(id)!;
    person.label = best![0];
    Object.assign(person, splitName(best![0], best![1].family));
  }
  return people;
}

const MAX_AUTHORS_FOR_COAUTHORS = 1000;

/** Whether two increasing lists of paper indices have one in common. */
function shareAPaper(a: readonly number[], b: readonly number[]): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) return true;
    if (a[i]! < b[j]!) i++;
    else j++;
  }
  return false;
}
const pairKey = (a: string, b: string) => (a < b ? `${a}\n${b}` : `${b}\n${a}`);

function withEvidence(pairs: [PersonFacts, PersonFacts][], papers: readonly Paper[], aligned: readonly AlignedAuthors[]): Candidates {
  const involved = new Set<PersonId>();
  for (const [a, b] of pairs) involved.add(a.id).add(b.id);
  const coauthors = new Map<PersonId, Set<PersonId>>();
  const venues = new Map<PersonId, Set<string>>();
  const years = new Map<PersonId, [number, number]>();
  for (const id of involved) coauthors.set(id, new Set());
  for (const paper of papers) {
    const ids = paper.authorIds ?? [];
    for (const id of ids) {
      if (!involved.has(id)) continue;
      // Co-authors of huge collaborations say nothing about identity, and would cost a lot.
      if (paper.authors.length <= MAX_AUTHORS_FOR_COAUTHORS) {
        const own = coauthors.get(id)!;
        for (const other of ids) if (other !== id) own.add(other);
      }
      if (paper.venue) {
        let set = venues.get(id);
        if (!set) venues.set(id, (set = new Set()));
        set.add(paper.venue);
      }
      if (paper.year !== null) {
        const span = years.get(id);
        if (!span) years.set(id, [paper.year, paper.year]);
        else {
          span[0] = Math.min(span[0], paper.year);
          span[1] = Math.max(span[1], paper.year);
        }
      }
    }
  }
  const alignedCount = new Map<string, number>();
  for (const { a, b } of aligned) alignedCount.set(pairKey(a, b), (alignedCount.get(pairKey(a, b)) ?? 0) + 1);

  // Every pair is scored on counts alone; only the best are written out in full (with their
  // venues by name): a big input can have tens of thousands of pairs.
  const scored: Scored[] = [];
  for (const [a, b] of pairs) {
    // Listed on one paper together: two people. (Each person's papers are in input order, so
    // this walks both lists once, however many authors those papers have.)
    if (shareAPaper(a.papers, b.papers)) continue;
    const yearsA = years.get(a.id);
    const yearsB = years.get(b.id);
    const from = yearsA && yearsB ? Math.max(yearsA[0], yearsB[0]) : 0;
    const to = yearsA && yearsB ? Math.min(yearsA[1], yearsB[1]) : -1;
    const shared = countShared(coauthors.get(a.id)!, coauthors.get(b.id)!);
    const sameRecords = alignedCount.get(pairKey(a.id, b.id)) ?? 0;
    const venueCount = countShared(venues.get(a.id), venues.get(b.id));
    // The fuller name second: "J. Kim → Jeonghye Kim" reads as "J. Kim is probably Jeonghye Kim".
    const [first, second] = a.label.length <= b.label.length ? [a, b] : [b, a];
    scored.push({ first, second, shared, sameRecords, from, to, score: sameRecords * 100 + shared * 10 + venueCount * 3 + (from <= to ? 1 : 0) });
  }
  scored.sort((x, y) => y.score - x.score || x.first.label.localeCompare(y.first.label) || x.second.label.localeCompare(y.second.label));
  const best = scored.slice(0, MAX_CANDIDATES).map(({ first, second, shared, sameRecords, from, to }) => {
    const venuesA = venues.get(first.id);
    const venuesB = venues.get(second.id);
    return {
      a: first.id,
      b: second.id,
      labels: [first.label, second.label] as [string, string],
      evidence: {
        sharedCoauthors: shared,
        samePaperRecords: sameRecords,
        overlappingYears: from <= to ? ([from, to] as [number, number]) : null,
        sharedVenues: venuesA && venuesB ? [...venuesA].filter((v) => venuesB.has(v)).sort() : [],
      },
    };
  });
  return { best, total: scored.length };
}

interface Scored {
  first: PersonFacts;
  second: PersonFacts;
  shared: number;
  sameRecords: number;
  from: number;
  to: number;
  score: number;
}

function countShared<T>(a: ReadonlySet<T> | undefined, b: ReadonlySet<T> | undefined): number {
  if (!a || !b) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const item of small) if (large.has(item)) n++;
  return n;
}
