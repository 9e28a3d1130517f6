import type { Paper } from "../parse/types";
import type { ViewSettings } from "./types";

/** Whether a paper passes the paper filters: years, truncated lists, categories, venues, files. */
export function paperFilter(settings: ViewSettings): (paper: Paper) => boolean {
  const { years, excludeTruncated } = settings;
  const categories = settings.categories && new Set(settings.categories);
  const venues = settings.venues && new Set(settings.venues);
  const sources = settings.sources && new Set(settings.sources);
  return (paper) => {
    if (years && (paper.year === null || paper.year < years[0] || paper.year > years[1])) return false;
    if (excludeTruncated && paper.etAl) return false;
    if (categories && !paper.categories.some((c) => categories.has(c))) return false;
    if (venues && (paper.venue === undefined || !venues.has(paper.venue))) return false;
    if (sources && !sources.has(paper.source.file)) return false;
    return true;
  };
}

const authorCounts = new WeakMap<Paper, number>();

/** The number of different people on a paper (one listed twice counts once), the n of fractional counting. */
export function authorCount(paper: Paper): number {
  let n = authorCounts.get(paper);
  if (n === undefined) {
    const ids = paper.authorIds ?? paper.authors;
    n = ids.length > 16 ? new Set(ids).size : ids.filter((id, i) => ids.indexOf(id) === i).length;
    authorCounts.set(paper, n);
  }
  return n;
}
