/**
 * Identifiers in BibTeX fields: DOIs, arXiv ids, web addresses and the ids of the databases
 * entries are exported from. These fields are verbatim (BibLaTeX reads them without LaTeX),
 * but exporters still escape `_` and `%` and wrap addresses in `\url{…}`.
 */
import { ARXIV_ID, arxivIdFromField, bareDoi, canonicalArxivId } from "../../identifiers";

const NEEDS_CLEANING = /[\\{}\s]/;

/** A verbatim field's text: no braces, `\url{…}` unwrapped, escaped specials unescaped. */
export function verbatim(raw: string): string {
  if (!NEEDS_CLEANING.test(raw)) return raw.trim();
  return raw
    .replace(/\\(?:url|path|nolinkurl)\s*/g, "")
    .replace(/\\([_%&#$~])/g, "$1")
    .replace(/[{}]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** A DOI as stored (see bareDoi), from a field that may wrap it in LaTeX. */
export function cleanDoi(raw: string): string | null {
  return bareDoi(verbatim(raw));
}

/** The first web address in a field (Mendeley and others put several, space-separated); null when there is none. */
export function firstUrl(raw: string): string | null {
  for (const word of verbatim(raw).split(" ")) if (WEB_ADDRESS.test(word)) return word;
  return null;
}

const WEB_ADDRESS = /^(?:https?|ftp):\/\/\S/i;

const CORR_VOLUME = new RegExp(`^abs/${ARXIV_ID}$`);

/** The arXiv id of an `eprint` field, when its type (`archiveprefix` or `eprinttype`) is arXiv or not given. */
export function arxivIdOfEprint(eprint: string | undefined, type: string | undefined): string | null {
  if (eprint === undefined || (type !== undefined && !/^arxiv$/i.test(verbatim(type)))) return null;
  return arxivIdFromField(verbatim(eprint));
}

/** dblp's preprints: journal "CoRR", volume "abs/2301.00001". */
export function arxivIdOfCorr(journal: string | undefined, volume: string | undefined): string | null {
  if (journal === undefined || volume === undefined || !/^corr$/i.test(verbatim(journal))) return null;
  return canonicalArxivId(CORR_VOLUME.exec(verbatim(volume))?.[1]);
}

/** "https://dblp.org/rec/conf/esa/Henzinger0P020.bib", or the older "https://dblp.org/rec/bib/conf/icra/BouabdallahMS04". */
const DBLP_BIBURL = /dblp\.(?:org|uni-trier\.de)\/rec\/(?:bib\d?\/|bibtex\/)?([a-z]+\/.+?)(?:\.bib)?$/;

/** dblp's record key: from its citation keys ("DBLP:journals/corr/abs-2301-00001") or its `biburl`. */
export function dblpKeyOf(citationKey: string, biburl: string | undefined): string | null {
  const fromKey = /^DBLP:(\S+)$/.exec(citationKey);
  if (fromKey) return fromKey[1]!;
  const fromUrl = biburl === undefined ? null : DBLP_BIBURL.exec(verbatim(biburl));
  return fromUrl ? fromUrl[1]! : null;
}

/** Scopus's EID, from the record address its exports put in `url`. */
export function scopusEidOf(url: string | null): string | null {
  const m = url === null ? null : /[?&]eid=(2-s2\.0-\d+)/.exec(url);
  return m ? m[1]! : null;
}

/** Web of Science's accession number from its `unique-id` field ("WOS:000123456700001"; older exports "ISI:…"). */
export function wosAccessionOf(uniqueId: string | undefined): string | null {
  const m = uniqueId === undefined ? null : /^(?:WOS|ISI):\s*(\w+)$/i.exec(verbatim(uniqueId));
  return m ? `WOS:${m[1]!}` : null;
}
