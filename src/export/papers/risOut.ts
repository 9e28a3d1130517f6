import type { Paper } from "../../parse/types";
import type { Write } from "../prettyJson";
import { dateParts, nameParts, oneLine, paperKind } from "./paperKind";

const TYPE = { article: "JOUR", conference: "CONF", preprint: "GEN", other: "GEN" } as const;

/**
 * The papers as RIS, as Zotero and EndNote read it: one tag a line ("AU  - Family, Given" per
 * author), every value on one line, ER closing each record.
 */
export async function writeRis(papers: readonly Paper[], write: Write): Promise<void> {
  for (const paper of papers) {
    const kind = paperKind(paper);
    const lines: [string, string | undefined][] = [["TY", TYPE[kind]]];
    paper.authors.forEach((display, i) => {
      const parts = nameParts(display, paper.authorDetails?.[i]);
      lines.push(["AU", "literal" in parts ? parts.literal : parts.given ? `${parts.family}, ${parts.given}` : parts.family]);
    });
    const date = dateParts(paper);
    lines.push(
      ["TI", paper.title],
      [kind === "conference" ? "T2" : "JO", paper.venue],
      ["PY", date ? String(date[0]) : undefined],
      ["DA", date ? `${date[0]}/${pad(date[1])}/${pad(date[2])}/` : undefined],
      ["DO", paper.doi],
      ["UR", paper.url ?? (paper.arxivId ? `https://arxiv.org/abs/${paper.arxivId}` : undefined)],
      ["AB", paper.abstract ?? undefined],
      ["ER", ""],
    );
    await write(`${lines.filter(([tag, value]) => tag === "ER" || (value !== undefined && value !== "")).map(([tag, value]) => `${tag}  - ${oneLine(value ?? "")}`.trimEnd() + (tag === "ER" ? " " : "")).join("\n")}\n\n`);
  }
}

const pad = (part: number | undefined) => (part === undefined ? "" : String(part).padStart(2, "0"));
