/**
 * Who is who. Every author occurrence (an author of a paper) gets a person id:
 * - `orcid:0000-0002-1825-0097`, `dblp:123/4567`, `openalex:A5023888391`, `scopus:57193254555`
 *   when the source identifies the person (these decide);
 * - otherwise the folded name, `jeonghye kim`, shared by every spelling that differs only in
 *   case, accents, spacing, punctuation or name order;
 * - `spelling:José Núñez` for a spelling the user has split off from the person it folded into.
 */
export type PersonId = string;

/** A user's decision about identity; kept in a small JSON file and applied again on every load. */
export type IdentityDecision =
  | { action: "merge"; people: [PersonId, PersonId]; labels?: [string, string] }
  | { action: "split"; person: PersonId; spelling: string };

export interface IdentityDecisionsFile {
  format: "coauthor-explorer-identities";
  version: 1;
  decisions: IdentityDecision[];
}

/** What the identity stage found, for the load report and the identity panel. */
export interface IdentityReport {
  /** People written more than one way (or under several source ids) in the input, now one each. */
  namesMerged: number;
  /** Decisions that matched nothing in this input (another data set's, or stale), with why. */
  unapplied: { decision: IdentityDecision; reason: string }[];
}

/** Why two people might be one: shown beside each merge candidate. */
export interface CandidateEvidence {
  /** Co-authors both have written with. */
  sharedCoauthors: number;
  /** Papers read from two files that list one under each name, at the same place in the author list. */
  samePaperRecords: number;
  /** Years both were publishing, or null when their years do not overlap (or are unknown). */
  overlappingYears: [number, number] | null;
  /** Venues both have published in. */
  sharedVenues: string[];
}

/** Two people whose names are compatible ("J. Kim" and "Jeonghye Kim") but who were not merged. */
export interface MergeCandidate {
  a: PersonId;
  b: PersonId;
  labels: [string, string];
  evidence: CandidateEvidence;
}
