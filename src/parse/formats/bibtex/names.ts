import type { AuthorDetail } from "../../types";
import { latexToText } from "./latex";
import { SYMBOLS } from "./latexSymbols";

/** One person (or organisation) of an author or editor field. */
export interface BibName {
  /** "Given von Family Jr.", as a reader would write it. */
  display: string;
  detail: AuthorDetail;
}

export interface BibNameList {
  names: BibName[];
  /** The list ends with "and others": the field names only the first authors. */
  etAl: boolean;
}

const OPEN = 123;
const CLOSE = 125;
const COMMA = 44;
const TILDE = 126;
const BACKSLASH = 92;

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;
const lower = (code: number) => code | 32;

/** "others" is BibTeX's way to say "et al."; some files spell that out. */
const ET_AL = /^(?:others|et\.? al\.?)$/i;

/** Reads an author or editor field: names separated by "and" outside braces, in any of BibTeX's name forms. */
export function parseNameList(raw: string): BibNameList {
  const names: BibName[] = [];
  let etAl = false;
  // Most fields hold plain names (Zotero, Google Scholar, dblp write UTF-8): they take a shorter way.
  const plain = !LATEX_IN_NAMES.test(raw);
  // Single spaces only: names need no more, and splitting at "and" cannot then backtrack through long runs of blanks.
  const list = UNEVEN_SPACE.test(raw) ? raw.replace(/\s+/g, " ") : raw;
  for (const part of splitAtAnd(list)) {
    const text = part.trim();
    if (text === "") continue;
    if (ET_AL.test(text)) {
      etAl = true;
      continue;
    }
    const name = (plain ? plainName(text) : familyCommaGiven(text)) ?? parseName(text);
    if (name.display !== "") names.push(name);
  }
  return { names, etAl };
}

