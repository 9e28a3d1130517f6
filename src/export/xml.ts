/**
 * Text for an XML attribute or element, from untrusted names and titles: the five special
 * characters escaped, and the characters XML 1.0 forbids (most control characters, lone
 * surrogates, U+FFFE and U+FFFF) replaced by U+FFFD, so that a stray byte in a bibliography can
 * never make the file unreadable. Line breaks and tabs are written as references so that they
 * survive attribute-value normalisation.
 */
export function xmlText(text: string): string {
  return text.replace(SPECIAL, (c) => ESCAPES[c] ?? "\uFFFD");
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;" };
// eslint-disable-next-line no-control-regex
const SPECIAL = /[&<>"'\n\r\t\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A colour as its red, green and blue bytes, from "#rrggbb" or "#rgb"; null for anything else. */
export function rgbOf(color: string): [number, number, number] | null {
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (long) return [parseInt(long[1]!, 16), parseInt(long[2]!, 16), parseInt(long[3]!, 16)];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  return short ? [parseInt(short[1]! + short[1]!, 16), parseInt(short[2]! + short[2]!, 16), parseInt(short[3]! + short[3]!, 16)] : null;
}

/** A number as written in a file: whole numbers as they are, others with at most 6 decimals. */
export const numberText = (value: number) => (Number.isInteger(value) ? String(value) : String(Math.round(value * 1e6) / 1e6));
