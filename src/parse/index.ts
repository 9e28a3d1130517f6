import { parseIsoDate, todayIso } from "./dates";
import { firstUndecodableLine, REPLACEMENT } from "./decode";
import { mergeDuplicates } from "./dedupe";
import { looksLikeListing, parseListing, type PaperDraft } from "./listing";
import { createIdAllocator } from "./paperIds";
import type { ParseOptions, ParseResult, ParseWarning, SourceText } from "./types";

export type * from "./types";

/** A whole input that could not be used at all (unknown format, no papers). */
export interface SourceError {
  file: string;
  message: string;
}

export interface ParsedSources extends ParseResult {
  errors: SourceError[];
}

/**
 * Parses several inputs into one list of papers: each input in its format, then duplicates
 * merged across inputs and ids handed out in input order.
 */
export function parseSources(sources: SourceText[], options: ParseOptions = {}): ParsedSources {
  const referenceText = options.referenceDate ?? todayIso();
  const reference = parseIsoDate(referenceText);
  if (!reference) throw new Error(`invalid reference date "${referenceText}": expected YYYY-MM-DD`);

  const drafts: PaperDraft[] = [];
  const warnings: ParseWarning[] = [];
  const errors: SourceError[] = [];
  const total = sources.reduce((sum, s) => sum + s.text.length, 0) || 1;
  let done = 0;
  for (const source of sources) {
    const text = source.text.replace(/^\uFEFF/, "");
    const format = options.format ?? "auto";
    if (format === "auto" && !looksLikeListing(text)) {
      errors.push({ file: source.name, message: text.trim() ? "not a recognised format: no listing header line (such as \"LGOct 4, 2023\") was found" : "the file is empty" });
      continue;
    }
    const progress = options.onProgress && ((f: number) => options.onProgress!((done + f * source.text.length) / total));
    const parsed = parseListing(text, source.name, reference, progress);
    done += source.text.length;
    const badLine = firstUndecodableLine(text);
    if (badLine > 0) {
      warnings.push({ file: source.name, line: badLine, message: `some bytes are not valid UTF-8 and show as "${REPLACEMENT}" (first on this line): is the file in another encoding?` });
    }
    if (parsed.papers.length === 0) errors.push({ file: source.name, message: "no papers found" });
    drafts.push(...parsed.papers);
    warnings.push(...parsed.warnings);
  }

  const merged = mergeDuplicates(drafts);
  const allocate = createIdAllocator();
  const papers = merged.papers.map((draft) => ({ id: allocate(draft.title), ...draft }));
  const fileOrder = new Map(sources.map((s, i) => [s.name, i]));
  const allWarnings = [...warnings, ...merged.warnings].sort(
    (a, b) => fileOrder.get(a.file)! - fileOrder.get(b.file)! || a.line - b.line,
  );
  return { papers, warnings: allWarnings, errors };
}
