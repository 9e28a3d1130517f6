import type { PapersRead } from "../load/readPapers";

export const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/** The one line on stderr: papers, what was merged or set aside, the first warning. */
export function summary(read: Pick<PapersRead, "papers" | "warnings" | "duplicates" | "candidatesFound">, largePapers: number, maxAuthors: number, papers = read.papers.length): string {
  const facts = [count(papers, "paper")];
  if (read.duplicates > 0) facts.push(`${count(read.duplicates, "duplicate")} merged`);
  if (largePapers > 0) facts.push(`${count(largePapers, "paper")} with more than ${maxAuthors} authors adding no links`);
  if (read.candidatesFound > 0) facts.push(`${count(read.candidatesFound, "pair")} of names that may be one person`);
  const { warnings } = read;
  if (warnings.length === 0) return `coauthor: ${facts.join(", ")}, no warnings\n`;
  const first = warnings[0]!;
  const more = warnings.length > 1 ? ` (and ${warnings.length - 1} more, listed in the JSON)` : "";
  return `coauthor: ${facts.join(", ")}, ${count(warnings.length, "warning")}: ${first.file}:${first.line}: ${first.message}${more}\n`;
}
