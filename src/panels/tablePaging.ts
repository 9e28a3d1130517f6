/** Rows on one page: the table never puts ten thousand rows in the page. */
export const PAGE_SIZE = 50;

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The page showing the row at this position (0-based) of the sorted table. */
export function pageOf(position: number, size = PAGE_SIZE): number {
  return Math.floor(position / size);
}

/** A page that exists: the table may have shrunk since the page was chosen. */
export function clampPage(page: number, total: number, size = PAGE_SIZE): number {
  return Math.min(Math.max(0, page), pageCount(total, size) - 1);
}

/** The positions (0-based, end excluded) of the rows on a page. */
export function pageBounds(page: number, total: number, size = PAGE_SIZE): { start: number; end: number } {
  const start = clampPage(page, total, size) * size;
  return { start, end: Math.min(total, start + size) };
}

const count = (n: number) => n.toLocaleString("en");

/** "Rows 51–100 of 10,000", counted from 1 as people count. */
export function rowsLabel(page: number, total: number, size = PAGE_SIZE): string {
  if (total === 0) return "No rows";
  const { start, end } = pageBounds(page, total, size);
  return start + 1 === end ? `Row ${count(end)} of ${count(total)}` : `Rows ${count(start + 1)}–${count(end)} of ${count(total)}`;
}

export type MoveKey = "ArrowUp" | "ArrowDown" | "Home" | "End" | "PageUp" | "PageDown";

export function isMoveKey(key: string): key is MoveKey {
  return key === "ArrowUp" || key === "ArrowDown" || key === "Home" || key === "End" || key === "PageUp" || key === "PageDown";
}

/**
 * Where focus goes from the row at `position` when a key is pressed: arrows one row, Home and
 * End the first and last rows of the whole table, PageUp and PageDown a page; never past an end.
 */
export function movedPosition(key: MoveKey, position: number, total: number, size = PAGE_SIZE): number {
  const last = Math.max(0, total - 1);
  const to = { ArrowUp: position - 1, ArrowDown: position + 1, Home: 0, End: last, PageUp: position - size, PageDown: position + size }[key];
  return Math.min(Math.max(0, to), last);
}
