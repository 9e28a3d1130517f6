import type { CoauthorGraph } from "../graph/types";
import type { Paper } from "../parse/types";
import type { Visuals } from "../visual/types";
import { authorFieldsIn, listText } from "./authorFields";
import { CSV_START, csvRecord } from "./csv";
import type { Write } from "./prettyJson";
import { numberText } from "./xml";

const decimal = (value: number | undefined) => (value === undefined ? null : Number(numberText(value)));

/** The three tables a spreadsheet, pandas or R reads: authors, links and papers. */
export const CSV_TABLES = ["authors.csv", "links.csv", "papers.csv"] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

/**
 * One table of the network: an author per row with her measures and where and how she is drawn;
 * a link per row with both ends' names; a paper per row with its authors and where it was read.
 */
export async function writeCsvTable(table: CsvTable, graph: CoauthorGraph, visuals: Visuals, papers: readonly Paper[], write: Write): Promise<void> {
  await write(CSV_START);
  if (table === "authors.csv") {
    const fieldsOf = authorFieldsIn(visuals);
    await write(csvRecord(["id", "name", "papers", "coauthors", "first_year", "last_year", "et_al_papers", "group", "group_name", "other_spellings", "source_ids", "x", "y", "size", "color"]));
    for (const { node, attributes: a } of graph.nodeEntries()) {
      const visual = visuals.nodes.get(node);
      const f = fieldsOf(a);
      await write(
        csvRecord([node, a.label, f.papers, graph.degree(node), f.firstYear, f.lastYear, f.etAlPapers, f.group, f.groupName, f.aliases, f.sourceIds, decimal(a.x), decimal(a.y), decimal(visual?.size), visual?.color]),
      );
    }
  } else if (table === "links.csv") {
    await write(csvRecord(["source", "target", "source_name", "target_name", "shared_papers", "papers"]));
    for (const { source, target, attributes, sourceAttributes, targetAttributes } of graph.edgeEntries()) {
      await write(csvRecord([source, target, sourceAttributes.label, targetAttributes.label, attributes.weight, listText(attributes.papers)]));
    }
  } else {
    await write(csvRecord(["id", "title", "year", "date", "authors", "author_ids", "et_al", "venue", "type", "doi", "arxiv_id", "url", "file", "line"]));
    for (const paper of papers) {
      await write(
        csvRecord([paper.id, paper.title, paper.year, paper.date, listText(paper.authors), listText(paper.authorIds), paper.etAl ? "yes" : "no", paper.venue, paper.type, paper.doi, paper.arxivId, paper.url, paper.source.file, paper.source.line]),
      );
    }
  }
}
