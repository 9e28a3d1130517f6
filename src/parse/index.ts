import { andList } from "../text/andList";
import { neutralizeBidi } from "../text/bidi";
import { parseIsoDate, todayIso } from "./dates";
import { BinaryFileError, decodeBytes, normalizeLineEnds } from "./decode";
import { detectFormat, FORMATS, formatById } from "./formats/registry";
import type { FormatId, FormatReader } from "./formats/types";
import { inlineTexToText } from "./inlineTex";
import { createIdAllocator } from "./paperIds";
import type { Paper, PaperDraft, ParseWarning, SourceText } from "./types";

export type * from "./types";
export type { FormatId } from "./formats/types";

/** "auto" detects each file's format from its content. */
export type InputFormat = "auto" | FormatId;

/** An input as bytes (a file, decoded here) or as text (pasted). */
export type SourceInput = SourceText | { name: string; bytes: Uint8Array };

export interface ParseOptions {
  format?: InputFormat;
  /** `YYYY-MM-DD`; dates without a year resolve to the latest such day not after it. Default: today. */
  referenceDate?: string;
  /** Called now and then with the fraction of the input read so far (0..1). */
  onProgress?: (fraction: number) => void;
}

/** A whole input that could not be used at all (unknown format, not text, no authors). */
export interface SourceError {
  file: string;
  message: string;
}

/** What became of one input: its format and how many papers it gave (before duplicates merge). */
export interface FileReport {
  file: string;
  format: FormatId | null;
  papers: number;
  /** The text encoding it was read in, for inputs given as bytes. */
  encoding?: string;
  /** Why nothing of it was used, when nothing was. */
  error?: string;
}

/** Every input read in its format, before the shared steps that need all of them (identity, duplicates, ids). */
export interface ReadSources {
  drafts: PaperDraft[];
  warnings: ParseWarning[];
  errors: SourceError[];
  files: FileReport[];
}

const sizeOf = (source: SourceInput) => ("bytes" in source ? source.bytes.length : source.text.length);

/**
 * Reads several inputs: each decoded, recognised by its content and read in its format, its
 * texts cleaned. An input that cannot be used is an error naming it; the others still load.
 */
export function readSources(sources: readonly SourceInput[], options: ParseOptions = {}): ReadSources {
  const referenceText = options.referenceDate ?? todayIso();
  const reference = parseIsoDate(referenceText);
  if (!reference) throw new Error(`invalid reference date "${referenceText}": expected YYYY-MM-DD`);
  const forced = options.format && options.format !== "auto" ? formatById(options.format) : undefined;
  if (options.format && options.format !== "auto" && !forced) throw new Error(`unknown format "${options.format}"`);

  const drafts: PaperDraft[] = [];
  const warnings: ParseWarning[] = [];
  const errors: SourceError[] = [];
  const files: FileReport[] = [];
  const total = sources.reduce((sum, s) => sum + sizeOf(s), 0) || 1;
  let done = 0;
  for (const source of sources) {
    const report: FileReport = { file: source.name, format: null, papers: 0 };
    files.push(report);
    const fail = (message: string) => {
      report.error = message;
      errors.push({ file: source.name, message });
    };
    const progress = options.onProgress && ((f: number) => options.onProgress!((done + f * sizeOf(source)) / total));
    try {
      let text: string;
      if ("bytes" in source) {
        const decoded = decodeBytes(source.bytes);
        text = decoded.text;
        report.encoding = decoded.encoding;
        if (decoded.warning) warnings.push({ file: source.name, ...decoded.warning });
      } else {
        text = source.text;
      }
      text = normalizeLineEnds(text.replace(/^\uFEFF/, ""));
      if (text.trim().length === 0) {
        fail("empty");
        continue;
      }
      const format = forced ?? detectFormat(text);
      if (!format) {
        fail(unrecognised(text));
        continue;
      }
      report.format = format.id;
      const parsed = format.parse(text, { file: source.name, reference, onProgress: progress });
      for (const warning of parsed.warnings) warnings.push(warning);
      report.papers = parsed.papers.length;
      if (!parsed.papers.some((paper) => paper.authors.length > 0)) {
        const n = parsed.papers.length;
        fail(n === 0 ? `no papers found in this ${format.label} file` : n === 1 ? "its one paper has no authors that could be read" : `none of its ${n} papers has authors that could be read`);
        continue;
      }
      for (const paper of parsed.papers) drafts.push(cleanPaperText(paper, format.decodesTex === true));
    } catch (error) {
      if (error instanceof BinaryFileError) fail(error.message);
      else throw error;
    } finally {
      done += sizeOf(source);
    }
  }

  return { drafts, warnings, errors, files };
}

/** Warnings in input order: by file as given, then by line. */
export function sortWarnings(warnings: ParseWarning[], sources: readonly { name: string }[]): ParseWarning[] {
  const fileOrder = new Map(sources.map((s, i) => [s.name, i]));
  return warnings.sort((a, b) => (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) || a.line - b.line);
}

/** Gives each paper a readable id from its title, unique within the load, in input order. */
export function withIds(drafts: readonly PaperDraft[]): Paper[] {
  const allocate = createIdAllocator();
  return drafts.map((draft) => ({ id: allocate(draft.title), ...draft }));
}

/** What the start of a text that no format recognises looks like, and what would have been read. */
function unrecognised(text: string): string {
  const start = text.trimStart().slice(0, 40).split("\n")[0]!;
  const labels = FORMATS.map((f: FormatReader) => f.label);
  const known = andList(labels);
  return `not a format Coauthor Explorer reads (it starts with "${start}"); it reads ${known}`;
}

/**
 * Bidirectional controls out of every text a paper shows (see neutralizeBidi), and inline TeX
 * in its title and abstract turned into text, unless the reader has decoded TeX already
 * (`texDecoded`: BibTeX's, where a dollar left in the text was written `\$` and means one).
 */
export function cleanPaperText(paper: PaperDraft, texDecoded = false): PaperDraft {
  paper.title = neutralizeBidi(texDecoded ? paper.title : inlineTexToText(paper.title));
  paper.authors = paper.authors.map(neutralizeBidi);
  if (paper.abstract) paper.abstract = neutralizeBidi(texDecoded ? paper.abstract : inlineTexToText(paper.abstract));
  if (paper.venue) paper.venue = neutralizeBidi(paper.venue);
  if (paper.authorDetails) {
    for (const detail of paper.authorDetails) {
      if (detail.given) detail.given = neutralizeBidi(detail.given);
      if (detail.family) detail.family = neutralizeBidi(detail.family);
    }
  }
  return paper;
}
