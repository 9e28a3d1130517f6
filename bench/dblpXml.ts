/**
 * How fast the dblp XML reader streams a generated dblp.xml, and how much memory it needs for
 * files of two sizes: the stream keeps nothing of a record once it is handed on, so the second
 * figure should not grow with the file.
 */
import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import { dblpXmlFormat } from "../src/parse/formats/dblpXml/index";
import type { StreamParser } from "../src/parse/formats/types";
import { generateBibliography } from "./generate/bibliography";
import { dblpXmlHead, dblpXmlRecord, dblpXmlTail } from "./generate/dblpXml";
import { median, row } from "./measure";


/** What a file read from disk arrives in: Node's default stream chunk. */
const CHUNK = 64 * 1024;
const MB = 1e6;

/**
 * A generated dblp.xml of about `bytes` characters, in chunks of about 64 kB, made as they are
 * asked for: the records of a 20,000-paper bibliography over and over, so the whole text is
 * never held. Each chunk is one flat string, as a decoder reading a file gives them.
 */
function* dblpXmlChunks(records: readonly string[], bytes: number): Generator<string> {
  let parts = [dblpXmlHead([], "dblp")];
  let size = 0;
  let written = 0;
  for (let i = 0; written < bytes; i++) {
    const record = records[i % records.length]!;
    parts.push(record);
    size += record.length;
    if (size >= CHUNK) {
      written += size;
      yield parts.join("");
      parts = [];
      size = 0;
    }
  }
  parts.push(dblpXmlTail([], "dblp"));
  yield parts.join("");
}

function openStream(counts: { papers: number; warnings: number }): StreamParser {
  return dblpXmlFormat.stream!({
    file: "dblp.xml",
    reference: { year: 2026, month: 11, day: 25 },
    onPaper: () => counts.papers++,
    onWarning: () => counts.warnings++,
  });
}

function throughput(records: readonly string[]): void {
  const chunks = [...dblpXmlChunks(records, 60 * MB)];
  const mb = chunks.reduce((sum, chunk) => sum + chunk.length, 0) / MB;
  let papers = 0;
  // The first pass only warms the code up: the runs measured are of optimised code, as a
  // multi-gigabyte stream is for all but its first megabytes.
  const times = [0, 1, 2, 3].map(() => {
    const counts = { papers: 0, warnings: 0 };
    const start = performance.now();
    const stream = openStream(counts);
    for (const chunk of chunks) stream.write(chunk);
    stream.end();
    papers = counts.papers;
    return performance.now() - start;
  }).slice(1);
  row(`dblp XML streamed (${mb.toFixed(0)} MB, ${papers.toLocaleString("en")} papers, 64 kB chunks), median of 3`, `${(mb / (median(times) / 1000)).toFixed(1)} MB/s`);
}

/**
 * A full garbage collection on demand, so that the heap can be measured without the garbage
 * that happens not to be collected yet (which would make the figures noise).
 */
function collector(): () => void {
  v8.setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

/** How often (in chunks, ~4 MB) the heap is measured while a file streams through. */
const MEASURE_EVERY = 64;

/**
 * The most heap that stays in use while a generated file of `bytes` streams through, above
 * what was in use before: measured after a full collection every few megabytes.
 */
function liveHeapGrowth(records: readonly string[], bytes: number, gc: () => void): { growth: number; papers: number } {
  gc();
  const before = process.memoryUsage().heapUsed;
  const counts = { papers: 0, warnings: 0 };
  const stream = openStream(counts);
  let peak = before;
  let n = 0;
  for (const chunk of dblpXmlChunks(records, bytes)) {
    stream.write(chunk);
    if (++n % MEASURE_EVERY === 0) {
      gc();
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
  }
  stream.end();
  return { growth: peak - before, papers: counts.papers };
}

export function benchDblpXml(): void {
  const records = generateBibliography(20_000).map((paper) => dblpXmlRecord(paper, "dblp"));
  throughput(records);
  const gc = collector();
  for (const size of [50, 200]) {
    const { growth, papers } = liveHeapGrowth(records, size * MB, gc);
    row(`dblp XML streamed, ${size} MB (${papers.toLocaleString("en")} papers): most heap held`, `${(growth / MB).toFixed(2)} MB`);
  }
}
