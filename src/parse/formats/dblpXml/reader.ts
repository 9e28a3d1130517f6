/**
 * Turns the scanner's tags and text into dblp records, in any of the three shapes dblp exports:
 * the full dump (`<dblp>` with records as children), a person page (`<dblpperson>` with each
 * record in an `<r>`, beside the person, homonym and co-author lists) and a search API answer
 * (`<result><hits><hit><info>`, one `<info>` per record). Only the fields a paper needs are
 * kept; a record is handed on as soon as it closes and nothing of it is kept after that.
 *
 * Broken XML loses no complete record: a record that meets the next record before its end tag
 * is handed on with what it had, one cut off by the end of the file is dropped, stray text and
 * end tags are reported and skipped.
 */
import type { XmlEvents } from "./scanner";
import { decodeEntities, decodeTexts } from "./text";

export interface RawPerson {
  /** As dblp writes it, homonym number included: "Wei Wang 0001". */
  name: string;
  pid: string | null;
  orcid: string | null;
  line: number;
}

export interface RecordWarning {
  line: number;
  message: string;
}

/** What one record says, as decoded text; the first value of each single-valued field. */
export interface RawRecord {
  /** "article", "inproceedings" …, or "info" for a search API hit. */
  element: string;
  line: number;
  key: string | null;
  authors: RawPerson[];
  editors: RawPerson[];
  /** Inline markup reduced to its text, dblp's final period still on. */
  title: string | null;
  year: string | null;
  month: string | null;
  /** journal, booktitle or (search API) venue. */
  venue: string | null;
  ee: string[];
  url: string | null;
  doi: string | null;
  /** The search API's record type: "Journal Articles". */
  type: string | null;
  /** What went wrong inside the record, for the caller to report with its own. */
  warnings: RecordWarning[];
}

/** Record elements of the dump and of person pages. */
const DBLP_RECORDS: ReadonlySet<string> = new Set(["article", "inproceedings", "proceedings", "book", "incollection", "phdthesis", "mastersthesis", "www", "data", "person"]);
/**
 * Records that are no papers, read past without a word: `www` holds a person's home page,
 * `person` (in person pages and the newer DTD) a person's names and links, and `data` a
 * research data set or software artefact, whose depositors are not co-authors of a paper.
 */
const SKIPPED_RECORDS: ReadonlySet<string> = new Set(["www", "data", "person"]);
/** In a search API answer, each hit's `<info>` is the record. */
const SEARCH_RECORDS: ReadonlySet<string> = new Set(["info"]);

type FieldKind = "author" | "editor" | "title" | "year" | "month" | "venue" | "ee" | "url" | "doi" | "type" | "key";

/**
 * The field an element of a record fills, if any. A switch rather than a map: tag names are
 * new strings each time, and comparing them is cheaper than hashing them.
 */
function fieldKind(name: string): FieldKind | undefined {
  switch (name) {
    case "author":
    case "editor":
    case "title":
    case "year":
    case "month":
    case "ee":
    case "url":
    case "doi":
    case "type":
    case "key":
      return name;
    case "journal":
    case "booktitle":
    case "venue":
      return "venue";
    default:
      return undefined;
  }
}
/** Elements inside a record that only group fields: the search API's `<authors>`. */
const GROUPS: ReadonlySet<string> = new Set(["authors"]);

/** How deep the elements outside records are tracked; deeper ones only count. */
const MAX_OUTSIDE_DEPTH = 64;

interface OpenField {
  /** null: an element whose text is not wanted (pages, volume, cite …). */
  kind: FieldKind | null;
  /** Its place in the record's element stack. */
  depth: number;
  raw: string;
  line: number;
  attributes: string;
}

/** Where a collected text goes: a field, or the pid or ORCID of a person. */
type SlotKind = FieldKind | "pid" | "orcid";

interface OpenRecord {
  element: string;
  line: number;
  skipped: boolean;
  /** Names of the elements open inside the record, outermost first. */
  stack: string[];
  field: OpenField | null;
  /**
   * The raw texts of the fields read so far, decoded together when the record ends, and for
   * each where it goes: its kind, the line it is on, and the person (by number) it belongs to.
   */
  texts: string[];
  kinds: SlotKind[];
  lines: number[];
  persons: number[];
  people: number;
  warnings: RecordWarning[];
}

