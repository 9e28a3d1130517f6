import type { GeneratedAuthor, GeneratedPaper } from "./bibliography";

/**
 * Writes the generated bibliography as reference managers export BibTeX, varying entry by
 * entry what real files vary: half the entries spell non-ASCII letters as LaTeX escapes
 * (`M{\"u}ller`, as BibTeX and older JabRef write them), half as UTF-8 (Zotero, Better
 * BibTeX); names "Family, Given" (JabRef, Zotero) or "Given Family" (dblp); months as macros
 * or numbers; titles with and without case-protecting braces; every fifth entry in BibLaTeX
 * fields (`journaltitle`, `date`). The file opens with JabRef's encoding line and ends with
 * its metadata comment, which a reader must pass over.
 */
export function writeBibtex(papers: GeneratedPaper[]): string {
  const keys = new Map<string, number>();
  const out = ["% Encoding: UTF-8", ""];
  for (const paper of papers) out.push(entry(paper, uniqueKey(citationKey(paper), keys)), "");
  out.push("@Comment{jabref-meta: databaseType:bibtex;}", "");
  return out.join("\n");
}

const MONTH_MACROS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function entry(paper: GeneratedPaper, key: string): string {
  const n = paper.number;
  const text = n % 2 === 0 ? latexEscaped : (s: string) => s.replace(/&/g, "\\&");
  const biblatex = n % 5 === 0;
  const names = paper.authors.map((author) => text(n % 3 === 0 ? givenFirst(author) : familyFirst(author)));
  const fields: [string, string][] = [
    ["author", `{${names.join(" and ")}}`],
    ["title", `{${protectCase(text(paper.title), n)}}`],
    [venueField(paper, biblatex), `{${text(paper.venue)}}`],
  ];
  const month = String(paper.month).padStart(2, "0");
  if (biblatex) {
    fields.push(["date", `{${paper.year}-${month}}`]);
  } else {
    fields.push(["year", n % 4 === 0 ? String(paper.year) : `{${paper.year}}`]);
    fields.push(["month", n % 2 === 0 ? MONTH_MACROS[paper.month - 1]! : `{${paper.month}}`]);
  }
  fields.push(["pages", `{${paper.pages}}`], ["doi", `{${paper.doi}}`]);
  if (n % 7 === 0) fields.push(["url", `{https://doi.org/${paper.doi}}`]);
  fields.push(["abstract", `{${text(paper.abstract)}}`]);
  const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(",\n");
  return `@${paper.kind}{${key},\n${body}\n}`;
}

function venueField(paper: GeneratedPaper, biblatex: boolean): string {
  if (paper.kind === "inproceedings") return "booktitle";
  return biblatex ? "journaltitle" : "journal";
}

/** "van der Berg, Anna": particles lead the family part, as BibTeX's "von Last, First" form has them. */
const familyFirst = (author: GeneratedAuthor) => `${author.family}, ${author.given}`;
const givenFirst = (author: GeneratedAuthor) => `${author.given} ${author.family}`;

/**
 * Braces that keep a bibliography style from lower-casing: around the whole title (JabRef's
 * habit), around its first word (Better BibTeX protects words it thinks are names), or none.
 */
function protectCase(title: string, n: number): string {
  if (n % 3 === 1) return `{${title}}`;
  if (n % 3 === 2) return title.replace(/^(\S+)/, "{$1}");
  return title;
}

/** Better BibTeX's default key: first author's family name, year, first title word, lower-cased and ASCII. */
function citationKey(paper: GeneratedPaper): string {
  const family = paper.authors[0]!.family;
  const word = paper.title.split(/[\s:-]/)[0] ?? "";
  return ascii(`${family}${paper.year}${word}`).toLowerCase();
}

/** Repeated keys get "a", "b" … "z", "aa" … as reference managers disambiguate them. */
function uniqueKey(base: string, seen: Map<string, number>): string {
  const count = seen.get(base) ?? 0;
  seen.set(base, count + 1);
  let suffix = "";
  for (let k = count; k > 0; k = Math.floor((k - 1) / 26)) suffix = String.fromCharCode(97 + ((k - 1) % 26)) + suffix;
  return base + suffix;
}

function ascii(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^A-Za-z0-9]/g, (c) => ASCII_LETTERS[c] ?? "");
}

const ASCII_LETTERS: Record<string, string> = { ı: "i", ø: "o", Ø: "O", ł: "l", Ł: "L", ß: "ss", æ: "ae", Æ: "AE" };

/** Combining marks and the LaTeX accent command that writes each. */
const ACCENTS: Record<string, string> = {
  "\u0300": "`", "\u0301": "'", "\u0302": "^", "\u0303": "~", "\u0304": "=", "\u0306": "u", "\u0307": ".",
  "\u0308": '"', "\u030a": "r", "\u030b": "H", "\u030c": "v", "\u0327": "c", "\u0328": "k",
};
/** Letters that are not a base letter plus an accent. */
const LETTERS: Record<string, string> = {
  ı: "{\\i}", ø: "{\\o}", Ø: "{\\O}", ł: "{\\l}", Ł: "{\\L}", ß: "{\\ss}", æ: "{\\ae}", Æ: "{\\AE}", "&": "\\&",
};

/** `Müller` → `M{\"u}ller`, `Seán` → `Se{\'a}n`, `Łukasik` → `{\L}ukasik`; letters without an escape stay as they are. */
function latexEscaped(text: string): string {
  let out = "";
  for (const char of text) {
    const letter = LETTERS[char];
    if (letter) {
      out += letter;
      continue;
    }
    const [base, mark] = [...char.normalize("NFD")];
    const accent = mark === undefined ? undefined : ACCENTS[mark];
    if (base === undefined || accent === undefined) {
      out += char;
      continue;
    }
    // Letter accents need a space or braces before their argument: \c{c}, \v{s}; symbol accents do not.
    out += /[a-z]/i.test(accent) ? `{\\${accent}{${base}}}` : `{\\${accent}${base}}`;
  }
  return out;
}
