import { DBLP_ENTITIES } from "../../src/parse/formats/dblpXml/entities";
import { hashString } from "../../src/text/random";
import type { GeneratedAuthor, GeneratedPaper } from "./bibliography";

/**
 * The generated bibliography as dblp exports it, in its three shapes:
 * - "dblp": the full dump, dblp.xml: ISO-8859-1 declared, plain ASCII written, every other
 *   character a named entity of dblp.dtd or a numeric reference, no person ids on authors;
 * - "person": a person page (`<dblpperson>`), each record wrapped in `<r>`, authors with pids,
 *   non-ASCII as numeric references, and the person and co-author lists dblp adds;
 * - "search": a search API answer (`<result><hits><hit><info>`), UTF-8 written as is.
 */
export type DblpShape = "dblp" | "person" | "search";

export function writeDblpXml(papers: readonly GeneratedPaper[], shape: DblpShape): string {
  const parts = [dblpXmlHead(papers, shape)];
  for (const paper of papers) parts.push(dblpXmlRecord(paper, shape));
  parts.push(dblpXmlTail(papers, shape));
  return parts.join("");
}

/** Everything before the first record. */
export function dblpXmlHead(papers: readonly GeneratedPaper[], shape: DblpShape): string {
  if (shape === "dblp") return '<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE dblp SYSTEM "dblp.dtd">\n<dblp>\n';
  if (shape === "search") {
    const n = papers.length;
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      "<result>",
      '<query id="1">*</query>',
      '<status code="200">OK</status>',
      '<time unit="msecs">1.00</time>',
      '<completions total="0" computed="0" sent="0">',
      "</completions>",
      `<hits total="${n}" computed="${n}" sent="${n}" first="0">`,
      "",
    ].join("\n");
  }
  // A person page belongs to one person: the first author of the first paper.
  const owner = papers[0]?.authors[0] ?? { given: "Ana", family: "Kim" };
  const name = escape(dblpName(owner), "numeric");
  const lines = [
    '<?xml version="1.0"?>',
    `<dblpperson name="${name}" pid="${dblpPid(owner)}" n="${papers.length}">`,
    `<person key="homepages/${dblpPid(owner)}" mdate="2024-01-15">`,
    `<author pid="${dblpPid(owner)}">${name}</author>`,
    '<note type="affiliation">University of Somewhere, Department of Computer Science</note>',
  ];
  if (owner.orcid) lines.push(`<url>https://orcid.org/${owner.orcid}</url>`);
  lines.push("</person>", "");
  return lines.join("\n");
}

/** Everything after the last record. */
export function dblpXmlTail(papers: readonly GeneratedPaper[], shape: DblpShape): string {
  if (shape === "dblp") return "</dblp>\n";
  if (shape === "search") return "</hits>\n</result>\n";
  // dblp lists the page owner's co-authors after the records; they are no papers.
  const coauthors = new Map<string, GeneratedAuthor>();
  for (const paper of papers) for (const author of paper.authors) coauthors.set(dblpName(author), author);
  const lines = [`<coauthors n="${coauthors.size}" nc="1">`];
  for (const [name, author] of [...coauthors].sort(([a], [b]) => (a < b ? -1 : 1))) {
    lines.push(`<co c="0"><na f="${author.family.charAt(0).toLowerCase()}/x" pid="${dblpPid(author)}">${escape(name, "numeric")}</na></co>`);
  }
  lines.push("</coauthors>", "</dblpperson>", "");
  return lines.join("\n");
}

/** One paper's record, in the given shape. */
export function dblpXmlRecord(paper: GeneratedPaper, shape: DblpShape): string {
  return shape === "search" ? searchHit(paper) : shape === "person" ? `<r>${dblpRecord(paper, "person")}</r>\n` : dblpRecord(paper, "dblp");
}

function dblpRecord(paper: GeneratedPaper, shape: "dblp" | "person"): string {
  const mode = shape === "dblp" ? "named" : "numeric";
  const key = recordKey(paper);
  const journal = paper.kind === "article";
  const lines = [`<${paper.kind} mdate="${paper.year + 1}-0${1 + (paper.number % 9)}-1${paper.number % 10}" key="${key}">`];
  for (const author of paper.authors) {
    const attributes = [shape === "person" ? ` pid="${dblpPid(author)}"` : "", author.orcid ? ` orcid="${author.orcid}"` : ""].join("");
    lines.push(`<author${attributes}>${escape(dblpName(author), mode)}</author>`);
  }
  lines.push(`<title>${escape(dblpTitle(paper.title), mode)}</title>`);
  lines.push(`<pages>${paper.pages.replace("--", "-")}</pages>`);
  lines.push(`<year>${paper.year}</year>`);
  if (journal) {
    lines.push(`<volume>${paper.year - 2004}</volume>`);
    lines.push(`<journal>${escape(paper.venue, mode)}</journal>`);
    lines.push(`<number>${1 + (paper.number % 4)}</number>`);
  } else {
    lines.push(`<booktitle>${escape(paper.venue, mode)}</booktitle>`);
  }
  lines.push(`<ee>https://doi.org/${paper.doi}</ee>`);
  if (!journal) lines.push(`<crossref>conf/${venueSlug(paper.venue)}/${paper.year}</crossref>`);
  lines.push(`<url>db/${key.slice(0, key.lastIndexOf("/"))}/${venueSlug(paper.venue)}${paper.year}.html#${key.slice(key.lastIndexOf("/") + 1)}</url>`);
  lines.push(`</${paper.kind}>`);
  return `${lines.join("\n")}\n`;
}

