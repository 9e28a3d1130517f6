import type { AuthorAttributes } from "../graph/types";
import type { Visuals } from "../visual/types";

/** Lists in one field: few tools read the list types of GEXF or GraphML, a separator all of them do. */
export const LIST_SEPARATOR = "; ";
export const listText = (items: readonly string[] | undefined) => (items && items.length > 0 ? items.join(LIST_SEPARATOR) : undefined);

/** What every network file says of an author beside her id, name and drawing; absent values are undefined. */
export interface AuthorFields {
  papers: number;
  firstYear: number | null;
  lastYear: number | null;
  etAlPapers: number;
  group: number | undefined;
  groupName: string | undefined;
  aliases: string | undefined;
  sourceIds: string | undefined;
}

/** The fields of each author, her research group named as in the visuals (after its most central author). */
export function authorFieldsIn(visuals: Visuals): (author: AuthorAttributes) => AuthorFields {
  const groupNames = new Map(visuals.groups.map((group) => [group.id, group.name]));
  return (a) => ({
    papers: a.papers,
    firstYear: a.firstYear,
    lastYear: a.lastYear,
    etAlPapers: a.etAlPapers,
    group: a.community,
    groupName: a.community === undefined ? undefined : groupNames.get(a.community),
    aliases: listText(a.aliases),
    sourceIds: listText(a.sourceIds),
  });
}
