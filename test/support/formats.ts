import type { FormatContext, FormatParse, FormatReader } from "../../src/parse/formats/types";
import type { PaperDraft, ParseWarning } from "../../src/parse/types";

/**
 * What a format's stream parser reads from `pieces`, as `parse` would return it: how the tests
 * check that a stream cut anywhere reads as the whole text does.
 */
export function readStreamed(format: FormatReader, context: Omit<FormatContext, "onProgress">, pieces: Iterable<string>): FormatParse {
  const papers: PaperDraft[] = [];
  const warnings: ParseWarning[] = [];
  const stream = format.stream!({ ...context, onPaper: (p) => papers.push(p), onWarning: (w) => warnings.push(w) });
  for (const piece of pieces) stream.write(piece);
  stream.end();
  return { papers, warnings };
}

/** A text cut into pieces of the given sizes, taken in turn. */
export function* cut(text: string, sizes: readonly number[]): Generator<string> {
  for (let start = 0, i = 0; start < text.length; i++) {
    const size = sizes[i % sizes.length]!;
    yield text.slice(start, start + size);
    start += size;
  }
}
