import type { Command } from "./options";

/** What the help says about a command; its options come from the option table. */
export interface CommandSpec {
  /** What follows the command's name in its usage line, before the options. */
  usage: string;
  /** One line: the title of its own help. */
  summary: string;
  /** What it prints. A line break starts a new line; the rest is wrapped. */
  description: string;
  /** Why it exits with status 1 beyond the reasons every command shares. */
  failsWhen?: string;
}

export const COMMAND_SPECS: Record<Command, CommandSpec> = {
  parse: {
    usage: "FILE...",
    summary: "the papers read from bibliographies and paper listings, as JSON",
    description:
      'Print the papers read from the files as JSON:\n{"papers": [Paper...], "warnings": [{"file", "line", "message"}]}\nA Paper has id, title, authors (display names, in listed order), authorIds (one person id per author), etAl (true when the author list is truncated), date (YYYY-MM-DD or null), year, categories, score (or null), abstract (or null), source {file, line: where its record starts}, and when the source has them: doi, arxivId, venue, type, url, sourceIds, authorDetails (given, family, orcid, dblp, openalex, scopus).',
  },
  graph: {
    usage: "FILE... --to FORMAT",
    summary: "the co-authorship graph, for graphology, Gephi and other tools",
    description:
      "Print the co-authorship graph. --to json: graphology's serialization,\n{attributes, options, nodes: [{key, attributes}], edges: [{key, source, target, undirected, attributes}]}.\nNodes are people, keyed by person id; their attributes: label (display name), papers (count), paperIds, etAlPapers, aliases (other spellings), sourceIds, firstYear, lastYear. Edge attributes: weight (number of shared papers), papers (their ids).\n--to gexf (GEXF 1.3) and --to graphml: the same people and links, laid out, sized by papers and coloured by research group as the explorer first draws them (viz position, size and colour in GEXF; x, y, size, color, r, g, b in GraphML), with their papers, first and last years, papers listing only some authors, research group and its name, other spellings and source ids; a link's weight, shared paper ids, thickness and colour.\n--to csv -o FOLDER: authors.csv (the same, with co-authors counted), links.csv (both ends' ids and names, shared papers) and papers.csv (title, year, date, authors, venue, ids, the file and line read from), in UTF-8 with a byte-order mark.\n--to vosviewer: a VOSviewer JSON file (items with their papers, links, total link strength and average publication year; links weighted by shared papers; clusters named after each group's most central author), which VOSviewer and VOSviewer Online open; --to vosviewer-files -o FOLDER: the same as VOSviewer's map.txt and network.txt.\n--to bibtex, ris or csl-json: the papers read, as a bibliography for LaTeX, reference managers and pandoc.",
  },
  stats: {
    usage: "FILE... [--json]",
    summary: "statistics of the network the filters show, as in the explorer",
    description:
      'Print what the explorer\'s statistics say about the network the filters show: authors, papers, links, connected components, authors in the largest one, density (links present over links possible), research groups with a visible author (found on the whole network, as in the explorer), and the 10 authors with most papers (ties: more co-authors, then name). With --json:\n{"authors", "papers", "links", "components", "largestComponent", "density", "communities", "topAuthors": [{"label", "papers", "coauthors"}...]}\nA top author\'s papers are counted in full; with --counting fractional they are ranked by fractional papers, added as fractionalPapers.',
  },
  path: {
    usage: 'FILE... "AUTHOR A" "AUTHOR B" [--json]',
    summary: "the shortest chain of co-authors between two authors",
    description:
      'Print the shortest chain of co-authors from one author to the other in the network the filters show, with a paper for each step: the most recent the two share that the filters keep. Of chains as short, the one through stronger collaborations. A name is looked for among every spelling of every author, ignoring case, accents, spacing and word order; part of a name ("Kim", "J\u00a0Kim") is enough when only one author has it. With --json:\n{"path": [names...], "papers": [one title per step]}',
    failsWhen: "or a name is unknown (the closest names are suggested) or matches several authors (listed), or the two authors are not connected (in the data, or under the filters)",
  },
};
