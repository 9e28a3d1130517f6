/**
 * Identifiers as exporters write them (as links, with prefixes, in any case), reduced to the one
 * bare form papers and authors carry, whatever the format: the duplicate step compares them, so
 * every reader must give the same paper the same DOI and arXiv id.
 */

const DOI = /^10\.\d{4,9}(?:\.\d+)*\/\S+$/;
const DOI_RESOLVER = /^(?:https?:\/\/)?(?:(?:(?:dx|www)\.)?doi\.org|doi\.acm\.org)\//i;

/**
 * "https://doi.org/10.1000/ABC", "doi: 10.1000/abc", "10.1000%2Fabc" → "10.1000/abc"; null when
 * the text is no DOI. Only the first word counts: some exporters run the next field on.
 */
export function bareDoi(raw: string): string | null {
  let doi = raw.trim().replace(/^doi:\s*/i, "").split(/\s/, 1)[0]!.replace(DOI_RESOLVER, "");
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
  return /^https?:/i.test(url) && DOI_RESOLVER.test(url) ? bareDoi(url) : null;
}

const ORCID = /^(?:(?:https?:\/\/)?(?:www\.)?orcid\.org\/)?(\d{4}-\d{4}-\d{4}-\d{3}[\dX])\/?$/i;

/** "https://orcid.org/0000-0002-1825-0097" → "0000-0002-1825-0097"; null when it is not one. */
export function bareOrcid(text: string): string | null {
  const m = ORCID.exec(text.trim());
  return m ? m[1]!.toUpperCase() : null;
}

// New-style ids ("2301.00001", "2301.00001v2") and old-style ones ("cs/0112017", "math.GT/0309136").
export const ARXIV_ID = String.raw`(\d{4}\.\d{4,5}|[a-z-]+(?:\.[a-z]{2})?/\d{7})(?:v\d+)?`;
const ARXIV_URL = new RegExp(`^https?://(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf)/${ARXIV_ID}(?:\\.pdf)?/?$`, "i");
const ARXIV_DOI = new RegExp(`^10\\.48550/arxiv\\.${ARXIV_ID}$`, "i");
const ARXIV_LABEL = new RegExp(`^arxiv:\\s*${ARXIV_ID}$`, "i");
const ARXIV_EPRINT = new RegExp(`^(?:arxiv:\\s*)?${ARXIV_ID}$`, "i");
const ARXIV_IN_TEXT = new RegExp(`\\barxiv:\\s*${ARXIV_ID}(?![\\d.])`, "i");

/**
 * An arXiv id as arXiv itself names it: no version, and for old-style ids the archive alone
 * ("math/0309136"): the subject class some write after it ("math.GT/0309136") is no part of it.
 */
export function canonicalArxivId(id: string | undefined): string | null {
  if (id === undefined) return null;
  const slash = id.indexOf("/");
  if (slash < 0) return id;
  return `${id.slice(0, slash).split(".")[0]!.toLowerCase()}${id.slice(slash)}`;
}

/** The arXiv id of an arxiv.org address ("https://arxiv.org/abs/2301.00001v2" → "2301.00001"), or null. */
export function arxivIdFromUrl(url: string | null | undefined): string | null {
  return url ? canonicalArxivId(ARXIV_URL.exec(url.trim())?.[1]) : null;
}

/** The arXiv id of an arXiv DOI ("10.48550/arxiv.2301.00001" → "2301.00001"), or null. */
export function arxivIdFromDoi(doi: string | null | undefined): string | null {
  return doi ? canonicalArxivId(ARXIV_DOI.exec(doi)?.[1]) : null;
}

/** "arXiv:2301.00001v1" → "2301.00001", or null. */
export function arxivIdFromLabel(text: string | null | undefined): string | null {
  return text ? canonicalArxivId(ARXIV_LABEL.exec(text.trim())?.[1]) : null;
}

/** An id in a field that holds nothing else ("2301.00001", "arXiv:2301.00001v1"), or null. */
export function arxivIdFromField(text: string | null | undefined): string | null {
  return text ? canonicalArxivId(ARXIV_EPRINT.exec(text.trim())?.[1]) : null;
}

/** "arXiv:2301.00001" within free text, as in Google Scholar's "arXiv preprint arXiv:2301.00001". */
export function arxivIdInText(text: string | null | undefined): string | null {
  return text ? canonicalArxivId(ARXIV_IN_TEXT.exec(text)?.[1]) : null;
}
