import { FORMATS } from "../parse/formats/registry";

const formatLines = () => FORMATS.map((f) => `    ${f.id.padEnd(12)} ${f.label} (${f.extensions.join(", ")})`).join("\n");

export function helpText(): string {
  return `coauthor: co-authorship networks from bibliographies and paper listings

Usage:
  coauthor parse FILE... [--from FORMAT] [--reference-date YYYY-MM-DD]
                         [--identities FILE] [--stream] [-o OUT]
  coauthor graph FILE... --format json [--from FORMAT] [--reference-date YYYY-MM-DD]
                         [--max-authors N] [--identities FILE] [--stream] [-o OUT]
  coauthor --help

  FILE is a path, or - for standard input. Files of different formats can be
  mixed in one call: each file's format is recognised from its content.

Commands:
  parse   Print the papers read from the files as JSON:
          {"papers": [Paper...], "warnings": [{"file", "line", "message"}]}
          A Paper has id, title, authors (display names, in listed order),
          authorIds (one person id per author), etAl (true when the author list
          is truncated), date (YYYY-MM-DD or null), year, categories, score (or
          null), abstract (or null), source {file, line: where its record
          starts}, and when the source has them: doi, arxivId, venue, type, url,
          sourceIds, authorDetails (given, family, orcid, dblp, openalex, scopus).
  graph   Print the co-authorship graph in graphology's serialization:
          {attributes, options, nodes: [{key, attributes}], edges: [{key, source,
          target, undirected, attributes}]}. Nodes are people, keyed by person
          id; their attributes: label (display name), papers (count), paperIds,
          etAlPapers, aliases (other spellings), sourceIds, firstYear, lastYear.
          Edge attributes: weight (number of shared papers), papers (their ids).

Options:
  --from FORMAT            Read every file as FORMAT instead of recognising it.
  --format FORMAT          parse: another name for --from.
                           graph: the output format; json is the only one so far.
  --reference-date DATE    Dates without a year ("Mar 25") become the latest
                           such day not after DATE. Default: today.
  --max-authors N          graph: papers with more than N authors (default 100)
                           keep their authors as nodes but add no links. 0: no limit.
  --identities FILE        Identity decisions to apply (merges and splits of
                           people), as saved by the explorer's "Who is who" panel.
  --stream                 Read the one FILE as a stream, in memory that does not
                           grow with it, reporting progress on stderr: for huge
                           files such as the whole dblp.xml (formats that can:
                           dblp-xml, ris, wos). Files of 256 MB or more are
                           streamed without asking. Each paper is then read on
                           its own: its id is its title's slug and its line, its
                           people come from its own ids or names, and duplicates
                           are not looked for.
  -o, --output OUT         Write to OUT instead of standard output. The file is
                           replaced whole or not at all.
  -h, --help               Show this help.

Formats (--from):
${formatLines()}

Identity:
  Authors with the same ORCID, dblp, OpenAlex or Scopus id are one person.
  Otherwise names that differ only in case, accents, spacing, punctuation or
  word order are one person; names that may be one person ("J. Kim" and
  "Jeonghye Kim") are kept apart and counted in the summary.

Input problems:
  The same paper given twice (same DOI, arXiv id, or title, year and first
  author) is kept once, with a warning naming the duplicate. Records that cannot
  be read are reported as warnings with their file and line; the rest still
  loads. Warnings are in the JSON; a one-line summary goes to stderr.

Exit status:
  0  success (possibly with warnings)
  1  a file could not be read or used (the others are still read and written),
     or nothing could be read at all, or OUT could not be written
  2  wrong usage
`;
}
