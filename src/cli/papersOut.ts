import type { Write } from "../export/prettyJson";
import { writeBibtex } from "../export/papers/bibtexOut";
import { writeCslJson } from "../export/papers/cslJsonOut";
import { writeRis } from "../export/papers/risOut";
import type { Paper } from "../parse/types";

/** `coauthor graph --to bibtex|ris|csl-json`: the papers read, merged as the explorer merges them, as a bibliography. */
export function papersWriter(to: "bibtex" | "ris" | "csl-json", papers: readonly Paper[]): (out: Write) => Promise<void> {
  const writer = to === "bibtex" ? writeBibtex : to === "ris" ? writeRis : writeCslJson;
  return (out) => writer(papers, out);
}
