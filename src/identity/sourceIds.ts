import type { AuthorDetail } from "../parse/types";

/**
 * dblp's own name for a person ("name:Wei Wang 0001", from dblp.xml, which has no pids) is an
 * id of another kind than a pid: the same person has both, in different exports of dblp.
 */
const DBLP_NAME = "dblp-name";

// Source ids in order of trust: an ORCID iD is the person's own; the others are a database's.
const SOURCE_ID_KINDS = ["orcid", "dblp", "openalex", "scopus"] as const satisfies readonly (keyof AuthorDetail)[];
const KIND_RANK = new Map<string, number>([...SOURCE_ID_KINDS.map((kind, i) => [kind, i] as [string, number]), [DBLP_NAME, 4]]);

/** The source ids of one author occurrence, as person ids ("orcid:0000-…"), most trusted first. */
export function sourceIdsOf(detail: AuthorDetail | undefined): string[] {
  if (!detail) return [];
  const ids: string[] = [];
  for (const kind of SOURCE_ID_KINDS) {
    const value = detail[kind];
    if (value) ids.push(`${kind}:${value}`);
  }
  return ids;
}

/**
 * Which of two ids names a person best: source ids before names, a more trusted source first;
 * between names the fuller one ("jeonghye kim" over "j kim"); then the smaller.
 */
export function betterId(a: string, b: string): string {
  const rank = (id: string) => KIND_RANK.get(kindOf(id)) ?? (id.startsWith("spelling:") ? 6 : 5);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra < rb ? a : b;
  if (ra === 5 && a.length !== b.length) return a.length > b.length ? a : b;
  return a <= b ? a : b;
}

/** "orcid" for "orcid:0000-…"; "dblp" for a pid, "dblp-name" for a dblp name. */
export const kindOf = (id: string) => (id.startsWith("dblp:name:") ? DBLP_NAME : id.slice(0, id.indexOf(":")));
