/**
 * The character entities a dblp export can hold. dblp.xml is plain ASCII: every other
 * character is written as a named entity that dblp.dtd declares (`M&uuml;ller`) or as a
 * numeric reference (`&#305;`). The DTD declares XML's five, `reg`, `micro` and `times`, and
 * the ISO Latin-1 letters U+00C0–U+00FF; `divide` (U+00F7) is the one character of that range
 * it leaves out, and the other ISO Latin-1 names (`nbsp`, `copy`, …) it does not declare at all.
 */

/** U+00C0 to U+00FF in order; "" where the DTD declares no name (× has its own line, ÷ none). */
const LATIN1_LETTERS = [
  "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil",
  "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml",
  "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml", "",
  "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN", "szlig",
  "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil",
  "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml",
  "eth", "ntilde", "ograve", "oacute", "ocirc", "otilde", "ouml", "",
  "oslash", "ugrave", "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml",
];

function entityTable(): Map<string, string> {
  const table = new Map<string, string>([
    ["amp", "&"],
    ["lt", "<"],
    ["gt", ">"],
    ["quot", '"'],
    ["apos", "'"],
    ["reg", "\u00ae"],
    ["micro", "\u00b5"],
    ["times", "\u00d7"],
  ]);
  LATIN1_LETTERS.forEach((name, i) => {
    if (name) table.set(name, String.fromCharCode(0xc0 + i));
  });
  return table;
}

/** Entity name to the character it stands for, as dblp.dtd declares them. */
export const DBLP_ENTITIES: ReadonlyMap<string, string> = entityTable();

/**
 * The text of an entity reference given without its `&` and `;` ("uuml", "#252", "#xFC"), or
 * null when dblp.dtd does not declare the name or the number is no character.
 */
export function entityText(name: string): string | null {
  if (name.charCodeAt(0) !== 0x23 /* # */) return DBLP_ENTITIES.get(name) ?? null;
  const hex = name.charCodeAt(1) === 0x78 /* x */ || name.charCodeAt(1) === 0x58; /* X */
  const digits = name.slice(hex ? 2 : 1);
  if (!(hex ? /^[0-9a-fA-F]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) return null;
  const code = parseInt(digits, hex ? 16 : 10);
  // XML allows no NUL, lone surrogates or code points past U+10FFFF.
  if (code === 0 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return null;
  return String.fromCodePoint(code);
}
