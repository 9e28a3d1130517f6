import type { FileValue } from "./types";

/** A finite number from a file's text or JSON value; null for anything else ("", "NaN", "1e999"). */
export function numberOf(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string" || value.trim() === "") return null;
  const n = Number(value.trim());
  return Number.isFinite(n) ? n : null;
}

const hex2 = (n: number) => Math.max(0, Math.min(255, Math.round(n))).toString(16).padStart(2, "0");

/** "#rrggbb" from red, green and blue bytes; null when one is missing or not a number. */
export function colorFromRgb(r: unknown, g: unknown, b: unknown): string | null {
  const [red, green, blue] = [numberOf(r), numberOf(g), numberOf(b)];
  if (red === null || green === null || blue === null) return null;
  return `#${hex2(red)}${hex2(green)}${hex2(blue)}`;
}

/**
 * "#rrggbb" from a colour as files write it: "#rrggbb", "#rgb", "#rrggbbaa" (yEd; the alpha
 * dropped), "rgb(r, g, b)" or "rgba(…)"; null for anything else, named colours included.
 */
export function colorOf(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = value.trim().toLowerCase();
  const long = /^#([0-9a-f]{6})(?:[0-9a-f]{2})?$/.exec(text);
  if (long) return `#${long[1]}`;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  const rgb = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*[\d.]+\s*)?\)$/.exec(text);
  return rgb ? colorFromRgb(rgb[1], rgb[2], rgb[3]) : null;
}

/** A value an XML file types ("integer", "double", "boolean", "string"…), as a number or boolean when it is one. */
export function typedValue(text: string, type: string | undefined): FileValue {
  const t = (type ?? "string").toLowerCase();
  if (["integer", "int", "long", "short", "byte", "float", "double", "bigdecimal", "biginteger"].includes(t)) return numberOf(text) ?? text;
  if (t === "boolean") return text.trim() === "true" ? true : text.trim() === "false" ? false : text;
  return text;
}

/** A JSON value kept as an attribute: numbers, strings, booleans and lists of strings as they are, anything else as JSON text. */
export function jsonValue(value: unknown): FileValue | null {
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value as string[];
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value === null || value === undefined) return null;
  return JSON.stringify(value);
}
