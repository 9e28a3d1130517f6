import type { PaperDraft, ParseWarning } from "../../types";
import type { FormatContext, FormatParse, FormatReader, StreamContext, StreamParser } from "../types";
import { createRecordReader, sortedByLine } from "./reader";
import { recordToPaper } from "./record";
import { createXmlScanner } from "./scanner";
import { looksLikeDblpXml } from "./sniff";

/** How much of a whole text `parse` hands to the stream at a time, between progress reports. */
const PARSE_SLICE = 1 << 20;

/**
 * Reads dblp XML as it arrives: each paper goes to `onPaper` as soon as its record closes, and
 * warnings to `onWarning` in line order. Memory holds one record and one unfinished tag, so the
 * full dblp.xml (over 4 GB) streams through.
 */
function streamDblpXml({ file, onPaper, onWarning }: StreamContext): StreamParser {
  const reader = createRecordReader(
    (record) => {
      const warnings = record.warnings;
      const paper = recordToPaper(record, file, (line, message) => warnings.push({ line, message }));
      for (const { line, message } of sortedByLine(warnings)) onWarning({ file, line, message });
      if (paper) onPaper(paper);
    },
    (line, message) => onWarning({ file, line, message }),
  );
  const scanner = createXmlScanner(reader);
  let first = true;
  return {
    write(chunk) {
      if (first && chunk.length > 0) {
        first = false;
        if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      }
      scanner.write(chunk);
    },
    end() {
      scanner.end();
    },
  };
}

/** A whole text: the stream's machinery fed in slices, with progress between them. */
function parseDblpXml(text: string, { file, reference, onProgress }: FormatContext): FormatParse {
  const papers: PaperDraft[] = [];
  const warnings: ParseWarning[] = [];
  const stream = streamDblpXml({ file, reference, onPaper: (paper) => papers.push(paper), onWarning: (warning) => warnings.push(warning) });
  for (let start = 0; start < text.length; start += PARSE_SLICE) {
    onProgress?.(start / text.length);
    stream.write(text.slice(start, start + PARSE_SLICE));
  }
  stream.end();
  onProgress?.(1);
  return { papers, warnings };
}

/** dblp's XML: the full dump (dblp.xml), a person page, or a search API answer. */
export const dblpXmlFormat: FormatReader = {
  id: "dblp-xml",
  label: "dblp XML",
  extensions: [".xml"],
  sniff: looksLikeDblpXml,
  parse: parseDblpXml,
  stream: streamDblpXml,
};
