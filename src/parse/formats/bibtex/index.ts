import type { PaperDraft, ParseWarning } from "../../types";
import type { FormatContext, FormatParse, FormatReader } from "../types";
import { verbatim } from "./identifiers";
import { entryToPaper, type Warn } from "./paper";
import { scanBibtex, type RawEntry } from "./scan";

/** BibLaTeX entry types that hold data for other entries rather than describe a work. */
const NOT_WORKS = new Set(["xdata", "set"]);

/**
 * The first entry with a citation key: its line (for duplicates), and the entry itself when
 * another may take fields from it: when it waits itself, or when a `crossref` read before it
 * names it. (One with authors that comes before the entry naming it lends nothing: BibTeX
 * would not read it either.)
 */
interface Keyed {
  line: number;
  entry: RawEntry | null;
}

/**
 * Reads a whole file: every entry with a title becomes a paper, in order. Most entries become
 * papers as they are read, so their fields are garbage at once. Two kinds wait for the end of
 * the file: an entry with a `crossref`, which takes its venue and year from the entry it
 * names (BibTeX wants that one further down: dblp puts the proceedings after its papers), and
 * an entry without authors, which may be such a proceedings (where papers appeared, not a
 * paper) rather than a work of its own.
 */
export function parseBibtex(text: string, { file, onProgress }: FormatContext): FormatParse {
  const warnings: ParseWarning[] = [];
  const warn: Warn = (line, message) => warnings.push({ file, line, message });
  const papers: (PaperDraft | null)[] = [];
  const waiting: { at: number; entry: RawEntry }[] = [];
  const keyed = new Map<string, Keyed>();
  const referenced = new Set<string>();

  scanBibtex(text, {
    entry(entry) {
      if (NOT_WORKS.has(entry.type)) return;
      const key = entry.key.toLowerCase();
      const crossref = entry.fields.get("crossref");
      if (crossref !== undefined) referenced.add(verbatim(crossref).toLowerCase());
      const waits = crossref !== undefined || !entry.fields.has("author");
      if (key !== "") {
        const first = keyed.get(key);
        if (first) warn(entry.line, `citation key "${entry.key}" is also used by the entry at line ${first.line}; kept both`);
        else keyed.set(key, { line: entry.line, entry: waits || referenced.has(key) ? entry : null });
      }
      if (waits) {
        waiting.push({ at: papers.length, entry });
        papers.push(null);
      } else {
        papers.push(entryToPaper(entry, undefined, file, warn));
      }
    },
    warn,
    progress: onProgress && ((position) => onProgress(position / (text.length || 1))),
  });

  const parentOf = (entry: RawEntry) => {
    const crossref = entry.fields.get("crossref");
    return crossref === undefined ? undefined : (keyed.get(verbatim(crossref).toLowerCase())?.entry ?? undefined);
  };
  const containers = new Set<RawEntry>();
  for (const { entry } of waiting) {
    const parent = parentOf(entry);
    if (parent && parent !== entry && !parent.fields.has("author")) containers.add(parent);
  }
  for (const { at, entry } of waiting) {
    if (!containers.has(entry)) papers[at] = entryToPaper(entry, parentOf(entry), file, warn);
  }
  onProgress?.(1);
  // Warnings about waiting entries come last: put them back in line order (the sort is stable).
  warnings.sort((a, b) => a.line - b.line);
  return { papers: papers.filter((paper) => paper !== null), warnings };
}

/** An entry (`@article{`, `@Misc(`, `@string{` …) starting a line near the top, after comments or other text. */
const ENTRY_LINE = /^[ \t]*@[ \t]*[A-Za-z]+[ \t]*[{(]/m;
const SNIFF_LENGTH = 16_384;

export function looksLikeBibtex(text: string): boolean {
  return ENTRY_LINE.test(text.slice(0, SNIFF_LENGTH));
}

/** BibTeX and BibLaTeX, as reference managers (JabRef, Zotero, Mendeley), dblp and Google Scholar export it. */
export const bibtexFormat: FormatReader = {
  id: "bibtex",
  label: "BibTeX",
  decodesTex: true,
  extensions: [".bib", ".bibtex", ".biblatex"],
  sniff: looksLikeBibtex,
  parse: parseBibtex,
};
