import { measureOf, type MeasureId } from "../../measures/measures";
import type { ColorBy } from "../../state/types";
import { plural } from "../../text/plural";
import type { ViewSettings } from "../../view/types";

/** What a caption is written from. */
export interface CaptionFacts {
  authors: number;
  links: number;
  papers: number;
  /** The files read, by name. */
  sources: readonly string[];
  settings: ViewSettings;
  sizeBy: MeasureId;
  colorBy: ColorBy;
  /** Whose network, for a scope that is not everyone: "Jeonghye Kim's network". */
  scopeName: string | null;
  version: string;
  /** YYYY-MM-DD. */
  date: string;
}

/**
 * One paragraph that says what a figure shows, to be read under it in a paper or on a slide:
 * what and how many, from which files, the years, the counting, every filter that is on, what
 * size and colour show, and what made it when. Untrusted file names are text here; the writers escape them.
 */
export function figureCaption(facts: CaptionFacts): string {
  const { settings } = facts;
  const what = facts.scopeName ? `${facts.scopeName}: co-authorship` : "Co-authorship network";
  const files = facts.sources.length <= 3 ? facts.sources.join(", ") : `${facts.sources.slice(0, 3).join(", ")} and ${facts.sources.length - 3} more files`;
  const parts = [
    `${what} of ${plural(facts.authors, "author")} and ${plural(facts.links, "link")} from ${plural(facts.papers, "paper")}${files ? ` in ${files}` : ""}.`,
    settings.years ? `Years ${settings.years[0]}–${settings.years[1]}.` : "All years.",
    settings.counting === "full" ? "Full counting." : "Fractional counting (a paper of n authors counts 1/n for each).",
  ];
  const filters: string[] = [];
  if (settings.minPapers > 1) filters.push(`at least ${plural(settings.minPapers, "paper")} per author`);
  if (settings.minWeight > 0) filters.push(`links of weight ${settings.minWeight} or more`);
  if (settings.largestComponent) filters.push("largest connected component only");
  if (settings.excludeTruncated) filters.push("papers with truncated author lists left out");
  if (settings.categories) filters.push(`categories ${settings.categories.join(", ") || "(none)"}`);
  if (settings.venues) filters.push(`${plural(settings.venues.length, "venue")}`);
  if (settings.sources) filters.push(`files ${settings.sources.join(", ") || "(none)"}`);
  if (filters.length > 0) parts.push(`Filters: ${filters.join("; ")}.`);
  const colour = facts.colorBy === "community" ? "research group (Louvain)" : facts.colorBy === "file" ? "as in the network file" : measureOf(facts.colorBy).description;
  parts.push(`Disc size: ${measureOf(facts.sizeBy).description}; colour: ${colour}; link width: joint papers.`);
  parts.push(`Made with Coauthor Explorer ${facts.version} on ${facts.date}.`);
  return parts.join(" ");
}
