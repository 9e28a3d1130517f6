/** OpenAlex's ids as its API writes them, reduced to their bare forms. (DOIs, ORCID iDs and arXiv ids: ../../identifiers.) */

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
