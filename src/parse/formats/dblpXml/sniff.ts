/**
 * Whether a text is one of dblp's XML exports, from its first element after the XML
 * declaration, comments and DOCTYPE: `<dblp>` (the dump), `<dblpperson>` (a person page), or a
 * `<result>` that holds `<hits>` (a search API answer).
 */
const FIRST_ELEMENT = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE\s[^[>]*(?:\[[\s\S]*?\]\s*)?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(dblp|dblpperson|result)[\s>/]/;
/** A search answer puts its query, status, time and completions before the hits: a few kB. */
const HEAD = 16_384;

export function looksLikeDblpXml(text: string): boolean {
  const head = text.slice(0, HEAD);
  const m = FIRST_ELEMENT.exec(head);
  if (!m) return false;
  return m[1] !== "result" || /<hits[\s>/]/.test(head.slice(m[0].length));
}
