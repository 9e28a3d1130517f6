import type { SimpleDate } from "../dates";
import type { PaperDraft, ParseWarning } from "../types";

export type FormatId = "listing" | "bibtex" | "ris" | "wos" | "scopus-csv" | "csl-json" | "openalex" | "dblp-xml";

/** What a format's parser is given besides the text. */
export interface FormatContext {
  /** The file name, for warnings and for `source.file`. */
  file: string;
  /** Dates without a year (the listing's "Mar 25") resolve to the latest such day not after this one. */
  reference: SimpleDate;
  /** Called now and then with the fraction of the text read so far (0..1). */
  onProgress?: (fraction: number) => void;
}

export interface FormatParse {
  papers: PaperDraft[];
  /** Each with the file and the 1-based line it is about. */
  warnings: ParseWarning[];
}

/** Reads a text that arrives in pieces, in memory that does not grow with the input. */
export interface StreamParser {
  write(chunk: string): void;
  /** Call once after the last chunk; reports what was left unfinished. */
  end(): void;
}

export interface StreamContext extends Omit<FormatContext, "onProgress"> {
  onPaper(paper: PaperDraft): void;
  onWarning(warning: ParseWarning): void;
}

/**
 * One input format. Adding a format means writing one of these and adding it to the registry
 * (./registry.ts). Parsers never throw on bad records: they keep the others and warn with the line.
 */
export interface FormatReader {
  id: FormatId;
  /** What users call it: "BibTeX", "RIS". */
  label: string;
  /** File name endings the file picker offers, with the dot: [".bib"]. */
  extensions: readonly string[];
  /**
   * Whether the text is in this format, judged from its content only (a file's name can lie).
   * Looks at the start of the text, so it is cheap on big files.
   */
  sniff(text: string): boolean;
  parse(text: string, context: FormatContext): FormatParse;
  /** Its reader turns TeX into text itself (BibTeX): its titles are not read for inline TeX again. */
  decodesTex?: boolean;
  /** Formats that can be read from a stream (the full dblp.xml through the CLI). */
  stream?(context: StreamContext): StreamParser;
}
