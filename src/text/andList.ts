/** "a", "a and b", "a, b and c": a list as a sentence says it, for the page and the command line alike. */
export function andList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
