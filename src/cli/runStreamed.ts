import { stat } from "node:fs/promises";
import { writeGraphJson } from "../export/graphJson";
import { Streamed, writePrettyObject } from "../export/prettyJson";
import { DEFAULT_MAX_AUTHORS, GraphBuilder } from "../graph/build";
import { personIdOf } from "../identity/assign";
import type { SimpleDate } from "../parse/dates";
import { BinaryFileError } from "../parse/decode";
import { createStreamDecoder } from "../parse/decodeStream";
import { detectFormat, formatById } from "../parse/formats/registry";
import type { FormatReader } from "../parse/formats/types";
import { cleanPaperText, type FormatId, type InputFormat } from "../parse/index";
import { slugify } from "../parse/paperIds";
import type { Paper, PaperDraft } from "../parse/types";
import { plural } from "../text/plural";
import { UsageError, type CliArgs } from "./args";
import type { Output } from "./output";
import type { CliIO } from "./run";
import { summary } from "./summary";
import { readHead, streamFile } from "./streamFile";

/** The format of a file from its first bytes, when that format can be read as a stream. */
export async function streamableFormat(path: string, from: InputFormat): Promise<FormatReader | null> {
  let head: Uint8Array;
  try {
    head = await readHead(path);
  } catch {
    return null;
  }
  let format: FormatReader | null | undefined;
  try {
    format = from === "auto" ? detectFormat(createStreamDecoder(head).decode(head)) : formatById(from as FormatId);
  } catch (error) {
    if (error instanceof BinaryFileError) return null;
    throw error;
  }
  return format?.stream ? format : null;
}

/**
 * A streamed paper as the whole-file path would give it, from that paper alone: its id is its
 * title's slug and its line (unique without remembering every id), and its people come from its
 * own source ids or names (see personIdOf). Duplicates are not looked for: that would mean
 * remembering every paper.
 */
function finish(draft: PaperDraft): Paper {
  cleanPaperText(draft);
  return { id: `${slugify(draft.title)}-${draft.source.line}`, ...draft, authorIds: draft.authors.map((name, i) => personIdOf(name, draft.authorDetails?.[i])) };
}

const PROGRESS_EVERY_MS = 2000;

/** `parse` or `graph` of one file read as a stream, with its progress on stderr. */
export async function streamedRun(args: CliArgs, path: string, reference: SimpleDate, output: Output, io: CliIO): Promise<number> {
  const format = await streamableFormat(path, args.from === undefined ? "auto" : (args.from as InputFormat));
  if (!format) throw new UsageError(`${path} is not in a format that can be read as a stream (dblp-xml, ris, wos)`, args.command === "help" ? undefined : args.command);
  const size = (await stat(path)).size;
  let papers = 0;
  let lastReport = Date.now();
  const streamed = streamFile(path, path, format, reference, await readHead(path), (read) => {
    if (Date.now() - lastReport < PROGRESS_EVERY_MS) return;
    lastReport = Date.now();
    io.stderr(`coauthor: ${path}: ${Math.floor((100 * read) / Math.max(size, 1))}% read, ${plural(papers, "paper")} so far\n`);
  });
  async function* all(): AsyncGenerator<Paper> {
    for await (const piece of streamed.pieces) {
      for (const draft of piece) {
        papers++;
        yield finish(draft);
      }
    }
  }

  const maxAuthors = args.maxAuthors ?? DEFAULT_MAX_AUTHORS;
  let largePapers = 0;
  if (args.command === "graph") {
    const builder = new GraphBuilder({ maxAuthors });
    for await (const paper of all()) builder.add(paper);
    const graph = builder.finish();
    largePapers = graph.getAttribute("largePapers");
    io.stderr(summary({ papers: [], warnings: streamed.warnings, duplicates: 0, candidatesFound: 0 }, largePapers, maxAuthors, papers));
    await writeGraphJson(graph, output.write);
  } else {
    await writePrettyObject([["papers", new Streamed(all())], ["warnings", new Streamed(streamed.warnings)]], output.write);
    io.stderr(summary({ papers: [], warnings: streamed.warnings, duplicates: 0, candidatesFound: 0 }, 0, maxAuthors, papers));
  }
  return papers === 0 ? 1 : 0;
}
