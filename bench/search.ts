/** What a keystroke in the search box costs: matching every author's spellings against the query. */
import { buildCoauthorGraph } from "../src/graph/build";
import { readPapers } from "../src/load/readPapers";
import { buildAuthorIndex, searchAuthors } from "../src/search/authorIndex";
import { generateListing } from "./generateListing";
import { median, row, timed } from "./measure";

export function benchSearch(): void {
  const n = 100_000;
  const { text } = generateListing(n);
  const { papers } = readPapers([{ name: "bench.txt", text }], { referenceDate: "2026-11-25" });
  const graph = buildCoauthorGraph(papers);
  const size = `${graph.order.toLocaleString("en")} authors`;
  const [index, building] = timed(() => buildAuthorIndex(graph));
  row(`search index, once per network, ${size}`, `${building.toFixed(0)} ms`);
  // A name typed letter by letter, in both orders and with an initial, as bibliographies write names.
  const someone = graph.getNodeAttribute(graph.nodes()[Math.floor(graph.order / 2)]!, "label");
  const [given, family] = [someone.split(" ")[0]!, someone.split(" ").at(-1)!];
  const queries = [given.slice(0, 1), given.slice(0, 3), someone, `${family}, ${given}`, `${given[0]}. ${family}`, `${family} ${given[0]}`, "zzzz"];
  for (const query of queries) {
    const times = [0, 1, 2, 3, 4].map(() => timed(() => searchAuthors(index, query))[1]);
    row(`keystroke "${query}", ${size}, median of 5`, `${median(times).toFixed(1)} ms`);
  }
}
