import { describe, expect, it } from "vitest";
import { generateBibliography, type GeneratedPaper } from "../../../../bench/generate/bibliography";
import { writeBibtex } from "../../../../bench/generate/bibtex";
import { writeCslJson } from "../../../../bench/generate/cslJson";
import { writeDblpXml } from "../../../../bench/generate/dblpXml";
import { writeOpenalex, writeOpenalexLines } from "../../../../bench/generate/openalex";
import { writeRis } from "../../../../bench/generate/ris";
import { writeScopusCsv } from "../../../../bench/generate/scopusCsv";
import { writeWos } from "../../../../bench/generate/wos";
import { buildCoauthorGraph } from "../../../../src/graph/build";
import type { CoauthorGraph } from "../../../../src/graph/types";
import { readPapers } from "../../../../src/load/readPapers";
import type { FormatId } from "../../../../src/parse/index";

const papers = generateBibliography(3000);

/** The network the generated bibliography describes, by display names: what every format must give back. */
function expectedNetwork(list: readonly GeneratedPaper[]) {
  const name = (a: { given: string; family: string }) => `${a.given} ${a.family}`;
  const authors = new Map<string, number>();
  const links = new Map<string, number>();
  for (const paper of list) {
    const names = paper.authors.map(name);
    for (const n of names) authors.set(n, (authors.get(n) ?? 0) + 1);
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        const key = [names[i]!, names[j]!].sort().join(" & ");
        links.set(key, (links.get(key) ?? 0) + 1);
      }
    }
  }
  return { authors: [...authors].sort(), links: [...links].sort() };
}

function networkOf(graph: CoauthorGraph) {
  return {
    authors: graph.mapNodes((_key, a) => [a.label, a.papers] as [string, number]).sort(),
    links: graph.mapEdges((_key, a, s, t) => [[graph.getNodeAttribute(s, "label"), graph.getNodeAttribute(t, "label")].sort().join(" & "), a.weight] as [string, number]).sort(),
  };
}

const WRITERS: [string, FormatId, (list: GeneratedPaper[]) => string][] = [
  ["refs.bib", "bibtex", writeBibtex],
  ["dblp.xml", "dblp-xml", (list) => writeDblpXml(list, "dblp")],
  ["person.xml", "dblp-xml", (list) => writeDblpXml(list, "person")],
  ["search.xml", "dblp-xml", (list) => writeDblpXml(list, "search")],
  ["refs.ris", "ris", writeRis],
  ["savedrecs.txt", "wos", writeWos],
  ["scopus.csv", "scopus-csv", writeScopusCsv],
  ["zotero.json", "csl-json", writeCslJson],
  ["works.json", "openalex", writeOpenalex],
  ["works.jsonl", "openalex", writeOpenalexLines],
];

// Each case reads 3,000 papers, up to six times over: seconds, not milliseconds.
describe("a generated bibliography of 3,000 papers, written in every format", { timeout: 60_000 }, () => {
  const expected = expectedNetwork(papers);

  it.each(WRITERS)("reads back from %s as the same network, recognising its format", (name, format, write) => {
    const read = readPapers([{ name, text: write(papers) }], { referenceDate: "2026-11-25" });
    expect(read.files).toEqual([{ file: name, format, papers: 3000 }]);
    expect(read.warnings).toEqual([]);
    expect(networkOf(buildCoauthorGraph(read.papers, { maxAuthors: 0 }))).toEqual(expected);
  });

  it("merges the same papers read from every format at once into one network of 3,000 papers", () => {
    const read = readPapers(
      WRITERS.map(([name, , write]) => ({ name, text: write(papers) })),
      { referenceDate: "2026-11-25" },
    );
    expect(read.papers).toHaveLength(3000);
    expect(read.duplicates).toBe(3000 * (WRITERS.length - 1));
    expect(networkOf(buildCoauthorGraph(read.papers, { maxAuthors: 0 }))).toEqual(expected);
  });

  it("makes one person of someone whose papers are spread over files that identify people differently", () => {
    // Paper n goes to format n mod 6 only: one person's papers come with an ORCID from one file,
    // a Scopus id from another, and no id at all from a third.
    const read = readPapers(
      WRITERS.map(([name, , write], k) => ({ name, text: write(papers.filter((_p, n) => n % WRITERS.length === k)) })),
      { referenceDate: "2026-11-25" },
    );
    expect(read.papers).toHaveLength(3000);
    expect(read.duplicates).toBe(0);
    expect(networkOf(buildCoauthorGraph(read.papers, { maxAuthors: 0 }))).toEqual(expected);
  });
});
