/**
 * Reading parsed JSON whose shape is not guaranteed: exporters leave fields out, write null,
 * or write a number where a string is usual (a year, an issue). These accessors turn whatever
 * is there into the type the reader wants, or into "nothing".
 */
export type JsonObject = { readonly [key: string]: unknown };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function objectOf(value: unknown): JsonObject | null {
  return isObject(value) ? value : null;
}

/** A list, or [] for anything else. */
export function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A non-blank string (numbers written as numbers included), trimmed; null for anything else. */
export function textOf(value: unknown): string | null {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  return trimmed.length > 0 ? trimmed : null;
}

/** The first non-blank string of a value that some exporters write as a list of strings (Crossref's titles). */
export function firstTextOf(value: unknown): string | null {
  if (!Array.isArray(value)) return textOf(value);
  for (const item of value) {
    const text = textOf(item);
    if (text !== null) return text;
  }
  return null;
}

/** A whole number, also when written as a string ("2023"); null otherwise. */
export function integerOf(value: unknown): number | null {
  const number = typeof value === "string" && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
  return typeof number === "number" && Number.isInteger(number) ? number : null;
}
