import { monthNumber } from "../../dates";

/** The first line of a listing entry: `99.1CLMar 25`, `LGOct 4, 2023`. */
export interface ListingHeader {
  score: number | null;
  category: string | null;
  month: number;
  day: number;
  year: number | null;
}

// Longest names first so the alternation never stops at a prefix ("Sep" inside "September").
const MONTH =
  "January|February|March|April|June|July|August|September|October|November|December|Sept|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec";

// Score and category are glued to the month, so the category is matched lazily:
// in "MAMar 3" it must stop at "MA" for "Mar" to match.
const HEADER = new RegExp(`^(\\d{1,3}(?:\\.\\d+)?)?([A-Z]{1,10}?)?(${MONTH})\\.? ?(\\d{1,2})(?:, ?(\\d{4}))?$`);

export function parseListingHeader(line: string): ListingHeader | null {
  const m = HEADER.exec(line);
  if (!m) return null;
  const month = monthNumber(m[3]!);
  if (month === null) return null;
  return {
    score: m[1] === undefined ? null : Number(m[1]),
    category: m[2] ?? null,
    month,
    day: Number(m[4]),
    year: m[5] === undefined ? null : Number(m[5]),
  };
}
