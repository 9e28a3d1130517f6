/**
 * One CSV record (RFC 4180): fields with a comma, a quote or a line break are quoted, quotes
 * doubled. Text from bibliographies is untrusted: a text field that a spreadsheet would run as a
 * formula (starting with =, +, @, a tab, or a minus that starts no number) is written with a
 * leading apostrophe, as OWASP advises, so that opening the file in a spreadsheet runs nothing.
 */
export function csvRecord(fields: readonly (string | number | null | undefined)[]): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}

function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const FORMULA = /^(?:[=+@\t\r]|-(?![\d.]))/;

/** Excel reads a CSV file as UTF-8 only after this mark; pandas, R and LibreOffice skip it. */
export const CSV_START = "\uFEFF";
