import { seededRandom } from "../src/text/random";

const GIVEN = ["Ana", "Bo", "Chen", "Dana", "Emil", "Farah", "Goran", "Hana", "Ivo", "Jae", "Kofi", "Lena", "Mateo", "Nora", "Omar", "Priya", "Quinn", "Rafael", "Sofia", "Tariq", "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zoë", "Élise", "Jean-Luc", "Seán", "Ngozi"];
const FAMILY = ["Kim", "Lee", "Park", "Nguyen", "Garcia", "Müller", "Rossi", "Ivanova", "Okafor", "Tanaka", "Silva", "O'Brien", "McAllister", "van der Berg", "Dubois", "Kowalski", "Haddad", "Novak", "Andersson", "Costa", "Yilmaz", "Sato", "Zhang", "Wang", "Li", "Chen", "Patel", "Singh", "Khan", "LeBlanc", "Pérez", "Schmidt", "Ahmed", "Ali", "Jung", "Shin", "Oh", "Bae", "Luo", "Liu"];
const WORDS = ["Learning", "Graph", "Networks", "Reinforcement", "Offline", "Policy", "Optimization", "LLMs", "ConvFormer", "Agents", "Reasoning", "Diffusion", "Models", "Robust", "Scalable", "Self-Supervised", "Representation", "via", "for", "with", "of", "and", "in", "RLVR", "Transformers", "Uncertainty", "Exploration", "Memory-Augmented", "Off-Policy", "Benchmark", "GFlowNets"];
const CATEGORIES = ["LG", "CL", "AI", "CV", "RO", "IR", "NE", "MA"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const ENDINGS = ["", "?", " (Extended)", " 2", "s"];

export interface GeneratedListing {
  text: string;
  authors: number;
  papers: number;
}

/**
 * A reproducible synthetic listing in the paper-feed format: `authorCount` distinct authors
 * in research groups of about 25, each paper written mostly within one group.
 */
export function generateListing(authorCount: number, papersPerAuthor = 1.5, seed = 7): GeneratedListing {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const names: string[] = [];
  for (let i = 0; names.length < authorCount; i++) {
    // Unique names: given × family, then a numbered initial to go beyond the pool.
    const given = GIVEN[i % GIVEN.length]!;
    const family = FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]!;
    const round = Math.floor(i / (GIVEN.length * FAMILY.length));
    names.push(round === 0 ? `${given} ${family}` : `${given} ${String.fromCharCode(65 + (round % 26))}${round >= 26 ? String.fromCharCode(65 + Math.floor(round / 26)) : ""}. ${family}`);
  }
  const groupSize = 25;
  const paperCount = Math.round(authorCount * papersPerAuthor / 3);
  const lines: string[] = [];
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
    const authors = [...team].map((i) => names[i]!);
    const etAl = random() < 0.3;
    const score = random() < 0.3 ? `${(90 + random() * 10).toFixed(1)}` : "";
    const withYear = random() < 0.7;
    const date = `${pick(MONTHS)} ${1 + Math.floor(random() * 28)}${withYear ? `, ${2015 + Math.floor(random() * 10)}` : ""}`;
    const titleWords = Array.from({ length: 5 + Math.floor(random() * 8) }, () => pick(WORDS));
    titleWords[0] = titleWords[0]!.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    lines.push(`${score}${pick(CATEGORIES)}${date}`);
    lines.push(`${titleWords.join(" ")} ${p}${pick(ENDINGS)}${authors.join(", ")}${etAl ? " et al." : ""}`);
    lines.push(Array.from({ length: 60 + Math.floor(random() * 60) }, () => pick(WORDS).toLowerCase()).join(" ") + ".");
  }
  return { text: `${lines.join("\n")}\n`, authors: authorCount, papers: paperCount };
}
