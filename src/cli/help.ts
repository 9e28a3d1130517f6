export const HELP = `coauthor: co-authorship networks from paper listings

Usage:
  coauthor parse FILE... [--format auto|listing] [--reference-date YYYY-MM-DD]
  coauthor graph FILE... --format json [--reference-date YYYY-MM-DD] [-o OUT]
  coauthor --help

Commands:
  parse   Print the papers read from the files as JSON:
          {"papers": [Paper...], "warnings": [{"file", "line", "message"}]}
          A Paper has id, title, authors (in listed order), etAl (true when the
          author list is truncated), date (YYYY-MM-DD or null), year, categories,
          score (or null), abstract (or null) and source {file, line}.
  graph   Print the co-authorship graph in graphology's serialization:
          {attributes, options, nodes: [{key, attributes}], edges: [{key, source,
          target, undirected, attributes}]}. Node attributes: label (display name),
          papers (count), paperIds, etAlPapers, aliases, firstYear, lastYear.
          Edge attributes: weight (number of shared papers), papers (their ids).

Options:
  --format FORMAT          parse: input format, auto (default) or listing.
                           graph: output format; json is the only one so far.
  --reference-date DATE    Dates without a year ("Mar 25") become the latest
                           such day not after DATE. Default: today.
  -o, --output OUT         graph: write to OUT instead of standard output.
  -h, --help               Show this help.

Input:
  A listing copied from a paper feed: per entry a header line (score, category,
  date, e.g. "99.1CLMar 25"), the title glued to the comma-separated authors
  (possibly ending in "et al."), and an optional abstract line.
  The same paper given twice is kept once, with a warning naming the duplicate.
  Lines that fit no entry are reported as warnings with their line numbers; the
  rest still loads. Warnings are in the JSON; a one-line summary goes to stderr.

Exit status:
  0  success (possibly with warnings)
  1  a file could not be read, is not a listing, or holds no papers
  2  wrong usage
`;
