/** What is wrong with a link's ends, or null: both given, both nodes of the file, and two different ones. */
export function endsProblem(source: string | undefined, target: string | undefined, nodes: ReadonlySet<string>): string | null {
  if (source === undefined || target === undefined || source === "" || target === "") return "a link without a source or a target";
  const missing = [source, target].find((end) => !nodes.has(end));
  if (missing !== undefined) return `a link to "${missing}", which is no node of the file`;
  if (source === target) return `a link from "${source}" to itself (no one co-authors with herself)`;
  return null;
}
