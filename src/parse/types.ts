/** Where a paper or a warning came from: the file name as given and a 1-based line number. */
export interface SourceRef {
  file: string;
  line: number;
}

/** One paper, whatever format it was read from. */
export interface Paper {
  /** Stable, readable id derived from the title (unique within one load). */
  id: string;
  title: string;
  /** Display names, in the order listed. */
  authors: string[];
  /** True when the listed authors are only the first few ("et al."). */
  etAl: boolean;
  /** `YYYY-MM-DD`, or null when unknown. */
  date: string | null;
  year: number | null;
  categories: string[];
  /** Relevance score shown by the paper feed, or null. */
  score: number | null;
  abstract: string | null;
  source: SourceRef;
}

export interface ParseWarning {
  file: string;
  line: number;
  message: string;
}

export interface ParseResult {
  papers: Paper[];
  warnings: ParseWarning[];
}

/** One input: a name to report in warnings and its text. */
export interface SourceText {
  name: string;
  text: string;
}

export type InputFormat = "auto" | "listing";

export interface ParseOptions {
  format?: InputFormat;
  /** `YYYY-MM-DD`; dates without a year resolve to the latest such day not after it. Default: today. */
  referenceDate?: string;
  /** Called now and then with the fraction of the input read so far (0..1). */
  onProgress?: (fraction: number) => void;
}