export function createRecordReader(onRecord: (record: RawRecord) => void, warnOutside: (line: number, message: string) => void): XmlEvents {
  let recordNames = DBLP_RECORDS;
  let root: string | null = null;
  const outside: string[] = [];
  let outsideOverflow = 0;
  let record: OpenRecord | null = null;
  const declared = new Map<string, string>();
  // Text beside the records: where the first run of it starts, and its start for the warning,
  // read on (while the run lasts) until it is long enough, however the chunks cut it.
  let strayLine = 0;
  let strayText = "";
  let strayRunOpen = false;

  const flushStray = () => {
    if (strayLine === 0) return;
    warnOutside(strayLine, `text outside any record ("${preview(strayText)}"); skipped`);
    strayLine = 0;
    strayText = "";
  };
  const warn = (line: number, message: string) => {
    if (record) record.warnings.push({ line, message });
    else {
      flushStray();
      warnOutside(line, message);
    }
  };

  const startRecord = (element: string, attributes: string, line: number) => {
    flushStray();
    const skipped = SKIPPED_RECORDS.has(element);
    record = { element, line, skipped, stack: [], field: null, texts: [], kinds: [], lines: [], persons: [], people: 0, warnings: [] };
    const key = skipped || !attributes ? null : readAttribute(attributes, "key");
    if (key !== null) collect(record, "key", key, line, -1);
  };

  const collect = (open: OpenRecord, kind: SlotKind, raw: string, line: number, person: number) => {
    open.texts.push(raw);
    open.kinds.push(kind);
    open.lines.push(line);
    open.persons.push(person);
  };

  /** A field's raw text into the record's texts; for a person, the pid and ORCID attributes too. */
  const collectField = (open: OpenRecord, kind: FieldKind, raw: string, line: number, attributes: string) => {
    if (kind !== "author" && kind !== "editor") {
      collect(open, kind, raw, line, -1);
      return;
    }
    const person = open.people++;
    collect(open, kind, raw, line, person);
    if (!attributes) return;
    const pid = readAttribute(attributes, "pid");
    if (pid !== null) collect(open, "pid", pid, line, person);
    const orcid = readAttribute(attributes, "orcid");
    if (orcid !== null) collect(open, "orcid", orcid, line, person);
  };

  /** Hands the open record on; `unclosed` says what came before its end tag, if anything did. */
  const endRecord = (unclosed: string | null) => {
    const open = record!;
    if (!open.skipped) {
      if (open.field) closeField(open);
      if (unclosed) open.warnings.push({ line: open.line, message: `<${open.element}> has no end tag before ${unclosed}; kept what it had` });
      onRecord(assemble(open));
    }
    record = null;
  };

  /** The record's texts decoded and put in their fields. */
  const assemble = (open: OpenRecord): RawRecord => {
    const { kinds, lines, persons, warnings } = open;
    const values = decodeTexts(open.texts, declared, (part, offset, message) => {
      warnings.push({ line: lines[part]! + newlinesBefore(open.texts[part]!, offset), message });
    });
    const r: RawRecord = {
      element: open.element, line: open.line, key: null, authors: [], editors: [], title: null, year: null,
      month: null, venue: null, ee: [], url: null, doi: null, type: null, warnings,
    };
    const people: (RawPerson | null)[] = [];
    const roles: ("author" | "editor")[] = [];
    for (let i = 0; i < kinds.length; i++) {
      const kind = kinds[i]!;
      const value = values[i]!;
      switch (kind) {
        case "author":
        case "editor":
          roles[persons[i]!] = kind;
          people[persons[i]!] = value ? { name: value, pid: null, orcid: null, line: lines[i]! } : null;
          if (!value) warnings.push({ line: lines[i]!, message: `empty <${kind}> element; skipped` });
          break;
        case "pid":
        case "orcid": {
          const person = people[persons[i]!];
          if (person && value) person[kind] = value;
          break;
        }
        case "ee":
          if (value) r.ee.push(value);
          break;
        // Single-valued fields keep their first value; written out, as a computed key is slow.
        case "title":
          r.title ??= value || null;
          break;
        case "year":
          r.year ??= value || null;
          break;
        case "month":
          r.month ??= value || null;
          break;
        case "venue":
          r.venue ??= value || null;
          break;
        case "url":
          r.url ??= value || null;
          break;
        case "doi":
          r.doi ??= value || null;
          break;
        case "type":
          r.type ??= value || null;
          break;
        case "key":
          r.key ??= value || null;
          break;
      }
    }
    people.forEach((person, i) => {
      if (person) (roles[i] === "author" ? r.authors : r.editors).push(person);
    });
    return r;
  };

  const closeField = (open: OpenRecord) => {
    const field = open.field!;
    open.field = null;
    truncate(open.stack, field.depth);
    if (field.kind !== null) collectField(open, field.kind, field.raw, field.line, field.attributes);
  };

  const openInRecord = (open: OpenRecord, name: string, attributes: string, selfClosing: boolean, line: number) => {
    if (open.skipped) return;
    const kind = fieldKind(name);
    if (open.field) {
      if (kind === undefined) {
        // Markup inside a field (<i>, <sub>, <sup>, <tt>, <ref> in titles): only its text counts.
        if (!selfClosing) open.stack.push(name);
        return;
      }
      // A field never holds another: the open one lacks its end tag.
      const field = open.field;
      if (field.kind !== null) warn(field.line, `<${open.stack[field.depth]}> has no end tag before <${name}> (line ${line}); read up to there`);
      closeField(open);
    }
    if (kind === undefined && GROUPS.has(name)) {
      if (!selfClosing) open.stack.push(name);
      return;
    }
    open.field = { kind: kind ?? null, depth: open.stack.length, raw: "", line, attributes };
    open.stack.push(name);
    if (selfClosing) closeField(open);
  };

  /** An end tag inside a record; false when it belongs outside (the record then ended unclosed). */
  const closeInRecord = (open: OpenRecord, name: string, line: number): boolean => {
    if (name === open.element) {
      if (open.field && open.field.kind !== null && !open.skipped) {
        warn(open.field.line, `<${open.stack[open.field.depth]}> has no end tag before </${name}>; read up to there`);
      }
      endRecord(null);
      return true;
    }
    if (open.skipped) {
      if (!outside.includes(name)) return true;
      endRecord(null);
      return false;
    }
    const top = open.stack.length - 1;
    const at = open.stack[top] === name ? top : open.stack.lastIndexOf(name);
    if (at === -1) {
      if (outside.includes(name)) {
        endRecord(`</${name}> (line ${line})`);
        return false;
      }
      warn(line, `end tag </${name}> matches no open element; ignored`);
      return true;
    }
    const field = open.field;
    if (field && at <= field.depth) {
      if (at < field.depth && field.kind !== null) warn(field.line, `<${open.stack[field.depth]}> has no end tag before </${name}>; read up to there`);
      closeField(open);
    }
    truncate(open.stack, at);
    return true;
  };

  const events: XmlEvents = {
    leaf(name, attributes, buffer, start, end, line) {
      strayRunOpen = false;
      const open = record;
      if (open && !open.skipped) {
        const kind = fieldKind(name);
        if (open.field === null && kind !== undefined) {
          // A field as a whole, the common case: straight to the record's texts.
          collectField(open, kind, buffer.slice(start, end), line, attributes);
          return;
        }
        if (open.field !== null && kind === undefined) {
          // Markup inside a field: <i>text</i> in a title.
          if (open.field.kind !== null) open.field.raw += buffer.slice(start, end);
          return;
        }
      } else if (open && !recordNames.has(name)) {
        return; // inside a record that is no paper
      }
      events.open(name, attributes, false, line);
      if (end > start) events.text(buffer, start, end, line);
      events.close(name, line);
    },

    open(name, attributes, selfClosing, line) {
      strayRunOpen = false;
      if (record) {
        // Field names are no record names: most tags in a record are settled by one look-up.
        if (fieldKind(name) !== undefined || !recordNames.has(name)) {
          openInRecord(record, name, attributes, selfClosing, line);
          return;
        }
        endRecord(record.skipped ? null : `the next record (line ${line})`);
      }
      if (recordNames.has(name)) {
        startRecord(name, attributes, line);
        if (selfClosing) endRecord(null);
        return;
      }
      if (root === null) {
        root = name;
        if (name === "result") recordNames = SEARCH_RECORDS;
      } else if (root === "dblp" && outside.length === 1) {
        warn(line, `<${name}> is not a dblp record (article, inproceedings, proceedings, book, incollection, phdthesis, mastersthesis); skipped`);
      }
      if (selfClosing) return;
      if (outside.length < MAX_OUTSIDE_DEPTH) outside.push(name);
      else outsideOverflow++;
    },

    close(name, line) {
      strayRunOpen = false;
      if (record && closeInRecord(record, name, line)) return;
      if (outsideOverflow > 0) {
        outsideOverflow--;
        return;
      }
      const at = outside.lastIndexOf(name);
      if (at === -1) warn(line, `end tag </${name}> matches no open element; ignored`);
      else truncate(outside, at);
    },

    text(buffer, start, end, line) {
      if (record) {
        const field = record.field;
        if (field && field.kind !== null) field.raw += buffer.slice(start, end);
        return;
      }
      // Text is expected inside the elements around records (a person's notes, the search
      // query), not beside the records themselves.
      if (outside.length > 1) return;
      if (strayLine !== 0) {
        if (strayRunOpen && preview(strayText).length <= PREVIEW) strayText += buffer.slice(start, end);
        return;
      }
      const raw = buffer.slice(start, end);
      const first = raw.search(/\S/);
      if (first === -1) return;
      strayLine = line + newlinesBefore(raw, first);
      strayText = raw.slice(first);
      strayRunOpen = true;
    },

    declare(name, value) {
      // A declared value may hold character references of its own: `<!ENTITY uuml "&#252;">`.
      if (!declared.has(name)) declared.set(name, decodeEntities(value, new Map(), () => {}));
    },

    warn,

    end(line) {
      if (record) {
        const open: OpenRecord = record;
        record = null;
        if (!open.skipped) {
          // The cut comes first, at the record's start line; the record's own warnings still
          // tell what was wrong inside it.
          const warnings = [{ line: open.line, message: `<${open.element}> is cut off by the end of the file; skipped` }, ...open.warnings];
          for (const w of sortedByLine(warnings)) warnOutside(w.line, w.message);
        }
      }
      flushStray();
      if (root !== null && outside[0] === root) warnOutside(line, `the file ends before </${root}>; it may be cut off`);
    },
  };
  return events;
}