const LATEX_IN_NAMES = /[{}\\~$=`^_]|--|''/;
const UNEVEN_SPACE = /\s\s|[\t\n\r]/;

/**
 * "Family, Given" and "Given Family" without LaTeX, braces or particles: the common case,
 * read without the general machinery. Null for anything else.
 */
function plainName(text: string): BibName | null {
  const comma = text.indexOf(",");
  if (comma < 0) {
    const space = text.indexOf(" ");
    if (space < 0 || text.indexOf(" ", space + 1) >= 0 || mayStartLowerCase(text.charCodeAt(0))) return null;
    return { display: text, detail: { given: text.slice(0, space), family: text.slice(space + 1) } };
  }
  const family = text.slice(0, comma).trim();
  const given = text.slice(comma + 1).trim();
  if (family === "" || given === "" || family.includes(" ") || given.includes(",") || SUFFIX.test(given)) return null;
  return { display: `${given} ${family}`, detail: { given, family } };
}

/**
 * "M{\"u}ller, J{\"u}rgen": the same common form written with LaTeX, a one-word family name
 * before the only comma. Null for anything else.
 */
function familyCommaGiven(text: string): BibName | null {
  const comma = text.indexOf(",");
  if (comma < 0 || text.includes(",", comma + 1) || text.includes("=")) return null;
  const familyRaw = text.slice(0, comma).trim();
  const givenRaw = text.slice(comma + 1).trim();
  if (familyRaw === "" || givenRaw === "" || /\s|~/.test(familyRaw) || !isBalanced(familyRaw) || SUFFIX.test(givenRaw)) return null;
  const family = latexToText(familyRaw);
  const given = latexToText(givenRaw);
  if (family === "" || given === "") return null;
  return { display: `${given} ${family}`, detail: { given, family } };
}

/** Whether every brace opened in the text is closed in it (so a comma after it is outside braces). */
function isBalanced(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === OPEN) depth++;
    else if (code === CLOSE && --depth < 0) return false;
  }
  return depth === 0;
}

/** Whether a word starting with this character may start in lower case (and be a von particle): a–z, or anything beyond ASCII, left to the general rules. */
const mayStartLowerCase = (code: number) => (code >= 97 && code <= 122) || code >= 128;

const AND = /\s+and\s+/i;

/** Splits at every "and" (any case) between white space at brace depth 0: `{Barnes and Noble}` is one name. */
export function splitAtAnd(raw: string): string[] {
  if (!raw.includes("{")) return raw.split(AND); // without braces there is no depth to track
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code === OPEN) depth++;
    else if (code === CLOSE) depth = Math.max(0, depth - 1);
    else if (
      depth === 0 &&
      isSpace(code) &&
      lower(raw.charCodeAt(i + 1)) === 97 &&
      lower(raw.charCodeAt(i + 2)) === 110 &&
      lower(raw.charCodeAt(i + 3)) === 100 &&
      isSpace(raw.charCodeAt(i + 4))
    ) {
      parts.push(raw.slice(start, i));
      start = i + 4;
      i += 3;
    }
  }
  parts.push(raw.slice(start));
  return parts;
}

/** Generational suffixes; Roman numerals only in capitals, so that "Xi" and "Vi" stay given names. */
const SUFFIX = /^(?:[JjSs]r|[JjSs]nr|JR|SR|II|III|IV|VI|VII|VIII)\.?$/;

/**
 * One name in the forms BibTeX knows: "First von Last", "von Last, First" and
 * "von Last, Jr, First"; BibLaTeX's "family=…, given=…"; and a name wholly in braces,
 * `{The ATLAS Collaboration}`, kept whole as an organisation.
 */
export function parseName(raw: string): BibName {
  if (isWhollyBraced(raw)) return { display: latexToText(raw), detail: {} };
  const parts = splitAtCommas(raw);
  for (let i = 0; i < parts.length; i++) parts[i] = parts[i]!.trim();
  const extended = raw.includes("=") ? extendedName(parts) : null;
  if (extended) return extended;
  if (parts.length === 1) return givenFirst(tokens(parts[0]!));
  let [family, suffix, given] = parts.length === 2 ? [parts[0]!, "", parts[1]!] : [parts[0]!, parts[1]!, parts.slice(2).join(", ")];
  // "Smith, Jr." and "Smith, John, Jr.": the suffix written last, as people do though BibTeX wants it second.
  if (SUFFIX.test(given) && !SUFFIX.test(suffix)) [suffix, given] = [given, suffix];
  const familyTokens = tokens(family);
  // "von Last": the von part is every token up to the last one that starts in lower case, the final token excepted.
  let vonEnd = 0;
  for (let i = 0; i < familyTokens.length - 1; i++) if (startsLowerCase(familyTokens[i]!)) vonEnd = i + 1;
  return assemble(tokens(given), familyTokens.slice(0, vonEnd), familyTokens.slice(vonEnd), tokens(suffix));
}

/** "First von Last" (and "First Last Jr.", which BibTeX would misread as a last name "Jr."). */
function givenFirst(words: string[]): BibName {
  let suffix: string[] = [];
  if (words.length >= 3 && SUFFIX.test(words[words.length - 1]!)) suffix = words.splice(words.length - 1);
  const last = words.length - 1;
  let vonStart = -1;
  let vonEnd = -1;
  for (let i = 0; i < last; i++) {
    if (!startsLowerCase(words[i]!)) continue;
    if (vonStart < 0) vonStart = i;
    vonEnd = i + 1;
  }
  if (vonStart < 0) return assemble(words.slice(0, last), [], words.slice(last), suffix);
  return assemble(words.slice(0, vonStart), words.slice(vonStart, vonEnd), words.slice(vonEnd), suffix);
}

/** A name from its parts, each a list of words as written: the family name is the von part and the last. */
function assemble(given: string[], von: string[], last: string[], suffix: string[]): BibName {
  const givenText = given.length > 0 ? latexToText(given.join(" ")) : "";
  const familyText = latexToText(von.length > 0 ? `${von.join(" ")} ${last.join(" ")}` : last.join(" "));
  const suffixText = suffix.length > 0 ? latexToText(suffix.join(" ")) : "";
  const detail: AuthorDetail = {};
  if (givenText) detail.given = givenText;
  if (familyText) detail.family = familyText;
  let display = givenText;
  if (familyText) display = display ? `${display} ${familyText}` : familyText;
  if (suffixText) display = display ? `${display} ${suffixText}` : suffixText;
  return { display, detail };
}

const EXTENDED_PART = /^([A-Za-z][A-Za-z-]*)\s*=\s*([^]*)$/;

/** BibLaTeX's extended name format: `family=Berg, given=Anna, prefix=van der, useprefix=true`. */
function extendedName(parts: string[]): BibName | null {
  const values = new Map<string, string>();
  for (const part of parts) {
    const m = EXTENDED_PART.exec(part);
    if (!m) return null;
    values.set(m[1]!.toLowerCase(), m[2]!);
  }
  if (!values.has("family") && !values.has("given")) return null;
  const part = (key: string) => (values.has(key) ? [values.get(key)!] : []);
  return assemble(part("given"), part("prefix"), part("family"), part("suffix"));
}

/** `{The ATLAS Collaboration}`: one brace group from the first character to the last. */
function isWhollyBraced(raw: string): boolean {
  if (raw.charCodeAt(0) !== OPEN) return false;
  let depth = 0;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code === OPEN) depth++;
    else if (code === CLOSE && --depth === 0) return i === raw.length - 1;
  }
  return false;
}

/** Splits at the commas outside braces: `{Barnes, Inc.}` has none. */
function splitAtCommas(raw: string): string[] {
  if (!raw.includes("{")) return raw.split(",");
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code === OPEN) depth++;
    else if (code === CLOSE) depth = Math.max(0, depth - 1);
    else if (code === COMMA && depth === 0) {
      parts.push(raw.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(raw.slice(start));
  return parts;
}

const WORD_SEPARATOR = /[\s~]+/;

/**
 * The words of a name part: split at white space and ties (`D.~E.`) outside braces. The
 * space that ends a command belongs to it: `Br\o ndum` is one word, "Brøndum".
 */
function tokens(raw: string): string[] {
  if (!raw.includes("{") && !raw.includes("\\")) {
    const trimmed = raw.trim();
    return trimmed === "" ? [] : trimmed.split(WORD_SEPARATOR);
  }
  const words: string[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i <= raw.length; i++) {
    const code = i < raw.length ? raw.charCodeAt(i) : 32;
    if (code === BACKSLASH) {
      if (start < 0) start = i;
      i++;
      if (!isAsciiLetter(raw.charCodeAt(i))) continue;
      while (isAsciiLetter(raw.charCodeAt(i + 1))) i++;
      while (isSpace(raw.charCodeAt(i + 1))) i++;
      continue;
    }
    if (code === OPEN) depth++;
    else if (code === CLOSE) depth = Math.max(0, depth - 1);
    const separates = depth === 0 && (isSpace(code) || code === TILDE);
    if (separates) {
      if (start >= 0) words.push(raw.slice(start, i));
      start = -1;
    } else if (start < 0) {
      start = i;
    }
  }
  return words;
}

const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * Whether a word starts in lower case, as BibTeX decides it: by its first letter outside
 * braces. A brace group that opens with a command is a "special character" and counts by the
 * letter it writes (`{\"u}ber` is lower case, `{\O}stergaard` upper case); any other brace
 * group is skipped (`{van} Gogh` has no von part).
 */
function startsLowerCase(word: string): boolean {
  let i = 0;
  while (i < word.length) {
    const code = word.charCodeAt(i);
    if (code === OPEN || code === BACKSLASH) {
      const special = code === BACKSLASH || word.charCodeAt(i + 1) === BACKSLASH;
      if (special) return commandLetterIsLower(word, code === BACKSLASH ? i : i + 1);
      i = skipGroup(word, i);
      continue;
    }
    const char = word[i]!;
    if (isCased(char)) return char === char.toLowerCase();
    i++;
  }
  return false;
}

/**
 * The case of the letter a command at `at` writes: a letter command (`\o`, `\AA`, `\ss`) by
 * the letter it stands for; an accent (`\"u`, `\'{E}`, `\c c`) or any other command
 * (`{\relax Ch}`) by the first letter after it.
 */
function commandLetterIsLower(word: string, at: number): boolean {
  const m = /^\\([A-Za-z]+|.)\s*/.exec(word.slice(at, at + 24));
  if (!m) return false;
  const letter = SYMBOLS.get(m[1]!);
  if (letter !== undefined && isCased(letter)) return letter === letter.toLowerCase();
  for (let i = at + m[0].length; i < word.length; i++) {
    const char = word[i]!;
    if (isCased(char)) return char === char.toLowerCase();
  }
  return false;
}

const isCased = (char: string) => char.toLowerCase() !== char.toUpperCase();

function skipGroup(word: string, open: number): number {
  let depth = 0;
  for (let i = open; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code === OPEN) depth++;
    else if (code === CLOSE && --depth === 0) return i + 1;
  }
  return word.length;
}
