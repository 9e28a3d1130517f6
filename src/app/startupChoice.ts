/** What the page opens on. */
export type StartupData =
  /** The page carries its own data (a saved HTML page): saved work is neither read nor written. */
  | { kind: "embedded" }
  /** The address carries data (?listing=, and links that carry or name their files): it wins over saved work. */
  | { kind: "address" }
  /** The work kept from the last visit: its files, decisions and view; the address's view parameters apply over it. */
  | { kind: "saved" }
  | { kind: "sample" };

/** What is kept as the user works: everything, the identity decisions alone, or nothing. */
export type Keeping = "all" | "decisions" | "none";

export interface StartupInput {
  search: string;
  hash: string;
  /** `file:` for a page opened from disk. */
  protocol: string;
  /** Whether the page itself carries data to show (a page written by *Save as HTML*). */
  embedded: boolean;
  /** Whether saved work with files was found (its view is read with them). */
  savedFiles: boolean;
}

/** Whether the address brings data of its own, which is shown instead of any saved work. */
export function addressCarriesData(search: string, hash: string): boolean {
  if (new URLSearchParams(search).has("listing")) return true;
  const fragment = new URLSearchParams(hash.replace(/^#/, ""));
  return fragment.has("data") || fragment.has("file");
}

/**
 * What the page opens on, and what it keeps as the user works. Data that comes with the address
 * or the page wins over saved work, which is kept aside untouched: a link from a colleague must
 * not wipe out one's own work. Such a page keeps the identity decisions (as the explorer always
 * has: they are about people, for any files), and everything once the user opens files of their
 * own. A page opened from disk or carrying its data keeps nothing: it shares storage with every
 * other file on disk. A plain address, with or without view parameters, opens the saved work.
 */
export function startupChoice(input: StartupInput): { data: StartupData; keeping: Keeping } {
  if (input.embedded || input.protocol === "file:") return { data: { kind: "embedded" }, keeping: "none" };
  if (addressCarriesData(input.search, input.hash)) return { data: { kind: "address" }, keeping: "decisions" };
  return { data: { kind: input.savedFiles ? "saved" : "sample" }, keeping: "all" };
}
