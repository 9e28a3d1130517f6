const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12,
};

/** Month number (1–12) for an English month name or abbreviation, or null. */
export function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase()] ?? null;
}

export interface SimpleDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD` into a valid calendar date, or returns null. */
export function parseIsoDate(text: string): SimpleDate | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDate(date) ? date : null;
}

export function isValidDate({ year, month, day }: SimpleDate): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function formatIsoDate({ year, month, day }: SimpleDate): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Today's date in the local time zone, as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  return formatIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

function compare(a: SimpleDate, b: SimpleDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * A listing date without a year means the latest such day not after the reference date:
 * "Dec 30" read on 2026-03-01 is 2025-12-30. Feb 29 goes back to the latest leap year.
 * Returns null if no year within eight years fits (only possible for impossible days such as "Feb 30").
 */
export function resolveYearlessDate(month: number, day: number, reference: SimpleDate): SimpleDate | null {
  for (let year = reference.year; year >= reference.year - 8; year--) {
    const candidate = { year, month, day };
    if (isValidDate(candidate) && compare(candidate, reference) <= 0) return candidate;
  }
  return null;
}
