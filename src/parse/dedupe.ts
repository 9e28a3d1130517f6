import { foldName, foldText } from "../text/fold";
import { splitName } from "../text/personName";
import type { PaperDraft, ParseWarning } from "./types";

/**
 * The first author's family name, folded ("kim" for "Jeonghye Kim", "J. Kim" and "Kim, J."):
 * two records of one paper often write its authors differently, with initials in one and full
 * names in the other, so the person ids (which keep those apart) would miss the duplicate.
 */
function firstAuthorKey(paper: PaperDraft): string {
  const first = paper.authors[0];
  return first === undefined ? "" : splitName(first, paper.authorDetails?.[0]?.family).family;
}

/** Title without case, accents, punctuation or spacing, so "A Title." and "a title" match. */
export function normalizedTitle(title: string): string {
  return foldText(title).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** The identity of a paper when it has no DOI or arXiv id in common with another. */
function titleKey(paper: PaperDraft): string {
  return `${normalizedTitle(paper.title)}|${paper.year ?? ""}|${firstAuthorKey(paper)}`;
}

/** Two records are one paper unless their ids say otherwise: two different DOIs are two papers. */
function compatible(a: PaperDraft, b: PaperDraft): boolean {
  if (a.doi && b.doi && a.doi !== b.doi) return false;
  if (a.arxivId && b.arxivId && a.arxivId !== b.arxivId) return false;
  return true;
}

export type DuplicateReason = "DOI" | "arXiv id" | "title, year and first author";

/**
 * Two people listed at the same place of the same paper in two records of it: evidence that
 * they are one person written two ways ("J. Kim" in one file, "Jeonghye Kim" in another).
 */
export interface AlignedAuthors {
  a: string;
  b: string;
}

export interface MergedPapers {
  papers: PaperDraft[];
  warnings: ParseWarning[];
  /** Pairs of different person ids found at the same author position of two records of one paper. */
  aligned: AlignedAuthors[];
}

/**
 * Finds records of the same paper across files and formats: the same DOI, else the same arXiv
 * id, else the same normalized title, year and first author. The first record is kept; later
 * copies fill in what it lacks and are reported where they stand.
 */
export function mergeDuplicates(papers: readonly PaperDraft[]): MergedPapers {
  const byDoi = new Map<string, PaperDraft>();
  const byArxiv = new Map<string, PaperDraft>();
  const byTitle = new Map<string, PaperDraft>();
  const kept: PaperDraft[] = [];
  const warnings: ParseWarning[] = [];
  const aligned: AlignedAuthors[] = [];
  for (const paper of papers) {
    const key = titleKey(paper);
    let first: PaperDraft | undefined;
    let reason: DuplicateReason = "DOI";
    if (paper.doi) first = byDoi.get(paper.doi);
    if (!first && paper.arxivId) {
      first = byArxiv.get(paper.arxivId);
      reason = "arXiv id";
    }
    if (!first) {
      const candidate = byTitle.get(key);
      if (candidate && compatible(candidate, paper)) first = candidate;
      reason = "title, year and first author";
    }
    if (!first) {
      kept.push(paper);
      first = paper;
    } else {
      alignAuthors(first, paper, aligned);
      fillIn(first, paper);
      warnings.push({ file: paper.source.file, line: paper.source.line, message: duplicateMessage(first, paper, reason) });
    }
    // Index the kept record under every key either record brings, so a third copy finds it by any of them.
    if (first.doi && !byDoi.has(first.doi)) byDoi.set(first.doi, first);
    if (first.arxivId && !byArxiv.has(first.arxivId)) byArxiv.set(first.arxivId, first);
    if (!byTitle.has(key)) byTitle.set(key, first);
  }
  return { papers: kept, warnings, aligned };
}

function alignAuthors(first: PaperDraft, copy: PaperDraft, aligned: AlignedAuthors[]): void {
  const a = first.authorIds;
  const b = copy.authorIds;
  if (!a || !b || a.length !== b.length) return;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) aligned.push({ a: a[i]!, b: b[i]! });
}

function duplicateMessage(first: PaperDraft, copy: PaperDraft, reason: DuplicateReason): string {
  const where = first.source.file === copy.source.file ? `line ${first.source.line}` : `${first.source.file}:${first.source.line}`;
  return `duplicate of the paper at ${where} ("${first.title}"), same ${reason}; counted once`;
}

/** What a later copy of a paper can add to the first: missing fields, ids, and a fuller author list. */
function fillIn(first: PaperDraft, copy: PaperDraft): void {
  first.abstract ??= copy.abstract;
  if (first.date === null && copy.date !== null) first.date = copy.date;
  if (first.year === null && copy.year !== null) first.year = copy.year;
  first.doi ??= copy.doi;
  first.arxivId ??= copy.arxivId;
  first.venue ??= copy.venue;
  first.type ??= copy.type;
  first.url ??= copy.url;
  if (copy.sourceIds) first.sourceIds = { ...copy.sourceIds, ...first.sourceIds };
  for (const category of copy.categories) if (!first.categories.includes(category)) first.categories.push(category);
  // A truncated list ("et al.") gives way to a complete one; a list without ids to the same list with them.
  const fuller = (first.etAl && !copy.etAl) || copy.authors.length > first.authors.length;
  const samePeople =
    copy.authors.length === first.authors.length &&
    copy.authors.every((name, i) => (first.authorIds && copy.authorIds ? first.authorIds[i] === copy.authorIds[i] : foldName(name) === foldName(first.authors[i]!)));
  if (fuller || (samePeople && !first.authorDetails && copy.authorDetails)) {
    first.authors = copy.authors;
    first.etAl = copy.etAl;
    if (copy.authorDetails) first.authorDetails = copy.authorDetails;
    else delete first.authorDetails;
    if (copy.authorIds) first.authorIds = copy.authorIds;
    else delete first.authorIds;
  }
}
