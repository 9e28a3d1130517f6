/**
 * What a person's (or organisation's) name looks like in a listing, token by token.
 * Used to find where a title ends and its glued-on author list begins, so the rules
 * are strict: a token that could be a title word must not pass as a name.
 */

const UPPER = "\\p{Lu}";
const LOWER = "[\\p{Ll}\\p{M}]";
// A name part after an apostrophe: "Ta'eed", "Dell'Acqua".
const APOS_TAIL = `(?:['\u2019]\\p{L}${LOWER}*)?`;
const PART = `${LOWER}+${APOS_TAIL}`;

/** "Kim", "Jean-Pierre", "Abu-ghazaleh", "Dell'Acqua", "José". */
const WORD = new RegExp(`^${UPPER}${PART}(?:-${UPPER}?${PART})*$`, "u");
/** "O'Brien", "D'Amato", "N'Diaye-Sow". */
const APOSTROPHE_PREFIXED = new RegExp(`^${UPPER}['\u2019]${UPPER}${PART}(?:-${UPPER}?${PART})*$`, "u");
/**
 * Camel-case surnames are allowed only after the few prefixes that really make them
 * ("McCandlish", "LeCun", "DeAndre", "MacKay", "VanderPlas"): anything else glued to a
 * capital ("OptimizationZeyuan", "MetaFormer") is a title word followed by a name.
 */
const CAMEL = new RegExp(
  `^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Vander|Von|Fitz|Del|Della|St|Ten|Ter)${UPPER}${PART}(?:-${UPPER}?${PART})*$`,
  "u",
);
/** "J", "J.", "J.R.", "J.-P.". */
const INITIALS = new RegExp(`^(?:${UPPER}\\.?|(?:${UPPER}\\.){2,4}|${UPPER}\\.?-${UPPER}\\.?)$`, "u");
/** An all-capitals surname or organisation: "KIM", "IBM". */
const CAPITALS = new RegExp(`^${UPPER}{2,}$`, "u");
/** Scripts without letter case (Chinese, Japanese, Korean, Arabic …). */
const CASELESS = /^[\p{Lo}\p{M}]+$/u;
/** A one-word organisation: "OpenAI", "DeepMind", "Google", "H2O". */
const ORGANISATION = /^\p{Lu}[\p{L}\p{N}&+]*\p{Ll}[\p{L}\p{N}&+]*$/u;

const PARTICLES = new Set([
  "van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das", "do", "la", "le",
  "ten", "ter", "bin", "binti", "al", "el", "ibn", "y", "e", "zu", "af", "av", "'t",
]);
// Particles that can open a name ("van der Maaten", "de la Cruz"); "e", "y", "al" … only follow a name part.
export const LEADING_PARTICLES: ReadonlySet<string> = new Set(["van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das", "la", "le", "ten", "ter"]);
const SUFFIXES = new Set(["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"]);

type TokenKind = "word" | "initials" | "capitals" | "particle" | "suffix" | "caseless";

function tokenKind(token: string): TokenKind | null {
  if (PARTICLES.has(token)) return "particle";
  if (SUFFIXES.has(token)) return "suffix";
  if (WORD.test(token) || CAMEL.test(token) || APOSTROPHE_PREFIXED.test(token)) return "word";
  if (INITIALS.test(token)) return "initials";
  if (CAPITALS.test(token)) return "capitals";
  if (CASELESS.test(token)) return "caseless";
  return null;
}

/**
 * How much a string looks like one author's name: 0 when it cannot be one, higher is more
 * plausible. Several-word personal names score 3; oddities (all-capitals words, a leading
 * particle) a little less; one-word names (organisations, mononyms) 1, all-capitals ones 0.5.
 */
export function nameScore(name: string): number {
  if (name.length === 0 || name.length > 80) return 0;
  const tokens = name.split(" ");
  if (tokens.length === 1) {
    const token = tokens[0]!;
    if (CASELESS.test(token)) return 1;
    if (ORGANISATION.test(token)) return 1;
    if (CAPITALS.test(token)) return 0.5;
    return 0;
  }
  if (tokens.length > 8) return 0;
  let score = 3;
  let hasCore = false;
  const leadingParticle = LEADING_PARTICLES.has(tokens[0]!);
  for (let i = 0; i < tokens.length; i++) {
    const kind = tokenKind(tokens[i]!);
    if (kind === null) return 0;
    const last = i === tokens.length - 1;
    if (kind === "particle") {
      if (last) return 0;
      if (i === 0 && !leadingParticle) return 0;
      // A name that opens with particles keeps them together: "van der Maaten", not "al Datavan der Maaten".
      if (leadingParticle && hasCore) return 0;
      if (i === 0) score -= 0.5;
    } else if (kind === "suffix") {
      if (!last || i === 0) return 0;
    } else if (kind === "capitals") {
      score -= 0.5;
      hasCore = true;
    } else if (kind === "word" || kind === "caseless") {
      hasCore = true;
    }
  }
  return hasCore ? score : 0;
}

function isName(name: string): boolean {
  return nameScore(name) > 0;
}

/** "Google DeepMind", "H2O.ai Team": looser than nameScore, for whole comma-separated pieces that follow the first author. */
const LOOSE_TOKEN = /^[\p{Lu}\p{Lo}][\p{L}\p{M}\p{N}'\u2019.&+\-]*$/u;

/**
 * Whether a whole comma-separated piece can be an author. Pieces after the first author carry no
 * glued title, so camel-case organisation words ("DeepMind") are allowed there.
 */
export function isLooseName(name: string): boolean {
  if (isName(name)) return true;
  const tokens = name.split(" ");
  if (tokens.length > 8 || tokens[tokens.length - 1]!.length === 0) return false;
  return tokens.every((token, i) => LOOSE_TOKEN.test(token) || (i > 0 && i < tokens.length - 1 && PARTICLES.has(token)));
}
