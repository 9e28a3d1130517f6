import { hashString } from "../../src/text/random";
import type { GeneratedAuthor, GeneratedPaper } from "./bibliography";

/**
 * The generated bibliography as the OpenAlex API returns it: one compact line holding
 * `{"meta": …, "results": [works], "group_by": []}`, each work with the fields of a real
 * response in their order (ids as links, the abstract as an inverted index). People with an
 * ORCID also have an OpenAlex author id, derived from the ORCID.
 */
export function writeOpenalex(papers: GeneratedPaper[]): string {
  const meta = { count: papers.length, db_response_time_ms: 38, page: 1, per_page: papers.length, groups_count: null };
  return `${JSON.stringify({ meta, results: papers.map(work), group_by: [] })}\n`;
}

/** The same works as JSON lines, one per line, as the snapshot and most download scripts save them. */
export function writeOpenalexLines(papers: GeneratedPaper[]): string {
  return papers.map((paper) => `${JSON.stringify(work(paper))}\n`).join("");
}

const workId = (paper: GeneratedPaper) => `W${4_300_000_000 + paper.number}`;
/** OpenAlex author ids of the current scheme: "A5" and nine digits. */
const authorId = (orcid: string) => `A5${String(hashString(orcid) % 1_000_000_000).padStart(9, "0")}`;

function work(paper: GeneratedPaper): Record<string, unknown> {
  const id = `https://openalex.org/${workId(paper)}`;
  const doi = `https://doi.org/${paper.doi}`;
  const [first, last] = paper.pages.split("--") as [string, string];
  const location = {
    is_oa: false,
    landing_page_url: doi,
    pdf_url: null,
    source: source(paper),
    license: null,
    license_id: null,
    version: "publishedVersion",
    is_accepted: true,
    is_published: true,
  };
  return {
    id,
    doi,
    title: paper.title,
    display_name: paper.title,
    publication_year: paper.year,
    publication_date: `${paper.year}-${String(paper.month).padStart(2, "0")}-01`,
    ids: { openalex: id, doi },
    language: "en",
    primary_location: location,
    type: "article",
    type_crossref: paper.kind === "article" ? "journal-article" : "proceedings-article",
    indexed_in: ["crossref"],
    open_access: { is_oa: false, oa_status: "closed", oa_url: null, any_repository_has_fulltext: false },
    authorships: paper.authors.map((author, i) => authorship(author, i, paper.authors.length)),
    institution_assertions: [],
    countries_distinct_count: 0,
    institutions_distinct_count: 0,
    corresponding_author_ids: [],
    corresponding_institution_ids: [],
    apc_list: null,
    apc_paid: null,
    fwci: null,
    has_fulltext: false,
    cited_by_count: paper.number % 7,
    citation_normalized_percentile: null,
    biblio: { volume: null, issue: null, first_page: first, last_page: last },
    is_retracted: false,
    is_paratext: false,
    primary_topic: null,
    topics: [],
    keywords: [],
    concepts: [],
    mesh: [],
    locations_count: 1,
    locations: [location],
    best_oa_location: null,
    sustainable_development_goals: [],
    grants: [],
    datasets: [],
    versions: [],
    referenced_works_count: 0,
    referenced_works: [],
    related_works: [],
    abstract_inverted_index: invertedIndex(paper.abstract),
    cited_by_api_url: `https://api.openalex.org/works?filter=cites:${workId(paper)}`,
    counts_by_year: [],
    updated_date: "2025-01-15T08:24:41.512409",
    created_date: "2016-06-24",
  };
}

function source(paper: GeneratedPaper): Record<string, unknown> {
  const sourceId = `https://openalex.org/S${4_210_000_000 + (hashString(paper.venue) % 1_000_000)}`;
  return {
    id: sourceId,
    display_name: paper.venue,
    issn_l: null,
    issn: null,
    is_oa: false,
    is_in_doaj: false,
    is_indexed_in_scopus: true,
    is_core: true,
    host_organization: null,
    host_organization_name: null,
    host_organization_lineage: [],
    host_organization_lineage_names: [],
    type: paper.kind === "article" ? "journal" : "conference",
  };
}

function authorship(author: GeneratedAuthor, index: number, count: number): Record<string, unknown> {
  const name = `${author.given} ${author.family}`;
  return {
    author_position: index === 0 ? "first" : index === count - 1 ? "last" : "middle",
    author: {
      id: author.orcid ? `https://openalex.org/${authorId(author.orcid)}` : null,
      display_name: name,
      orcid: author.orcid ? `https://orcid.org/${author.orcid}` : null,
    },
    institutions: [],
    countries: [],
    is_corresponding: index === 0,
    raw_author_name: name,
    raw_affiliation_strings: [],
    affiliations: [],
  };
}

/** "a b a" → {"a": [0, 2], "b": [1]}. */
function invertedIndex(text: string): Record<string, number[]> {
  const index: Record<string, number[]> = Object.create(null);
  text.split(" ").forEach((word, position) => (index[word] ??= []).push(position));
  return index;
}
