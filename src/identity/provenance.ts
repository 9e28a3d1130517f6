import type { Paper } from "../parse/types";

export interface Provenance {
  /** Every way the person is written, with on how many papers; most frequent first. */
  spellings: { name: string; papers: number }[];
  /** The files the person's papers came from, with how many; most first. */
  files: { file: string; papers: number }[];
}

function counted(counts: Map<string, number>): [string, number][] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Where a person comes from: the spellings and files of their papers. */
export function provenanceOf(person: string, paperIds: readonly string[], papers: ReadonlyMap<string, Paper>): Provenance {
  const spellings = new Map<string, number>();
  const files = new Map<string, number>();
  for (const id of paperIds) {
    const paper = papers.get(id);
    if (!paper) continue;
    files.set(paper.source.file, (files.get(paper.source.file) ?? 0) + 1);
    const seen = new Set<string>();
    paper.authorIds?.forEach((author, i) => {
      const name = paper.authors[i]!;
      if (author !== person || seen.has(name)) return;
      seen.add(name);
      spellings.set(name, (spellings.get(name) ?? 0) + 1);
    });
  }
  return {
    spellings: counted(spellings).map(([name, n]) => ({ name, papers: n })),
    files: counted(files).map(([file, n]) => ({ file, papers: n })),
  };
}
