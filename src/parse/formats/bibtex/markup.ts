/**
 * HTML that databases leave in the titles and abstracts they export as BibTeX: inline tags
 * ("The <i>Drosophila</i> genome", "CO<sub>2</sub>") and character references ("&amp;").
 */
const INLINE_TAG = /<\/?(?:i|b|u|em|strong|sub|sup|sc|span|scp|p|br|mml:[a-z]+|math)(?:\s[^<>]{0,200})?\/?>/gi;
const CHARACTER_REFERENCE = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi;
const MAY_HAVE_MARKUP = /[<&]/;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

export function withoutMarkup(text: string): string {
  if (!MAY_HAVE_MARKUP.test(text)) return text;
  return text
    .replace(INLINE_TAG, "")
    .replace(CHARACTER_REFERENCE, (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
      const code = decimal !== undefined ? Number(decimal) : hex !== undefined ? parseInt(hex, 16) : -1;
      if (code >= 0) return isCharacter(code) ? String.fromCodePoint(code) : whole;
      return NAMED[name!.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, " ")
    .trim();
}

const isCharacter = (code: number) => code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
