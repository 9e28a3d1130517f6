/**
 * Folds text for comparisons that should ignore case and diacritics:
 * "Élise Müller" and "elise muller" fold to the same string.
 */
export function foldText(text: string): string {
  // Plain ASCII has nothing to decompose, and most titles and names are plain ASCII.
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
}

const ASCII = /^[\x00-\x7f]*$/;

/** Folds a person's name to a comparison key: no case, diacritics, dots or repeated spaces; hyphens count as spaces. */
export function foldName(name: string): string {
  return foldText(name)
    .replace(/[.\u2019']/g, (c) => (c === "." ? " " : "'"))
    .replace(/[\s\-\u2010\u2011]+/g, " ")
    .trim();
}
