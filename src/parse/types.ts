/** Where a paper or a warning came from: the file name as given and a 1-based line number. */
export interface SourceRef {
  file: string;
  line: number;
}

/**
 * What a source knows about one author beyond the display name. Every field is optional:
 * most formats know a few of them, the listing none.
 */
export interface AuthorDetail {
  given?: string;
  family?: string;
  /** Bare ORCID iD, "0000-0002-1825-0097". */
  orcid?: string;
  /** dblp person id (pid), "123/4567". */
  dblp?: string;
  /** OpenAlex author id, "A5023888391". */
  openalex?: string;
  /** Scopus author id, "57193254555". */
  scopus?: string;
}

/** The ids a paper has in the database it was exported from. */
export interface PaperSourceIds {
  /** dblp record key, "journals/corr/abs-2301-00001". */
  dblp?: string;
  /** OpenAlex work id, "W4319301234". */
  openalex?: string;
  /** Scopus EID, "2-s2.0-85123456789". */
  scopus?: string;
  /** Web of Science accession number, "WOS:000123456700001". */
  wos?: string;
  /** BibTeX citation key, "kim2023decision". */
  bibtex?: string;
}

/** One paper, whatever format it was read from. */
export interface Paper {
  /** Stable, readable id derived from the title (unique within one load). */
  id: string;
  title: string;
  /** Display names ("Given Family"), in the order listed. */
  authors: string[];
  /** Per author, in the same order as `authors`, what the source knows beyond the name; absent when it knows nothing. */
  authorDetails?: AuthorDetail[];
  /**
   * The person id of each author, in the same order as `authors`: set by the identity stage
   * (src/identity), after parsing. Two occurrences with the same id are the same person.
   */
  authorIds?: string[];
  /** True when the listed authors are only the first few ("et al.", "and others"). */
  etAl: boolean;
  /** `YYYY-MM-DD`, or null when unknown. */
  date: string | null;
  year: number | null;
  categories: string[];
  /** Relevance score shown by the paper feed, or null. */
  score: number | null;
  abstract: string | null;
  source: SourceRef;
  /** Lower case, without a resolver prefix: "10.1145/3292500.3330701". */
  doi?: string;
  /** Without prefix or version: "2301.00001", "cs/0112017". */
  arxivId?: string;
  /** Journal, proceedings or series. */
  venue?: string;
  /** The record's kind as the source names it: "article", "inproceedings", "JOUR" … */
  type?: string;
  url?: string;
  sourceIds?: PaperSourceIds;
}

/** A paper as a format reads it, before the shared steps give it an id. */
export type PaperDraft = Omit<Paper, "id">;

export interface ParseWarning {
  file: string;
  line: number;
  message: string;
}

/** One input: a name to report in warnings and its text. */
export interface SourceText {
  name: string;
  text: string;
}
