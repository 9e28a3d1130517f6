import { foldName } from "../../text/fold";
import type { AuthorDetail } from "../types";
import { collapsed } from "./taggedLines";

/**
 * Author names as databases write them (RIS, Web of Science and their kin): to display order,
 * with the given and family parts kept, and matched against lists of ids by name.
 */
export interface PersonName {
  /** "Given Family Suffix". */
  display: string;
  /** Given and family as the source split them; {} for an organisation or a one-word name. */
  detail: AuthorDetail;
}

const SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/i;
const PARTICLES = new Set(["van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das", "la", "le", "ten", "ter", "zu", "af"]);
/** "E.", "JA", "C", "J.-P.": initials as databases write them after a family name. */
const INITIALS = /^(?:\p{Lu}\.?(?:-\p{Lu}\.?)?){1,3}$/u;
/** Words that make a name written without a comma an organisation ("Gemma Team"), kept whole. */
const ORGANISATION = /\b(?:team|group|consortium|collaboration|committee|society|association|institute|university|council|network|project|initiative|organi[sz]ation|investigators|alliance|foundation|agency|department|laboratory|centre|center|corporation|program|programme|inc|ltd)\b/i;

/**
 * A person's name as RIS and Web of Science write it, to display order: "Last, First",
 * "Last, F.M.", "Last, First, Jr.", "Last F" (no comma, initials last), "First Last". Parts
 * written wholly in capitals, as databases did for older records, are put in title case
 * ("KIM, J" → "J Kim"), so one person is not shown two ways; initials stay as they are.
 * Parenthesised remarks ("(name@example.org)") are dropped. Null when nothing is left.
 */
export function personName(raw: string): PersonName | null {
  let text = collapsed(raw.includes("(") ? raw.replace(/\([^()]*\)/g, " ") : raw).trim();
  if (/^[,;]|[,;]$/.test(text)) text = text.replace(/^[,;\s]+|[,;\s]+$/g, "");
  if (!text) return null;
  let given: string;
  let family: string;
  let suffix = "";
  let shouting = true;
  if (text.includes(",")) {
    const parts = text.split(",").map((part) => part.trim());
    family = parts[0]!;
    const rest = parts.slice(1).filter(Boolean);
    if (rest.length >= 2 && SUFFIX.test(rest[1]!)) suffix = rest.splice(1, 1)[0]!;
    else if (rest.length >= 2 && SUFFIX.test(rest[0]!)) suffix = rest.shift()!;
    given = rest.join(" ");
  } else {
    if (ORGANISATION.test(text)) return { display: text, detail: {} };
    const words = text.split(" ");
    if (words.length > 1 && SUFFIX.test(words[words.length - 1]!)) suffix = words.pop()!;
    if (words.length === 1) return { display: [words[0], suffix].filter(Boolean).join(" "), detail: {} };
    const split = splitUncommaed(words);
    given = split.given;
    family = split.family;
    // Without a comma the parts are a guess: calm the capitals only when the whole name shouts
    // ("JOHN SMITH"), not when one word is an acronym ("IBM Research" is an organisation).
    if (/\p{Ll}/u.test(text)) shouting = false;
  }
  if (shouting) {
    family = calmShouting(family, false);
    given = calmShouting(given, true);
  }
  const display = [given, family, suffix].filter(Boolean).join(" ");
  if (!display) return null;
  const detail: AuthorDetail = {};
  if (given) detail.given = given;
  if (family) detail.family = family;
  return { display, detail };
}

/** Given and family of a name written without a comma (two words or more). */
function splitUncommaed(words: string[]): { given: string; family: string } {
  // "Brownstein C D", "Fanning E.", "YANG Y", "LI W": family first, initials after. The first
  // word is a family name unless it is one letter or dotted ("J. Smith" reads the other way).
  let initialsFrom = words.length;
  while (initialsFrom > 1 && INITIALS.test(words[initialsFrom - 1]!)) initialsFrom--;
  if (initialsFrom < words.length && !/^\p{Lu}$|\./u.test(words[0]!)) {
    return { family: words.slice(0, initialsFrom).join(" "), given: words.slice(initialsFrom).join(" ") };
  }
  // "Anna van der Berg": the last word and the particles before it.
  let familyFrom = words.length - 1;
  while (familyFrom > 1 && PARTICLES.has(words[familyFrom - 1]!)) familyFrom--;
  return { family: words.slice(familyFrom).join(" "), given: words.slice(0, familyFrom).join(" ") };
}

/**
 * Title case for a name part written wholly in capitals; any lower-case letter means the
 * source chose its capitals, and they are kept. Particles before the last word go lower case
 * ("DE LA CRUZ" → "de la Cruz"); in given names, words of one or two capitals are initials.
 */
function calmShouting(part: string, isGiven: boolean): string {
  if (!part || /\p{Ll}/u.test(part)) return part;
  const words = part.split(" ");
  return words
    .map((word, i) => {
      const letters = word.replace(/[^\p{L}]/gu, "");
      if (letters.length < (isGiven ? 3 : 2)) return word;
      const lower = word.toLowerCase();
      if (!isGiven && i < words.length - 1 && PARTICLES.has(lower)) return lower;
      return lower.replace(/(^|[-'\u2019\s])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
    })
    .join(" ");
}

/** Whether an author entry only says the list goes on ("et al.", "and others"). */
export function isEtAlMarker(raw: string): boolean {
  return /^(?:et\.? al\.?|and others|others|\.\.\.|…)$/i.test(raw.trim());
}

/**
 * Matches names that come with an id (ORCID lists, "Family, Given/0000-…") to the authors of a
 * record: by the whole name, else by family name and first initial when only one author has
 * them. Returns the author's index, or -1.
 */
export function authorMatcher(details: readonly AuthorDetail[]): (name: PersonName) => number {
  const byName = new Map<string, number>();
  const byInitial = new Map<string, number>(); // -2 when two authors share the key
  details.forEach((detail, i) => {
    const keys = nameKeys(detail);
    if (!keys) return;
    if (!byName.has(keys.whole)) byName.set(keys.whole, i);
    if (keys.initial) byInitial.set(keys.initial, byInitial.has(keys.initial) ? -2 : i);
  });
  return (name) => {
    const keys = nameKeys(name.detail);
    if (!keys) return -1;
    const exact = byName.get(keys.whole);
    if (exact !== undefined) return exact;
    const loose = keys.initial ? byInitial.get(keys.initial) : undefined;
    return loose === undefined || loose < 0 ? -1 : loose;
  };
}

/** "kim|jeonghye" and "kim|j", folded; null without a family name. */
function nameKeys({ given, family }: AuthorDetail): { whole: string; initial: string | null } | null {
  if (!family) return null;
  const foldedFamily = foldName(family);
  const foldedGiven = foldName(given ?? "");
  return { whole: `${foldedFamily}|${foldedGiven}`, initial: foldedGiven ? `${foldedFamily}|${foldedGiven.charAt(0)}` : null };
}
