/**
 * Folds text for comparisons that should ignore case and diacritics:
 * "Élise Müller" and "elise muller" fold to the same string.
 */
export function foldText(text: string): string {
  // Plain ASCII has nothing to decompose, and most titles and names are plain ASCII.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(UNDECOMPOSED, (c) => UNDECOMPOSED_AS[c]!);
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * Letters Unicode does not decompose into a base letter and a mark, written as the base letter
 * in ASCII spellings of the same name: "Yılmaz" is "Yilmaz", "Łukasz" is "Lukasz", "Søren" is
 * "Soren", "Weiß" is "Weiss".
 */
const UNDECOMPOSED_AS: Record<string, string> = { ı: "i", ł: "l", ø: "o", đ: "d", ħ: "h", ŧ: "t", ß: "ss", æ: "ae", œ: "oe", þ: "th", ð: "d" };
const UNDECOMPOSED = new RegExp(`[${Object.keys(UNDECOMPOSED_AS).join("")}]`, "g");

/** Folds a person's name to a comparison key: no case, diacritics, dots or repeated spaces; hyphens count as spaces. */
export function foldName(name: string): string {
  return foldText(name)
    .replace(/[.\u2019']/g, (c) => (c === "." ? " " : "'"))
    .replace(/[\s\-\u2010\u2011]+/g, " ")
    .trim();
}
