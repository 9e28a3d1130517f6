import type { GeneratedAuthor, GeneratedPaper } from "./bibliography";

/**
 * The generated bibliography as Web of Science's "Plain text file" export writes it: a head
 * (FN, VR), then per record two-letter tags with long values wrapped onto lines indented by
 * three spaces, one name per line in AU (short, accents dropped) and AF (full), the venue in
 * capitals, ORCID iDs and researcher ids by name in OI and RI, "ER" and a blank line; "EF" ends
 * the file.
 */
export function writeWos(papers: GeneratedPaper[]): string {
  const lines = ["FN Clarivate Analytics Web of Science", "VR 1.0"];
  for (const paper of papers) lines.push(...record(paper), "ER", "");
  lines.push("EF");
  return lines.join("\n") + "\n";
}

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const WIDTH = 70;

function record(paper: GeneratedPaper): string[] {
  const [first, last] = paper.pages.split("--") as [string, string];
  const withOrcid = paper.authors.filter((author) => author.orcid);
  const article = paper.kind === "article";
  return [
    article ? "PT J" : "PT C",
    ...listed("AU", paper.authors.map(shortName)),
    ...listed("AF", paper.authors.map(fullName)),
    ...wrapped("TI", paper.title),
    ...wrapped("SO", paper.venue.toUpperCase()),
    "LA English",
    article ? "DT Article" : "DT Proceedings Paper",
    `AB ${paper.abstract}`, // not wrapped: the export writes abstracts on one line
    ...(withOrcid.length > 0 ? wrapped("RI", withOrcid.map((a) => `${fullName(a)}/${researcherId(a.orcid!)}`).join("; ")) : []),
    ...(withOrcid.length > 0 ? wrapped("OI", withOrcid.map((a) => `${fullName(a)}/${a.orcid}`).join("; ")) : []),
    `PD ${MONTHS[paper.month - 1]}`,
    `PY ${paper.year}`,
    `BP ${first}`,
    `EP ${last}`,
    `DI ${paper.doi}`,
    ...wrapped("WC", article ? "Computer Science, Artificial Intelligence; Statistics & Probability" : "Computer Science, Theory & Methods"),
    `UT WOS:${String(paper.number).padStart(15, "0")}`,
  ];
}

/** "García-Márquez, E": family name and initials, without accents, as in AU. */
function shortName(author: GeneratedAuthor): string {
  const initials = author.given
    .split(/[\s-]+/)
    .map((part) => part.charAt(0))
    .join("");
  return `${author.family}, ${initials}`.normalize("NFD").replace(/\p{M}/gu, "");
}

const fullName = (author: GeneratedAuthor) => `${author.family}, ${author.given}`;

/** A ResearcherID-shaped id ("B-1234-2015"), made up from the ORCID iD so it is the same for one person. */
function researcherId(orcid: string): string {
  const digits = orcid.replace(/\D/g, "");
  return `${String.fromCharCode(65 + (Number(digits.slice(-2)) % 26))}-${digits.slice(-6, -2)}-${2008 + (Number(digits.slice(-3)) % 15)}`;
}

/** One value per line: the first after the tag, the rest indented. */
function listed(tag: string, values: string[]): string[] {
  return values.map((value, i) => (i === 0 ? `${tag} ${value}` : `   ${value}`));
}

/** A long value broken between words, the rest indented. */
function wrapped(tag: string, text: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(line);
  return listed(tag, lines);
}