/** Warnings in line order; those on one line keep the order they were given in. */
export function sortedByLine<T extends { line: number }>(warnings: T[]): T[] {
  return warnings.sort((a, b) => a.line - b.line);
}

/** Shortens a stack to `length` by popping, which is cheaper than setting its length. */
function truncate(stack: string[], length: number): void {
  while (stack.length > length) stack.pop();
}

function newlinesBefore(text: string, offset: number): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

/** How much of stray text a warning quotes. */
const PREVIEW = 40;

function preview(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > PREVIEW ? `${line.slice(0, PREVIEW)}…` : line;
}

/** The raw value of an attribute in a tag's attribute text (` key="x" mdate="y"`), or null. */
function readAttribute(attributes: string, name: string): string | null {
  for (let at = attributes.indexOf(name); at !== -1; at = attributes.indexOf(name, at + 1)) {
    // The name must stand alone: preceded by whitespace, followed by "=" (spaces allowed around it).
    if (at > 0 && attributes.charCodeAt(at - 1) > 32) continue;
    let i = at + name.length;
    while (attributes.charCodeAt(i) <= 32) i++;
    if (attributes.charCodeAt(i) !== 61 /* = */) continue;
    i++;
    while (attributes.charCodeAt(i) <= 32) i++;
    const quote = attributes.charAt(i);
    if (quote !== '"' && quote !== "'") return null;
    const close = attributes.indexOf(quote, i + 1);
    return close === -1 ? null : attributes.slice(i + 1, close);
  }
  return null;
}
