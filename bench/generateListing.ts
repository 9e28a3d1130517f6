import { seededRandom } from "../src/text/random";

const GIVEN = ["Ana", "Bo", "Chen", "Dana", "Emil", "Farah", "Goran", "Hana", "Ivo", "Jae", "Kofi", "Lena", "Mateo", "Nora", "Omar", "Priya", "Quinn", "Rafael", "Sofia", "Tariq", "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zoë", "Élise", "Jean-Luc", "Seán", "Ngozi"];
const FAMILY = ["Kim", "Lee", "Park", "Nguyen", "Garcia", "Müller", "Rossi", "Ivanova", "Okafor", "Tanaka", "Silva", "O'Brien", "McAllister", "van der Berg", "Dubois", "Kowalski", "Haddad", "Novak", "Andersson", "Costa", "Yilmaz", "Sato", "Zhang", "Wang", "Li", "Chen", "Patel", "Singh", "Khan", "LeBlanc", "Pérez", "Schmidt", "Ahmed", "Ali", "Jung", "Shin", "Oh", "Bae", "Luo", "Liu"];
const WORDS = ["Learning", "Graph", "Networks", "Reinforcement", "Offline", "Policy", "Optimization", "LLMs", "ConvFormer", "Agents", "Reasoning", "Diffusion", "Models", "Robust", "Scalable", "Self-Supervised", "Representation", "via", "for", "with", "of", "and", "in", "RLVR", "Transformers", "Uncertainty", "Exploration", "Memory-Augmented", "Off-Policy", "Benchmark", "GFlowNets"];
const CATEGORIES = ["LG", "CL", "AI", "CV", "RO", "IR", "NE", "MA"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const ENDINGS = ["", "?", " (Extended Version)", " 2", " at Scale"];

/** One generated paper as written into the listing: what parsing it must give back. */
export interface GeneratedPaper {
  title: string;
  authors: string[];
  etAl: boolean;
}

export interface GeneratedListing {
  text: string;
  authors: number;
  papers: number;
  /** Every paper in listing order, as generated. */
  truth: GeneratedPaper[];
}

/**
 * Middle initials that tell apart the people of one naming round: round 1 "B.", round 25 "Z.",
 * then two or more initials, in the two ways listings write them: "A. B." and "A.B.".
 */
function middleInitials(round: number): string {
  const letters: string[] = [];
  for (let rest = round; rest > 0 || letters.length === 0; rest = Math.floor(rest / 26)) letters.push(String.fromCharCode(65 + (rest % 26)));
  return letters.map((letter) => `${letter}.`).join(round % 2 === 0 ? " " : "");
}

/** The i-th distinct author name: given × family, then middle initials to go beyond the pool. */
export function generatedAuthorName(i: number): string {
  const given = GIVEN[i % GIVEN.length]!;
  const family = FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]!;
  const round = Math.floor(i / (GIVEN.length * FAMILY.length));
  return round === 0 ? `${given} ${family}` : `${given} ${middleInitials(round)} ${family}`;
}

/**
 * A reproducible synthetic listing in the paper-feed format: `authorCount` distinct authors
 * in research groups of about 25, each paper written mostly within one group. Titles end in
 * title words glued to the first author, as in real listings; a running number after the
 * first word keeps them distinct.
 */
export function generateListing(authorCount: number, papersPerAuthor = 1.5, seed = 7): GeneratedListing {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const names = Array.from({ length: authorCount }, (_, i) => generatedAuthorName(i));
  const groupSize = 25;
  const paperCount = Math.round(authorCount * papersPerAuthor / 3);
  const lines: string[] = [];
  const truth: GeneratedPaper[] = [];
  for (let p = 0; p < paperCount; p++) {
    // Every author gets at least one paper: the first author walks through the list.
    const first = p < authorCount / 3 ? (p * 3) % authorCount : Math.floor(random() * authorCount);
    const group = Math.floor(first / groupSize) * groupSize;
    const team = new Set([first, (first + 1) % authorCount, (first + 2) % authorCount]);
    const extra = Math.floor(random() * 4);
    for (let k = 0; k < extra; k++) {
      const other = random() < 0.9 ? group + Math.floor(random() * groupSize) : Math.floor(random() * authorCount);
      team.add(Math.min(other, authorCount - 1));
    }
    const authors = Array.from(team, (i) => names[i]!);
    const etAl = random() < 0.3;
    const score = random() < 0.3 ? `${(90 + random() * 10).toFixed(1)}` : "";
    const withYear = random() < 0.7;
    const date = `${pick(MONTHS)} ${1 + Math.floor(random() * 28)}${withYear ? `, ${2015 + Math.floor(random() * 10)}` : ""}`;
    const titleWords = Array.from({ length: 5 + Math.floor(random() * 8) }, () => pick(WORDS));
    titleWords[0] = `${titleWords[0]!.replace(/^\p{Ll}/u, (c) => c.toUpperCase())} ${p}:`;
    lines.push(`${score}${pick(CATEGORIES)}${date}`);
    const title = `${titleWords.join(" ")}${pick(ENDINGS)}`;
    lines.push(`${title}${authors.join(", ")}${etAl ? " et al." : ""}`);
    lines.push(Array.from({ length: 60 + Math.floor(random() * 60) }, () => pick(WORDS).toLowerCase()).join(" ") + ".");
    truth.push({ title, authors, etAl });
  }
  return { text: `${lines.join("\n")}\n`, authors: authorCount, papers: paperCount, truth };
}
