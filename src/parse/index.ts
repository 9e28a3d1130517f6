import { andList } from "../text/andList";
import { neutralizeBidi } from "../text/bidi";
import { parseIsoDate, todayIso } from "./dates";
import { BinaryFileError, decodeBytes, normalizeLineEnds } from "./decode";
import { detectNetworkFormat, NETWORK_FORMATS, networkFormatById } from "../network/registry";
import type { NetworkFormatId, NetworkModel } from "../network/types";
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
  format: FormatId | NetworkFormatId | null;
  papers: number;
  /** For a network file: the authors and links it gave. */
  network?: { authors: number; links: number };
  /** The text encoding it was read in, for inputs given as bytes. */
  encoding?: string;
  /** Why nothing of it was used, when nothing was. */
  error?: string;
}

/** Every input read in its format, before the shared steps that need all of them (identity, duplicates, ids). */
export interface ReadSources {
  drafts: PaperDraft[];
  /** The network file read, when the inputs were one: it is read alone (see readSources). */
  network?: NetworkRead;
  warnings: ParseWarning[];
  errors: SourceError[];
  files: FileReport[];
}

/** A network file (GEXF, GraphML, graphology or VOSviewer JSON) as its reader gives it. */
export interface NetworkRead {
  file: string;
  /** Its format's name: "GEXF". */
  format: string;
  model: NetworkModel;
}

/** What users call a format, paper list or network, from its id. */
export function formatLabel(id: FormatId | NetworkFormatId): string {
  return formatById(id as FormatId)?.label ?? networkFormatById(id as NetworkFormatId)?.label ?? id;
}

const sizeOf = (source: SourceInput) => ("bytes" in source ? source.bytes.length : source.text.length);

/**
 * Reads several inputs: each decoded, recognised by its content and read in its format, its
 * texts cleaned. An input that cannot be used is an error naming it; the others still load.
 *
 * A network file (authors and links, no papers) is read alone: the first input that can be used
 * decides. After papers, a network file is an error naming it, and after a network file, so is
 * every other input: a network has no papers to join another's to, and "Add files…" onto an
 * open network keeps that network. (Joining networks by node id would guess who is who.)
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
  let network: NetworkRead | undefined;
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
      const networkFormat = forced ? null : detectNetworkFormat(text);
      if (networkFormat) {
        report.format = networkFormat.id;
        if (network || drafts.length > 0) {
          const open = network ? `the network ${network.file} is open` : "papers are open";
          fail(`a network file (${networkFormat.label}) is read on its own, and ${open}: open it alone`);
          continue;
        }
        const model = networkFormat.read(text, source.name);
        for (const warning of model.warnings) warnings.push(warning);
        report.network = { authors: model.authors.length, links: model.links.length };
        if (model.authors.length === 0) {
          fail(`no authors (nodes) could be read in this ${networkFormat.label} file`);
          continue;
        }
        network = { file: source.name, format: networkFormat.label, model };
        continue;
      }
      const format = forced ?? detectFormat(text);
      if (!format) {
        fail(unrecognised(text));
        continue;
      }
      report.format = format.id;
      if (network) {
        fail(`papers cannot join the network read from ${network.file}, which has none: open this file on its own`);
        continue;
      }
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

  return { drafts, warnings, errors, files, ...(network && { network }) };
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
  const papers = andList(FORMATS.map((f: FormatReader) => f.label));
  const networks = andList(NETWORK_FORMATS.map((f) => f.label));
  return `not a format Coauthor Explorer reads (it starts with "${start}"); it reads papers from ${papers}, and networks from ${networks}`;
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
