import type { Facets } from "../view/facets";
import { DEFAULT_VIEW_SETTINGS, type ViewSettings } from "../view/types";
import type { ViewOptions } from "./args";

/**
 * The view settings the options ask for. A year range open at one end is closed at the first
 * or last year of the papers, so `--from-year 2024` means 2024 to the last year, as the
 * explorer's year filter does.
 */
export function viewSettingsOf(options: ViewOptions, facets: Facets): ViewSettings {
  const { fromYear, toYear } = options;
  let years: readonly [number, number] | null = null;
  if (fromYear !== undefined && toYear !== undefined) years = [fromYear, toYear];
  else if (fromYear !== undefined) years = [fromYear, Math.max(fromYear, facets.years?.[1] ?? fromYear)];
  else if (toYear !== undefined) years = [Math.min(toYear, facets.years?.[0] ?? toYear), toYear];
  return {
    ...DEFAULT_VIEW_SETTINGS,
    counting: options.counting,
    minPapers: options.minPapers,
    minWeight: options.minWeight,
    largestComponent: options.largestComponent,
    excludeTruncated: options.excludeTruncated,
    years,
    categories: options.categories,
    venues: options.venues,
    sources: options.sources,
  };
}

/** A sentence for each category, venue or file asked for that no paper has: likely a typing mistake, so said, but not an error. */
export function unmatchedFilters(options: ViewOptions, facets: Facets): string[] {
  const kinds = [
    ["category", options.categories, facets.categories],
    ["venue", options.venues, facets.venues],
    ["source", options.sources, facets.sources],
  ] as const;
  const sentences: string[] = [];
  for (const [kind, asked, present] of kinds) {
    const known = new Set(present.map((f) => f.value));
    for (const value of asked ?? []) {
      if (known.has(value)) continue;
      const some = present.slice(0, 5).map((f) => f.value);
      const list = some.length === 0 ? `no paper has a ${kind}` : `${kind === "category" ? "categories" : `${kind}s`}: ${some.join(", ")}${present.length > some.length ? ", …" : ""}`;
      sentences.push(`no paper has --${kind} "${value}" (${list})`);
    }
  }
  return sentences;
}
