import { findCandidates } from "../identity/candidates";
import { assignPeople } from "../identity/assign";
import type { IdentityDecision, IdentityReport, MergeCandidate } from "../identity/types";
import { mergeDuplicates } from "../parse/dedupe";
import { readSources, sortWarnings, withIds, type FileReport, type NetworkRead, type ParseOptions, type SourceError, type SourceInput } from "../parse/index";
import type { Paper, ParseWarning } from "../parse/types";

export interface ReadPapersOptions extends ParseOptions {
  /** The user's identity decisions, applied after the automatic ones. */
  decisions?: readonly IdentityDecision[];
}

/** Papers ready for the graph, and the account of how they were read. */
export interface PapersRead {
  papers: Paper[];
  /** The network file read instead of papers, when the input was one (papers is empty then). */
  network?: NetworkRead;
  warnings: ParseWarning[];
  errors: SourceError[];
  files: FileReport[];
  /** Records dropped as copies of an earlier one (each is also a warning). */
  duplicates: number;
  identity: IdentityReport;
  /** People who may be one but were kept apart, best supported first (at most MAX_CANDIDATES). */
  candidates: MergeCandidate[];
  /** How many such pairs there are in all. */
  candidatesFound: number;
}

/**
 * From inputs to papers whose authors are people: read every input in its format, decide who is
 * who (the identity stage), merge the records of one paper (which needs to know who its first
 * author is), give the papers ids, and list the people who might be one but were kept apart.
 * The CLI, the load worker and the tests all go through here.
 */
export function readPapers(sources: readonly SourceInput[], options: ReadPapersOptions = {}): PapersRead {
  const read = readSources(sources, options);
  const identity = assignPeople(read.drafts, options.decisions);
  const merged = mergeDuplicates(read.drafts);
  const papers = withIds(merged.papers);
  const candidates = findCandidates(papers, merged.aligned);
  return {
    papers,
    warnings: sortWarnings(read.warnings.concat(merged.warnings), sources),
    errors: read.errors,
    files: read.files,
    duplicates: merged.warnings.length,
    identity,
    candidates: candidates.best,
    candidatesFound: candidates.total,
    ...(read.network && { network: read.network }),
  };
}
