import { createReadStream } from "node:fs";
import type { SimpleDate } from "../parse/dates";
import { createStreamDecoder, type StreamDecoder } from "../parse/decodeStream";
import type { FormatReader } from "../parse/formats/types";
import type { PaperDraft, ParseWarning } from "../parse/types";

/** Files from this size on are read as a stream when their format allows: the whole dblp.xml is over 4 GB. */
export const STREAM_FROM_BYTES = 256 * 1024 * 1024;
const CHUNK_BYTES = 1024 * 1024;

export interface StreamedFile {
  /** The papers of each piece of the file, as soon as that piece is read. */
  pieces: AsyncGenerator<PaperDraft[]>;
  warnings: ParseWarning[];
}

/** The first bytes of a file, to tell its encoding and format before streaming it. */
export async function readHead(path: string, bytes = 64 * 1024): Promise<Uint8Array> {
  for await (const chunk of createReadStream(path, { start: 0, end: bytes - 1 })) return new Uint8Array(chunk as Buffer);
  return new Uint8Array(0);
}

/**
 * Reads a file through its format's stream parser in pieces of 1 MB: memory holds one piece and
 * the papers it gave, never the file. `onRead` is told how many bytes have been read.
 */
export function streamFile(
  path: string,
  name: string,
  format: FormatReader,
  reference: SimpleDate,
  head: Uint8Array,
  onRead: (bytes: number) => void,
): StreamedFile {
  const warnings: ParseWarning[] = [];
  const decoder: StreamDecoder = createStreamDecoder(head);
  async function* pieces(): AsyncGenerator<PaperDraft[]> {
    let papers: PaperDraft[] = [];
    const parser = format.stream!({
      file: name,
      reference,
      onPaper: (paper) => papers.push(paper),
      onWarning: (warning) => warnings.push(warning),
    });
    let read = 0;
    for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) {
      const bytes = chunk as Buffer;
      read += bytes.length;
      parser.write(decoder.decode(bytes));
      onRead(read);
      if (papers.length > 0) {
        yield papers;
        papers = [];
      }
    }
    parser.write(decoder.end());
    parser.end();
    if (decoder.undecodableLine > 0) {
      warnings.push({ file: name, line: decoder.undecodableLine, message: `some bytes are not valid ${decoder.encoding} and show as "\uFFFD" (first on this line)` });
    }
    if (papers.length > 0) yield papers;
  }
  return { pieces: pieces(), warnings };
}
