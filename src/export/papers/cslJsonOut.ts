import type { Paper } from "../../parse/types";
import type { Write } from "../prettyJson";
import { dateParts, nameParts, paperKind } from "./paperKind";

const TYPE = { article: "article-journal", conference: "paper-conference", preprint: "article", other: "article" } as const;

/** The papers as CSL-JSON, as Zotero, citation.js and pandoc read it: names as family and given, dates as parts. */
export async function writeCslJson(papers: readonly Paper[], write: Write): Promise<void> {
  const items = papers.map((paper) => {
    const date = dateParts(paper);
    const item: Record<string, unknown> = {
      id: paper.id,
      type: TYPE[paperKind(paper)],
      title: paper.title,
      author: paper.authors.map((display, i) => nameParts(display, paper.authorDetails?.[i])),
    };
    if (date) item.issued = { "date-parts": [date] };
    if (paper.venue) item["container-title"] = paper.venue;
    if (paper.doi) item.DOI = paper.doi;
    if (paper.url) item.URL = paper.url;
    else if (paper.arxivId) item.URL = `https://arxiv.org/abs/${paper.arxivId}`;
    if (paper.arxivId) item.number = `arXiv:${paper.arxivId}`;
    if (paper.abstract) item.abstract = paper.abstract;
    return item;
  });
  await write(`${JSON.stringify(items, null, 2)}\n`);
}
