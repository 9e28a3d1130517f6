// White space other than a lone space: most titles and abstracts have none, and testing for it
// is far cheaper than replacing every space by itself.
const SPACING_TO_COLLAPSE = /[^\S ]| {2}/;

/** White space of any kind collapsed to single spaces, trimmed. */
export function collapseSpaces(text: string): string {
  return (SPACING_TO_COLLAPSE.test(text) ? text.replace(/\s+/g, " ") : text).trim();
}

/**
 * The inline markup bibliographic exports put in titles and abstracts: CSL rich text
 * (<i>, <b>, <sup>, <sub>, <sc>, <span class="nocase">), HTML (<em>, <strong>, <u>), and the
 * JATS and MathML that Crossref passes on (<jats:p>, <jats:italic>, <mml:math>). Anything else
 * in angle brackets is kept: "x < y > z" is text.
 */
const INLINE_TAG = /<\/?(?:i|b|u|em|strong|sup|sub|sc|span|p|br|jats:[a-z-]+|mml:[a-z]+)(?:\s[^<>]*)?\/?>/gi;
const ENTITY = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** A title or abstract as plain text: markup reduced to its text, entities decoded, white space collapsed. */
export function plainText(text: string): string {
  let plain = text;
  if (plain.includes("<")) plain = plain.replace(INLINE_TAG, (tag) => (/^<\/?(?:p|br|jats:p)\b/i.test(tag) ? " " : ""));
  if (plain.includes("&")) plain = plain.replace(ENTITY, decodeEntity);
  return collapseSpaces(plain);
}

function decodeEntity(entity: string, decimal?: string, hex?: string, name?: string): string {
  if (name !== undefined) return NAMED[name.toLowerCase()] ?? entity;
  const code = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
}