function searchHit(paper: GeneratedPaper): string {
  const key = recordKey(paper);
  const authors = paper.authors.map((author) => `<author pid="${dblpPid(author)}">${escape(dblpName(author), "utf8")}</author>`).join("");
  const info = [
    `<authors>${authors}</authors>`,
    `<title>${escape(dblpTitle(paper.title), "utf8")}</title>`,
    `<venue>${escape(paper.venue, "utf8")}</venue>`,
    `<pages>${paper.pages.replace("--", "-")}</pages>`,
    `<year>${paper.year}</year>`,
    `<type>${paper.kind === "article" ? "Journal Articles" : "Conference and Workshop Papers"}</type>`,
    "<access>closed</access>",
    `<key>${key}</key>`,
    `<doi>${paper.doi}</doi>`,
    `<ee>https://doi.org/${paper.doi}</ee>`,
    `<url>https://dblp.org/rec/${key}</url>`,
  ].join("");
  return `<hit score="1" id="${paper.number}">\n<info>${info}</info>\n<url>URL#${paper.number}</url>\n</hit>\n`;
}

/**
 * A person's deterministic dblp pid, from the name: "412/8120365". People who carry a homonym
 * number in their dblp name get dblp's "-N" pid suffix too ("95/7448-1" is "Di Xu 0001").
 */
export function dblpPid(author: GeneratedAuthor): string {
  const hash = hashString(`${author.given} ${author.family}`);
  const homonym = homonymNumber(author);
  return `${hash % 997}/${Math.floor(hash / 997)}${homonym ? `-${homonym}` : ""}`;
}

/**
 * The name as dblp writes it: "Given Family", with a four-digit homonym number for about one
 * person in six ("Wen Wang 0002"), as dblp does for names that several people share.
 */
export function dblpName(author: GeneratedAuthor): string {
  const homonym = homonymNumber(author);
  return `${author.given} ${author.family}${homonym ? ` ${String(homonym).padStart(4, "0")}` : ""}`;
}

function homonymNumber(author: GeneratedAuthor): number {
  const hash = hashString(`${author.family}|${author.given}`);
  return hash % 6 === 0 ? 1 + (hash % 5) : 0;
}

/** dblp ends every title with a period, unless it ends with "?" or "!" already. */
function dblpTitle(title: string): string {
  return /[.?!]$/.test(title) ? title : `${title}.`;
}

function recordKey(paper: GeneratedPaper): string {
  const first = paper.authors[0];
  const family = first ? ascii(first.family).replace(/[^A-Za-z]/g, "") : "X";
  return `${paper.kind === "article" ? "journals" : "conf"}/${venueSlug(paper.venue)}/${family}${String(paper.year).slice(2)}-${paper.number}`;
}

function venueSlug(venue: string): string {
  return ascii(venue)
    .split(/[^A-Za-z]+/)
    .filter((word) => word.length > 2)
    .map((word) => word.charAt(0).toLowerCase())
    .join("");
}

function ascii(text: string): string {
  return text.normalize("NFKD").replace(/[^\x00-\x7f]/g, "");
}

const NAMED_BY_CHAR = new Map([...DBLP_ENTITIES].filter(([name]) => !["amp", "lt", "gt", "quot", "apos"].includes(name)).map(([name, char]) => [char, name]));

/**
 * XML text: markup characters escaped; other characters beyond ASCII as dblp.xml writes them
 * ("named": `&uuml;` where dblp.dtd has a name, else `&#305;`), as numeric references, or as is.
 */
function escape(text: string, mode: "named" | "numeric" | "utf8"): string {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === "&") out += "&amp;";
    else if (char === "<") out += "&lt;";
    else if (char === ">") out += "&gt;";
    else if (char === '"') out += "&quot;";
    else if (code < 0x80 || mode === "utf8") out += char;
    else if (mode === "named" && NAMED_BY_CHAR.has(char)) out += `&${NAMED_BY_CHAR.get(char)};`;
    else out += `&#${code};`;
  }
  return out;
}
