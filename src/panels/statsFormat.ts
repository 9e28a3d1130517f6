import type { Analysis } from "../state/types";

const significant3 = new Intl.NumberFormat("en", { maximumSignificantDigits: 3 });
const upToTwoDecimals = new Intl.NumberFormat("en", { maximumFractionDigits: 2 });

/** Density to three significant digits: 0.208, 0.000412. */
export function formatDensity(density: number): string {
  return significant3.format(density);
}

/**
 * A share as a percentage, "100 %" or "87.5 %". A share short of whole never reads 100 %: a
 * largest component that misses one author in a thousand is not the whole network.
 */
export function formatShare(share: number): string {
  const percent = Math.round(share * 1000) / 10;
  const shown = percent === 100 && share < 1 ? 99.9 : percent;
  return `${shown.toLocaleString("en")} %`;
}

/** Means to two decimals, whole numbers without any: "3", "2.67". */
export function formatMean(mean: number): string {
  return upToTwoDecimals.format(mean);
}

export function formatCount(count: number): string {
  return count.toLocaleString("en");
}

/**
 * Betweenness of a large network is estimated from the shortest paths out of a sample of
 * authors: say so, with the error the estimate states, so nobody reads three digits as exact.
 * Null when it is exact or not computed.
 */
export function sampledSentence(betweenness: Pick<Analysis, "exact" | "sources" | "error"> | null, authors: number): string | null {
  if (!betweenness || betweenness.exact) return null;
  const from = `Betweenness is estimated from the shortest paths out of ${formatCount(betweenness.sources)} of the ${formatCount(authors)} authors`;
  const error = betweenness.error === null ? "too few to say how far off it may be" : `each value is within ±${formatDensity(betweenness.error)} of the exact one (95 % confidence)`;
  return `${from}: ${error}.`;
}
