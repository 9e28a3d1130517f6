import { plural } from "../text/plural";
import type { GraphView } from "../view/types";
import type { StatsReport } from "./stats";

const round = (n: number, digits: number) => String(Number(n.toPrecision(digits)));

/** `coauthor stats` without --json: the same figures, in a few lines for people. */
export function statsText(report: StatsReport, view: GraphView): string {
  const { authors, links, largestComponent } = report;
  const lines = [`${plural(authors, "author")}, ${plural(report.papers, "paper")}, ${plural(links, "link")}`];
  const share = authors === 0 ? 0 : Math.round((100 * largestComponent) / authors);
  lines.push(`${plural(report.components, "connected component")}${report.components > 0 ? `; the largest has ${plural(largestComponent, "author")} (${share}%)` : ""}`);
  const possible = (authors * (authors - 1)) / 2;
  lines.push(`Density ${round(report.density, 3)}: ${links.toLocaleString("en")} of ${plural(possible, "possible link")}`);
  lines.push(plural(report.communities, "research group"));
  const { hidden } = view;
  if (hidden.authors + hidden.links + hidden.papers > 0) {
    lines.push(`Hidden by the filters: ${plural(hidden.authors, "author")}, ${plural(hidden.links, "link")}, ${plural(hidden.papers, "paper")}`);
  }
  if (report.topAuthors.length > 0) {
    const fractional = view.settings.counting === "fractional";
    lines.push("", fractional ? "Most papers (fractional counting):" : "Most papers:");
    const width = Math.min(30, report.topAuthors.reduce((most, a) => Math.max(most, a.label.length), 0));
    for (const a of report.topAuthors) {
      const papers = a.fractionalPapers === undefined ? plural(a.papers, "paper") : `${plural(a.fractionalPapers, "paper")} (${a.papers} in full)`;
      lines.push(`  ${a.label.padEnd(width)}  ${papers}, ${plural(a.coauthors, "co-author")}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
