import type { SourceError } from "../parse/index";

/**
 * What to tell after a load that used some files and skipped others: exactly which, and why
 * ("Loaded good.txt; skipped empty.txt: empty"). Nothing when every file was used.
 */
export function loadMessage(loaded: readonly string[], skipped: readonly SourceError[], rebuild: boolean): string | null {
  if (skipped.length === 0) return null;
  const parts = skipped.map((e) => `skipped ${e.file}: ${e.message}`);
  if (!rebuild && loaded.length > 0) parts.unshift(`Loaded ${loaded.join(", ")}`);
  const text = parts.join("; ");
  return text[0]!.toUpperCase() + text.slice(1);
}
