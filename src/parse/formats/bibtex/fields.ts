import type { RawEntry } from "./scan";

/**
 * The fields a paper is made of, as written (LaTeX and all). Gathered in one pass over an
 * entry's fields rather than looked up one by one: an entry has a dozen fields, a paper asks
 * for twice as many names.
 */
export class UsedFields {
  title: string | undefined = undefined;
  subtitle: string | undefined = undefined;
  author: string | undefined = undefined;
  editor: string | undefined = undefined;
  date: string | undefined = undefined;
  year: string | undefined = undefined;
  month: string | undefined = undefined;
  day: string | undefined = undefined;
  abstract: string | undefined = undefined;
  journaltitle: string | undefined = undefined;
  journal: string | undefined = undefined;
  booktitle: string | undefined = undefined;
  volume: string | undefined = undefined;
  doi: string | undefined = undefined;
  url: string | undefined = undefined;
  /** The "electronic edition" address older dblp exports give instead of `url`. */
  ee: string | undefined = undefined;
  eprint: string | undefined = undefined;
  /** `archiveprefix` (BibTeX) or `eprinttype` (BibLaTeX). */
  eprinttype: string | undefined = undefined;
  note: string | undefined = undefined;
  howpublished: string | undefined = undefined;
  biburl: string | undefined = undefined;
  /** Web of Science's accession number. */
  uniqueId: string | undefined = undefined;
  /** Web of Science's "Family, Given/ORCID" list. */
  orcidNumbers: string | undefined = undefined;
}

/**
 * The fields of an entry, and those it takes from the entry its `crossref` names when it has
 * none of its own: where and when it appeared (dblp exports conference papers this way, the
 * proceedings holding the venue and the year; the proceedings' own title is its papers' booktitle).
 */
export function usedFields(entry: RawEntry, parent: RawEntry | undefined): UsedFields {
  const used = new UsedFields();
  entry.fields.forEach(assign, used);
  if (parent === undefined) return used;
  const inherited = new UsedFields();
  parent.fields.forEach(assign, inherited);
  used.year ??= inherited.year;
  used.date ??= inherited.date;
  used.month ??= inherited.month;
  used.day ??= inherited.day;
  used.journaltitle ??= inherited.journaltitle;
  used.journal ??= inherited.journal;
  used.booktitle ??= inherited.booktitle ?? inherited.title;
  return used;
}

/** Stores one field where it belongs (`this` is the UsedFields being filled; a function with no closure, so that filling allocates nothing). */
function assign(this: UsedFields, value: string, name: string): void {
  switch (name) {
    case "title":
      this.title = value;
      break;
    case "subtitle":
      this.subtitle = value;
      break;
    case "author":
      this.author = value;
      break;
    case "editor":
      this.editor = value;
      break;
    case "date":
      this.date = value;
      break;
    case "year":
      this.year = value;
      break;
    case "month":
      this.month = value;
      break;
    case "day":
      this.day = value;
      break;
    case "abstract":
      this.abstract = value;
      break;
    case "journaltitle":
      this.journaltitle = value;
      break;
    case "journal":
      this.journal = value;
      break;
    case "booktitle":
      this.booktitle = value;
      break;
    case "volume":
      this.volume = value;
      break;
    case "doi":
      this.doi = value;
      break;
    case "url":
      this.url = value;
      break;
    case "ee":
      this.ee = value;
      break;
    case "eprint":
      this.eprint = value;
      break;
    case "archiveprefix":
    case "eprinttype":
      this.eprinttype ??= value;
      break;
    case "note":
      this.note = value;
      break;
    case "howpublished":
      this.howpublished = value;
      break;
    case "biburl":
      this.biburl = value;
      break;
    case "unique-id":
      this.uniqueId = value;
      break;
    case "orcid-numbers":
      this.orcidNumbers = value;
      break;
  }
}
