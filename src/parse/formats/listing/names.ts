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
/** "O'Brien", "D'Amato", "N'Diaye-Sow"; with a small prefix, "d'Avila", "dell'Orco". */
const APOSTROPHE_PREFIXED = new RegExp(`^(?:${UPPER}|d|l|dell|degli)['\u2019]${UPPER}${PART}(?:-${UPPER}?${PART})*$`, "u");
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
/**
 * Two initials written together, "JR" or "AB.": initials before the surname ("JR Smith",
 * "MD Azizul Hakim"); as the last word they are an all-capitals surname or trailing initials
 * ("Jie LI", "Suhas BN"), which CAPITALS covers.
 */
const PAIRED_INITIALS = new RegExp(`^${UPPER}{2}\\.?$`, "u");
/** An abbreviated given name before the rest of the name: "Md.", "Mst.", "Mohd.", "Yu.". */
const ABBREVIATION = new RegExp(`^${UPPER}\\p{Ll}{1,3}\\.$`, "u");
/**
 * A surname with its first two or three letters in capitals, after the given name: "OConnor",
 * "ALMutairi", "ZHang". Glued to a title it would read as an acronym ending in a name
 * ("RLHFAnn"), so never as the first word.
 */
const CAPITALS_PREFIXED = new RegExp(`^${UPPER}{1,2}${UPPER}\\p{Ll}{2,}$`, "u");
/** An all-capitals surname or organisation: "KIM", "IBM". */
const CAPITALS = new RegExp(`^${UPPER}{2,}$`, "u");
/** Scripts without letter case (Chinese, Japanese, Korean, Arabic …). */
const CASELESS = /^[\p{Lo}\p{M}]+$/u;

/**
 * A one-word organisation or mononym: "OpenAI", "DeepMind", "MiniMax", "Harshavardhan".
 * It opens with a capital and at least two small letters, so the end of an acronym
 * ("LLMs", "LLMsAditi", "RLVROpenAI") does not pass as one.
 */
const ONE_WORD_ORGANISATION = /^\p{Lu}\p{Ll}{2,}[\p{L}\p{N}&+]*$/u;
/**
 * A one-word organisation with a hyphen: a name, a hyphen and one of the few words that end
 * organisation names ("DeepSeek-AI", "Mistral-AI", "Soofi-Team"). Title words with hyphens
 * ("Off-Policy", "Self-Distillation", "GPT-4", "DeepSeek-V3") end otherwise and do not pass.
 */
const HYPHENATED_ORGANISATION = /^\p{Lu}\p{Ll}{2,}[\p{L}\p{N}]*-(?:AI|Team|Lab|Labs|Research)$/u;
/** A one-word organisation with a web suffix: "H2O.ai", "YuanLab.ai". */
const DOTTED_ORGANISATION = /^\p{Lu}[\p{L}\p{N}]*\.ai$/u;

/**
 * Words that end the name of a group of people: "Gemini Team", "IceCube Collaboration",
 * "LG AI Research" ("Team" may open it too: "Team OLMo"). The other words of a group's name
 * may be ones no person's name has ("MiniCPM Team", "GLM-4.5 Team", "SAM 3D Team", "Xiaomi
 * LLM-Core Team"): capitalised words, acronyms (with at most one small letter: "OLMo", "LHCb")
 * and numbers, alone or joined by hyphens or dots, and camel-case words ("CocoaBench") first
 * only. Title text glued to a group ("LLMsKimi Team", "…LHCThe ATLAS Collaboration" read from
 * "CThe", "OCR Technical ReportHunyuan Vision Team") does not pass.
 */
const GROUP_ENDINGS = new Set(["Team", "team", "Collaboration", "collaboration", "Consortium", "Group", "Lab", "Labs", "Research", "Project", "Workshop", "Initiative"]);
const groupWord = (part: string) => new RegExp(`^${part}(?:[-.]${part})*$`, "u");
const PLAIN_PART = "(?:\\p{Lu}\\p{Ll}+|\\p{Lu}{2,}\\p{Ll}?|\\p{N}+(?:\\.\\p{N}+)*\\p{Lu}*)";
// A camel-case word opens with at least two small letters before its next capital, as one-word names do.
const CAMEL_PART = "(?:\\p{Lu}\\p{Ll}{2,}(?:\\p{Lu}+\\p{Ll}*)+)";
const GROUP_WORD = groupWord(PLAIN_PART);
const FIRST_GROUP_WORD = groupWord(`(?:${CAMEL_PART}|${PLAIN_PART})`);
const MOST_GROUP_WORDS = 4;

const PARTICLES = new Set([
  "van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das", "do", "la", "le",
  "ten", "ter", "bin", "binti", "al", "el", "ibn", "y", "e", "zu", "af", "av", "'t",
]);
// Particles that can open a name ("van der Maaten", "de la Cruz"); "e", "y", "al" … only follow a name part.
export const LEADING_PARTICLES: ReadonlySet<string> = new Set(["van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das", "la", "le", "ten", "ter"]);
const SUFFIXES = new Set(["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"]);

