import { foldName, foldText } from "../text/fold";
import type { PaperDraft } from "./listing";
import type { ParseWarning } from "./types";

/** Two entries are the same paper when title and author list match, ignoring case, accents and spacing. */
export function paperIdentity(paper: PaperDraft): string {
  const title = foldText(paper.title).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return `${title}|${paper.authors.map(foldName).join(";")}`;
}

/**
 * Keeps the first of each set of identical papers and warns at every later copy. A copy can
 * still fill in what the first lacked (an abstract, a date).
 */
export function mergeDuplicates(papers: PaperDraft[]): { papers: PaperDraft[]; warnings: ParseWarning[] } {
  const firstByIdentity = new Map<string, PaperDraft>();
  const kept: PaperDraft[] = [];
  const warnings: ParseWarning[] = [];
  for (const paper of papers) {
    const key = paperIdentity(paper);
    const first = firstByIdentity.get(key);
    if (!first) {
      firstByIdentity.set(key, paper);
      kept.push(paper);
      continue;
    }
    first.abstract ??= paper.abstract;
    if (first.date === null && paper.date !== null) {
      first.date = paper.date;
      first.year = paper.year;
    }
    const where = first.source.file === paper.source.file ? `line ${first.source.line}` : `${first.source.file}:${first.source.line}`;
    warnings.push({
      file: paper.source.file,
      line: paper.source.line,
      message: `duplicate of the paper at ${where} ("${paper.title}"); counted once`,
    });
  }
  return { papers: kept, warnings };
}
