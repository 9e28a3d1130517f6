import { seededRandom } from "../../src/text/random";

/**
 * A reproducible bibliography, independent of any format: the same papers are written out in
 * every format (see the writers beside this file), and reading each back must give the same
 * co-authorship network. Names carry what makes formats hard: accents, particles, hyphens,
 * apostrophes.
 */
export interface GeneratedAuthor {
  given: string;
  family: string;
  /** Set for about half the people, the same on every paper they write. */
  orcid?: string;
}

export interface GeneratedPaper {
  /** 1-based, in order. */
  number: number;
  title: string;
  authors: GeneratedAuthor[];
  year: number;
  month: number;
  venue: string;
  kind: "article" | "inproceedings";
  doi: string;
  pages: string;
  abstract: string;
}

const GIVEN = ["Ana", "Bo", "Chen", "Dana", "Emil", "Farah", "Goran", "Hana", "Ivo", "Jae", "Kofi", "Lena", "Mateo", "Nora", "Omar", "Priya", "Quinn", "Rafael", "Sofia", "Tariq", "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zoë", "Élise", "Jean-Luc", "Seán", "Jürgen"];
const FAMILY = ["Kim", "Lee", "Park", "Nguyen", "García-Márquez", "Müller", "Rossi", "Ivanova", "Okafor", "Tanaka", "Silva", "O'Brien", "McAllister", "van der Berg", "Dubois", "Kowalski", "Haddad", "Novák", "Andersson", "Costa", "Yılmaz", "Sato", "Zhang", "Wang", "Li", "Chen", "Patel", "Singh", "Khan", "LeBlanc", "Pérez", "Schmidt", "de la Cruz", "Ali", "Jung", "Shin", "Østergaard", "Łukasik", "Luo", "Liu"];
const WORDS = ["Learning", "Graph", "Networks", "Reinforcement", "Offline", "Policy", "Optimization", "Agents", "Reasoning", "Diffusion", "Models", "Robust", "Scalable", "Self-Supervised", "Representation", "Transformers", "Uncertainty", "Exploration", "Memory", "Off-Policy", "Benchmark", "Café", "Zürich"];
const GLUE = ["via", "for", "with", "of", "and", "in", "under"];
const JOURNALS = ["Journal of Machine Learning Research", "Transactions on Graph Analysis", "Revue d'Informatique Théorique"];
const CONFERENCES = ["Proceedings of the Conference on Learning Systems", "International Workshop on Networks & Agents"];

/** An ORCID iD with a valid ISO 7064 11,2 check digit, from a number. */
function orcidFor(n: number): string {
  const digits = `00000002${String(n * 7919).padStart(7, "0")}`;
  let total = 0;
  for (const d of digits) total = (total + Number(d)) * 2;
  const check = (12 - (total % 11)) % 11;
  const all = digits + (check === 10 ? "X" : String(check));
  return `${all.slice(0, 4)}-${all.slice(4, 8)}-${all.slice(8, 12)}-${all.slice(12)}`;
}

export function generateBibliography(paperCount: number, seed = 11): GeneratedPaper[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const people: GeneratedAuthor[] = [];
  for (let f = 0; f < FAMILY.length; f++) {
    for (let g = 0; g < GIVEN.length; g++) {
      const person: GeneratedAuthor = { given: GIVEN[g]!, family: FAMILY[f]! };
      if ((f + g) % 2 === 0) person.orcid = orcidFor(people.length + 1);
      people.push(person);
    }
  }
  const groupSize = 20;
  const papers: GeneratedPaper[] = [];
  for (let number = 1; number <= paperCount; number++) {
    const first = Math.floor(random() * people.length);
    const group = Math.floor(first / groupSize) * groupSize;
    const team = new Set([first]);
    const size = 1 + Math.floor(random() * 5);
    while (team.size < size) {
      const other = random() < 0.85 ? group + Math.floor(random() * groupSize) : Math.floor(random() * people.length);
      team.add(Math.min(other, people.length - 1));
    }
    const words = Array.from({ length: 3 + Math.floor(random() * 5) }, (_, i) => (i % 3 === 2 ? pick(GLUE) : pick(WORDS)));
    const kind = random() < 0.6 ? "article" : "inproceedings";
    const startPage = 1 + Math.floor(random() * 400);
    papers.push({
      number,
      title: `${words.join(" ")}: Study ${number}`,
      authors: [...team].map((i) => people[i]!),
      year: 2005 + Math.floor(random() * 20),
      month: 1 + Math.floor(random() * 12),
      venue: kind === "article" ? pick(JOURNALS) : pick(CONFERENCES),
      kind,
      doi: `10.5555/gen.${number}`,
      pages: `${startPage}--${startPage + 5 + Math.floor(random() * 20)}`,
      abstract: `We study ${pick(WORDS).toLowerCase()} and ${pick(WORDS).toLowerCase()} in setting ${number}.`,
    });
  }
  return papers;
}
