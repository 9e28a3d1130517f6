import type { PapersRead } from "../load/readPapers";
import { plural } from "../text/plural";


/** The one line on stderr: papers, what was merged or set aside, the first warning. */
export function summary(read: Pick<PapersRead, "papers" | "warnings" | "duplicates" | "candidatesFound" | "network">, largePapers: number, maxAuthors: number, papers = read.papers.length): string {
  const network = read.network;
  const facts = network
    ? [`${plural(network.model.authors.length, "author")} and ${plural(network.model.links.length, "link")} from a ${network.format} network (no papers)`]
    : [plural(papers, "paper")];
  if (read.duplicates > 0) facts.push(`${plural(read.duplicates, "duplicate")} merged`);
  if (largePapers > 0) facts.push(`${plural(largePapers, "paper")} with more than ${maxAuthors} authors adding no links`);
  if (read.candidatesFound > 0) facts.push(`${plural(read.candidatesFound, "pair")} of names that may be one person`);
  const { warnings } = read;
  if (warnings.length === 0) return `coauthor: ${facts.join(", ")}, no warnings\n`;
  const first = warnings[0]!;
  const more = warnings.length > 1 ? ` (and ${warnings.length - 1} more, listed in the JSON)` : "";
  return `coauthor: ${facts.join(", ")}, ${plural(warnings.length, "warning")}: ${first.file}:${first.line}: ${first.message}${more}\n`;
}
