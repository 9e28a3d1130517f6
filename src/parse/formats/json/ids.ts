/**
 * Identifiers as exporters write them (as links, with prefixes, in any case) reduced to the
 * bare forms papers and authors carry.
 */

const DOI_PREFIX = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i;
const DOI = /^10\.\d{4,9}\/\S+$/;

/** "https://doi.org/10.1000/ABC" → "10.1000/abc"; null when it is not a DOI. */
export function bareDoi(text: string): string | null {
  const trimmed = text.trim();
  const doi = (trimmed.startsWith("10.") ? trimmed : trimmed.replace(DOI_PREFIX, "")).toLowerCase();
  return DOI.test(doi) ? doi : null;
}

const ORCID = /(\d{4}-\d{4}-\d{4}-\d{3}[\dX])$/i;

/** "https://orcid.org/0000-0002-1825-0097" → "0000-0002-1825-0097"; null when it is not one. */
export function bareOrcid(text: string): string | null {
  const m = ORCID.exec(text.trim());
  return m ? m[1]!.toUpperCase() : null;
}

// A letter for the kind of entity (W work, A author, S source, I institution …) and digits.
const OPENALEX_ID = /^(?:https?:\/\/openalex\.org\/)?([a-z]\d+)$/i;
const OPENALEX_WORK_LINK = /^https?:\/\/openalex\.org\/W\d+$/i;

/** "https://openalex.org/W4319301234" → "W4319301234"; null when it is not an OpenAlex id. */
export function bareOpenalexId(text: string): string | null {
  const m = OPENALEX_ID.exec(text.trim());
  return m ? m[1]!.toUpperCase() : null;
}

/** Whether the text is the link OpenAlex gives a work as its id. */
export function isOpenalexWorkLink(text: string | null | undefined): boolean {
  return text != null && OPENALEX_WORK_LINK.test(text.trim());
}

// New-style ids ("2301.00001", "2301.00001v2") and old-style ones ("cs/0112017", "math.GT/0309136").
const ARXIV_ID = "(\\d{4}\\.\\d{4,5}|[a-z-]+(?:\\.[A-Z]{2})?\\/\\d{7})(?:v\\d+)?";
const ARXIV_IN_URL = new RegExp(`arxiv\\.org\\/(?:abs|pdf)\\/${ARXIV_ID}(?:\\.pdf)?\\/?$`, "i");
const ARXIV_DOI = new RegExp(`^10\\.48550\\/arxiv\\.${ARXIV_ID}$`, "i");
const ARXIV_LABEL = new RegExp(`^arxiv:\\s*${ARXIV_ID}$`, "i");

/** The arXiv id in an arxiv.org link ("https://arxiv.org/abs/2301.00001v2" → "2301.00001"), or null. */
export function arxivIdFromUrl(url: string): string | null {
  return canonicalArxivId(ARXIV_IN_URL.exec(url.trim())?.[1]);
}

/** The arXiv id of an arXiv DOI ("10.48550/arxiv.2301.00001" → "2301.00001"), or null. */
export function arxivIdFromDoi(doi: string): string | null {
  return canonicalArxivId(ARXIV_DOI.exec(doi)?.[1]);
}

/** "arXiv:2301.00001v1" → "2301.00001", or null. */
export function arxivIdFromLabel(text: string): string | null {
  return canonicalArxivId(ARXIV_LABEL.exec(text.trim())?.[1]);
}

/** Old-style ids in arXiv's own case, "math.GT/0309136", also when found in a lower-cased DOI. */
function canonicalArxivId(id: string | undefined): string | null {
  if (id === undefined) return null;
  const slash = id.indexOf("/");
  if (slash < 0) return id;
  const [archive, subject] = id.slice(0, slash).split(".");
  return `${archive!.toLowerCase()}${subject ? `.${subject.toUpperCase()}` : ""}${id.slice(slash)}`;
}
