/**
 * Identifiers in BibTeX fields: DOIs, arXiv ids, web addresses and the ids of the databases
 * entries are exported from. These fields are verbatim (BibLaTeX reads them without LaTeX),
 * but exporters still escape `_` and `%` and wrap addresses in `\url{…}`.
 */

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

const DOI = /^10\.\d{4,9}(?:\.\d+)*\/\S+$/;
const PLAIN_DOI = /^10\.\d{4,9}(?:\.\d+)*\/[^\s\\{}%]+$/;
const DOI_RESOLVER = /^(?:https?:\/\/)?(?:(?:(?:dx|www)\.)?doi\.org|doi\.acm\.org)\//i;

/** A DOI as stored: lower case, without resolver or "doi:" prefix; null when the text is not one. */
export function cleanDoi(raw: string): string | null {
  if (PLAIN_DOI.test(raw)) return raw.toLowerCase(); // as most exporters write it
  const text = verbatim(raw).replace(/^doi:\s*/i, "");
  let doi = (text.split(" ")[0] ?? "").replace(DOI_RESOLVER, "");
  if (doi.includes("%")) {
    try {
      doi = decodeURIComponent(doi);
    } catch {
      // not percent-encoded after all: keep it as written
    }
  }
  return DOI.test(doi) ? doi.toLowerCase() : null;
}

/** The DOI of a doi.org address, or null for any other address. */
export function doiOfUrl(url: string): string | null {
  return DOI_RESOLVER.test(url) && /^https?:/i.test(url) ? cleanDoi(url) : null;
}

/** The first web address in a field (Mendeley and others put several, space-separated); null when there is none. */
export function firstUrl(raw: string): string | null {
  for (const word of verbatim(raw).split(" ")) if (WEB_ADDRESS.test(word)) return word;
  return null;
}

const WEB_ADDRESS = /^(?:https?|ftp):\/\/\S/i;

const ARXIV_ID = String.raw`(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?`;
const ARXIV_EPRINT = new RegExp(`^(?:arxiv:\\s*)?${ARXIV_ID}$`, "i");
const ARXIV_DOI = new RegExp(`^10\\.48550/arxiv\\.${ARXIV_ID}$`, "i");
const ARXIV_URL = new RegExp(`^https?://(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf)/${ARXIV_ID}(?:\\.pdf)?/?$`, "i");
const ARXIV_IN_TEXT = new RegExp(`\\barxiv:\\s*${ARXIV_ID}(?![\\d.])`, "i");
const CORR_VOLUME = new RegExp(`^abs/${ARXIV_ID}$`);

/** The arXiv id of an `eprint` field, when its type (`archiveprefix` or `eprinttype`) is arXiv or not given. */
export function arxivIdOfEprint(eprint: string | undefined, type: string | undefined): string | null {
  if (eprint === undefined || (type !== undefined && !/^arxiv$/i.test(verbatim(type)))) return null;
  const m = ARXIV_EPRINT.exec(verbatim(eprint));
  return m ? m[1]! : null;
}

/** The arXiv id of an arXiv DOI ("10.48550/arxiv.2301.00001"). */
export function arxivIdOfDoi(doi: string | null): string | null {
  const m = doi === null ? null : ARXIV_DOI.exec(doi);
  return m ? m[1]! : null;
}

/** The arXiv id of an arxiv.org address. */
export function arxivIdOfUrl(url: string | null): string | null {
  const m = url === null ? null : ARXIV_URL.exec(url);
  return m ? m[1]! : null;
}

/** "arXiv:2301.00001" in free text, as Google Scholar's "arXiv preprint arXiv:2301.00001" venue. */
export function arxivIdInText(text: string | undefined): string | null {
  const m = text === undefined ? null : ARXIV_IN_TEXT.exec(text);
  return m ? m[1]! : null;
}

/** dblp's preprints: journal "CoRR", volume "abs/2301.00001". */
export function arxivIdOfCorr(journal: string | undefined, volume: string | undefined): string | null {
  if (journal === undefined || volume === undefined || !/^corr$/i.test(verbatim(journal))) return null;
  const m = CORR_VOLUME.exec(verbatim(volume));
  return m ? m[1]! : null;
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
