/** "1 paper", "2 papers", "1,000 authors": a count and its noun, for the page and the command line alike. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en")} ${count === 1 ? one : many}`;
}
