/**
 * How fast the BibTeX reader reads a generated bibliography of about 11 MB, and how much
 * memory it takes. Figures only: compare them before and after a change on the same machine.
 */
import { bibtexFormat } from "../src/parse/formats/bibtex/index";
import { generateBibliography } from "./generate/bibliography";
import { writeBibtex } from "./generate/bibtex";
import { median, row } from "./measure";

const PAPERS = 30_000;
const CONTEXT = { file: "bench.bib", reference: { year: 2026, month: 11, day: 25 } };

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

export function benchBibtex(): void {
  const text = writeBibtex(generateBibliography(PAPERS));
  const mb = Buffer.byteLength(text) / 1e6;
  let peakRss = 0;
  let peakHeap = 0;
  let heapAtStart = 0;
  // The reader reports progress now and then while it works: a chance to sample memory mid-parse.
  const sample = () => {
    const { rss, heapUsed } = process.memoryUsage();
    peakRss = Math.max(peakRss, rss);
    peakHeap = Math.max(peakHeap, heapUsed - heapAtStart);
  };
  const timedParse = () => {
    heapAtStart = process.memoryUsage().heapUsed;
    const start = performance.now();
    const parsed = bibtexFormat.parse(text, { ...CONTEXT, onProgress: sample });
    const ms = performance.now() - start;
    sample();
    return { ms, entries: parsed.papers.length };
  };
  // The first run also pays for compiling the reader: shown apart, as a file opened once in the app would see it.
  const { ms: cold, entries } = timedParse();
  // Two more runs let the engine finish optimising; the five after them are the steady speed.
  timedParse();
  timedParse();
  const times = [0, 1, 2, 3, 4].map(() => timedParse().ms);
  const speed = (ms: number) => `${(mb / (ms / 1000)).toFixed(1)} MB/s`;
  row(`bibtex parse (${mb.toFixed(1)} MB, ${entries.toLocaleString("en")} entries), first run`, speed(cold));
  row("bibtex parse, same file, optimised: median of 5 after 2 more", speed(median(times)));
  row("bibtex parse, peak memory (process RSS; heap above start)", `${megabytes(peakRss)}; ${megabytes(peakHeap)}`);
}
