import { hashString } from "../../src/text/random";
import type { GeneratedAuthor, GeneratedPaper } from "./bibliography";

/**
 * The generated bibliography as Scopus writes its CSV export today: a byte-order mark, every
 * field quoted, the 46 columns of a full export, "Authors" as "Family I.; …", "Author full
 * names" as "Family, Given (id); …" and "Author(s) ID" as "id; id".
 */
export function writeScopusCsv(papers: GeneratedPaper[]): string {
  const rows = [COLUMNS, ...papers.map(row)];
  return `\uFEFF${rows.map((fields) => fields.map(quote).join(",")).join("\n")}\n`;
}

const COLUMNS = [
  "Authors", "Author full names", "Author(s) ID", "Title", "Year", "Source title", "Volume", "Issue", "Art. No.",
  "Page start", "Page end", "Page count", "Cited by", "DOI", "Link", "Affiliations", "Authors with affiliations",
  "Abstract", "Author Keywords", "Index Keywords", "Molecular Sequence Numbers", "Chemicals/CAS", "Tradenames",
  "Manufacturers", "Funding Details", "Funding Texts", "References", "Correspondence Address", "Editors", "Publisher",
  "Sponsors", "Conference name", "Conference date", "Conference location", "Conference code", "ISSN", "ISBN", "CODEN",
  "PubMed ID", "Language of Original Document", "Abbreviated Source Title", "Document Type", "Publication Stage",
  "Open Access", "Source", "EID",
];

const quote = (field: string) => `"${field.replace(/"/g, '""')}"`;

/** Scopus author ids are 10 or 11 digits; each person keeps one. */
const scopusId = (author: GeneratedAuthor) => String(57_000_000_000 + (hashString(`${author.given} ${author.family}`) % 1_000_000_000));
/** "Jean-Luc" → "J.-L.", "Élise" → "É.". */
const initials = (given: string) => given.split("-").map((part) => `${part[0]}.`).join("-");
const hex = (seed: string) => [0, 1, 2, 3].map((i) => hashString(`${seed}/${i}`).toString(16).padStart(8, "0")).join("");

function row(paper: GeneratedPaper): string[] {
  const [first, last] = paper.pages.split("--") as [string, string];
  const eid = `2-s2.0-${85_000_000_000 + paper.number}`;
  const fields: Record<string, string> = {
    Authors: paper.authors.map((a) => `${a.family} ${initials(a.given)}`).join("; "),
    "Author full names": paper.authors.map((a) => `${a.family}, ${a.given} (${scopusId(a)})`).join("; "),
    "Author(s) ID": paper.authors.map(scopusId).join("; "),
    Title: paper.title,
    Year: String(paper.year),
    "Source title": paper.venue,
    "Page start": first,
    "Page end": last,
    "Page count": String(Number(last) - Number(first) + 1),
    "Cited by": String(paper.number % 7),
    DOI: paper.doi,
    Link: `https://www.scopus.com/inward/record.uri?eid=${eid}&doi=${encodeURIComponent(paper.doi).toLowerCase()}&partnerID=40&md5=${hex(eid)}`,
    Abstract: paper.abstract,
    "Language of Original Document": "English",
    "Document Type": paper.kind === "article" ? "Article" : "Conference paper",
    "Publication Stage": "Final",
    Source: "Scopus",
    EID: eid,
  };
  if (paper.kind === "inproceedings") fields["Conference name"] = paper.venue;
  return COLUMNS.map((column) => fields[column] ?? "");
}