// Real names have up to four capitalised words, rarely five ("Venkata Dharma Surya Narayana Sastry");
// a longer run of them is more likely a title in title case ("I Security Policy Should Target Systems").
const USUAL_NAME_WORDS = 4;
const MOST_NAME_WORDS = 5;

type TokenKind = "word" | "initials" | "capitals" | "particle" | "suffix" | "caseless";

function tokenKind(token: string, first: boolean, last: boolean): TokenKind | null {
  if (PARTICLES.has(token)) return "particle";
  if (SUFFIXES.has(token)) return "suffix";
  if (WORD.test(token) || CAMEL.test(token) || APOSTROPHE_PREFIXED.test(token)) return "word";
  if (!first && CAPITALS_PREFIXED.test(token)) return "word";
  if (INITIALS.test(token)) return "initials";
  if (!last && (PAIRED_INITIALS.test(token) || ABBREVIATION.test(token))) return "initials";
  if (CAPITALS.test(token)) return "capitals";
  if (CASELESS.test(token)) return "caseless";
  return null;
}

/** How a string reads as one author's name. */
export interface NameReading {
  /** Higher is more plausible: 3 for a full personal name, less for oddities, 1 for one word. */
  score: number;
  /** One word (an organisation or a mononym), several words of a person, or a named group. */
  kind: "one-word" | "person" | "group";
}

/**
 * How a string reads as one author's name, or null when it cannot be one. Several-word
 * personal names score 3; oddities (each all-capitals word, a leading particle, a fifth
 * capitalised word) half a point less; named groups ("Gemini Team") 3; one-word names
 * (organisations, mononyms) 1, all-capitals ones 0.5.
 */
export function readName(name: string): NameReading | null {
  if (name.length === 0 || name.length > 80) return null;
  const tokens = name.split(" ");
  if (tokens.length === 1) return readOneWord(tokens[0]!);
  if (tokens.length > 8) return null;
  // "Gemini Team" reads as a person too; as a group it keeps words no person's name has ("Kanana LLM Team").
  if (isGroupName(tokens)) return { score: 3, kind: "group" };
  const person = personScore(tokens);
  return person > 0 ? { score: person, kind: "person" } : null;
}

function readOneWord(token: string): NameReading | null {
  if (CASELESS.test(token) || ONE_WORD_ORGANISATION.test(token) || HYPHENATED_ORGANISATION.test(token) || DOTTED_ORGANISATION.test(token)) {
    return { score: 1, kind: "one-word" };
  }
  if (CAPITALS.test(token)) return { score: 0.5, kind: "one-word" };
  return null;
}

function personScore(tokens: readonly string[]): number {
  let score = 3;
  let words = 0;
  const leadingParticle = LEADING_PARTICLES.has(tokens[0]!);
  for (let i = 0; i < tokens.length; i++) {
    const last = i === tokens.length - 1;
    const kind = tokenKind(tokens[i]!, i === 0, last);
    if (kind === null) return 0;
    if (kind === "particle") {
      if (last) return 0;
      if (i === 0 && !leadingParticle) return 0;
      // A name that opens with particles keeps them together: "van der Maaten", not "al Datavan der Maaten".
      if (leadingParticle && words > 0) return 0;
      if (i === 0) score -= 0.5;
    } else if (kind === "suffix") {
      if (!last || i === 0) return 0;
    } else if (kind === "capitals") {
      score -= 0.5;
      words++;
    } else if (kind === "word" || kind === "caseless") {
      words++;
    }
  }
  if (words === 0 || words > MOST_NAME_WORDS) return 0;
  return words > USUAL_NAME_WORDS ? score - 0.5 : score;
}

function isGroupName(tokens: readonly string[]): boolean {
  if (tokens.length > MOST_GROUP_WORDS) return false;
  const teamFirst = tokens[0] === "Team";
  const from = teamFirst ? 1 : 0;
  const to = teamFirst ? tokens.length : tokens.length - 1;
  if (!teamFirst && !GROUP_ENDINGS.has(tokens[to]!)) return false;
  for (let i = from; i < to; i++) if (!(i === from ? FIRST_GROUP_WORD : GROUP_WORD).test(tokens[i]!)) return false;
  return true;
}

/** "Google DeepMind", "H2O.ai Team": looser than readName, for whole comma-separated pieces that follow the first author. */
const LOOSE_TOKEN = /^[\p{Lu}\p{Lo}][\p{L}\p{M}\p{N}'\u2019.&+\-]*$/u;

/**
 * Whether a whole comma-separated piece can be an author. Pieces after the first author carry no
 * glued title, so camel-case organisation words ("DeepMind") are allowed there. Words in small
 * letters are not ("Xiaojun zhou"): they are what tells a title's pieces from the author list
 * ("Detection, Segmentation and Report GenerationRuida Cheng").
 */
export function isLooseName(name: string): boolean {
  if (readName(name) !== null) return true;
  const tokens = name.split(" ");
  if (tokens.length > 8 || tokens[tokens.length - 1]!.length === 0) return false;
  return tokens.every((token, i) => LOOSE_TOKEN.test(token) || (i > 0 && i < tokens.length - 1 && PARTICLES.has(token)));
}
