import type { GeneratedPaper } from "./bibliography";

/**
 * The generated bibliography as RIS, each paper written the way one of the common reference
 * managers writes it, in turn: Zotero (its own tag order, "DA" with empty parts), EndNote
 * (tags in alphabetical order, the month alone in "DA", keywords run on over untagged lines,
 * a closing "ID") and Mendeley (alphabetical, the DOI again as a link, "ER  -" with nothing
 * after it).
 */
export function writeRis(papers: GeneratedPaper[]): string {
  const writers = [zotero, endNote, mendeley];
  return papers.map((paper) => writers[paper.number % writers.length]!(paper).join("\n")).join("\n") + "\n";
}

const tag = (name: string, value: string | number) => `${name}  - ${value}`;
const type = (paper: GeneratedPaper) => (paper.kind === "article" ? "JOUR" : "CONF");
const authorLines = (name: string, paper: GeneratedPaper) => paper.authors.map((a) => tag(name, `${a.family}, ${a.given}`));
const pageRange = (paper: GeneratedPaper) => paper.pages.split("--") as [string, string];
const month = (paper: GeneratedPaper) => String(paper.month).padStart(2, "0");
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const keywords = (paper: GeneratedPaper) => paper.title.split(":")[0]!.split(" ").filter((word) => word.length > 6).slice(0, 3);

function zotero(paper: GeneratedPaper): string[] {
  const [first, last] = pageRange(paper);
  return [
    tag("TY", type(paper)),
    tag("TI", paper.title),
    ...authorLines("AU", paper),
    tag("T2", paper.venue),
    tag("AB", paper.abstract),
    tag("DA", `${paper.year}/${month(paper)}//`),
    tag("PY", paper.year),
    tag("DO", paper.doi),
    tag("SP", `${first}-${last}`),
    tag("UR", `https://doi.org/${paper.doi}`),
    "ER  - ",
    "",
  ];
}

function endNote(paper: GeneratedPaper): string[] {
  const [first, last] = pageRange(paper);
  const [keyword, ...more] = keywords(paper);
  return [
    tag("TY", type(paper)),
    tag("AB", paper.abstract),
    ...authorLines("AU", paper),
    tag("DA", MONTHS[paper.month - 1]!),
    tag("DO", paper.doi),
    ...(keyword ? [tag("KW", keyword), ...more] : []),
    tag("PY", paper.year),
    tag("SP", `${first}-${last}`),
    tag("T2", paper.venue),
    tag("TI", paper.title),
    tag("ID", paper.number),
    "ER  - ",
    "",
    "",
  ];
}

function mendeley(paper: GeneratedPaper): string[] {
  const [first, last] = pageRange(paper);
  return [
    tag("TY", type(paper)),
    tag("AB", paper.abstract),
    ...authorLines("AU", paper),
    tag("DO", paper.doi),
    tag("EP", last),
    tag("PY", paper.year),
    tag("SP", first),
    tag("T2", paper.venue),
    tag("TI", paper.title),
    tag("UR", `https://doi.org/${paper.doi}`),
    "ER  -",
  ];
}
