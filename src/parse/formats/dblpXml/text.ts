import { entityText } from "./entities";

/** Told which text (by index), where in it (offset into its raw form) and what is wrong with an entity reference. */
export type EntityProblem = (part: number, offset: number, message: string) => void;

/** Longest entity name looked for after an "&"; anything longer is a bare "&". */
const MAX_ENTITY = 32;
const ENTITY_NAME = /^(?:#[xX][0-9A-Fa-f]+|#[0-9]+|[A-Za-z_:][\w.:-]*)$/;
/** Stands between the texts of one record while they are decoded together; XML text cannot hold it. */
const SEPARATOR = "\u0000";
/** Whitespace that collapsing would change inside the joined texts: doubled, other than a plain space, or at either end of a text. */
const UNCOLLAPSED = /[^\S ]| [ \u0000]|\u0000 /;

/**
 * The raw XML texts of one record as plain text: entity references expanded (dblp.dtd's, numeric
 * ones, and those `declared` by the document's own DOCTYPE), whitespace runs (line breaks, tabs,
 * no-break spaces) collapsed to one space, trimmed.
 *
 * The texts are joined and treated as one string. That is cheaper than one at a time, but it is
 * done for memory: a substring in V8 is a view into its parent, so a title cut from a chunk
 * would keep the whole chunk alive, and the papers of a 4 GB stream would hold the whole file.
 * Joining copies the record's texts into one new string, and the values are cut from that.
 */
export function decodeTexts(raws: readonly string[], declared: ReadonlyMap<string, string>, problem: EntityProblem): string[] {
  if (raws.length === 0) return [];
  let joined = raws.join(SEPARATOR);
  if (raws.length === 1) joined = detached(joined); // joining one text copies nothing
  const problems: [number, string][] = [];
  let decoded = decodeEntities(joined, declared, (offset, message) => problems.push([offset, message]));
  if (UNCOLLAPSED.test(decoded) || decoded.charCodeAt(0) === 32 || decoded.charCodeAt(decoded.length - 1) === 32) {
    decoded = decoded.replace(/\s+/g, " ").replace(/ ?\u0000 ?/g, SEPARATOR).trim();
  }
  const values = decoded.split(SEPARATOR);
  // A text with a NUL of its own (no XML, but a broken file can hold anything) shifts the split:
  // such a record is decoded text by text.
  if (values.length !== raws.length) {
    return raws.map((raw, i) => collapse(detached(decodeEntities(raw, declared, (offset, message) => problem(i, offset, message)))));
  }
  for (const [offset, message] of problems) {
    const before = joined.slice(0, offset);
    problem(countSeparators(before), offset - (before.lastIndexOf(SEPARATOR) + 1), message);
  }
  return values;
}

function countSeparators(text: string): number {
  let count = 0;
  for (let i = text.indexOf(SEPARATOR); i !== -1; i = text.indexOf(SEPARATOR, i + 1)) count++;
  return count;
}

function collapse(text: string): string {
  return text.replace(/[\s\u0000]+/g, " ").trim();
}

/**
 * Raw XML text with its entity references expanded. A reference that dblp.dtd does not declare
 * (nor the document's DOCTYPE), a number that is no character, and a bare "&" are kept as
 * written and reported.
 */
export function decodeEntities(raw: string, declared: ReadonlyMap<string, string>, problem: (offset: number, message: string) => void): string {
  let amp = raw.indexOf("&");
  if (amp === -1) return raw;
  let out = "";
  let from = 0;
  while (amp !== -1) {
    out += raw.slice(from, amp);
    const semicolon = raw.indexOf(";", amp + 1);
    const name = semicolon !== -1 && semicolon - amp <= MAX_ENTITY ? raw.slice(amp + 1, semicolon) : "";
    // The document's own declarations come first, as in XML; most documents have none.
    const text = (declared.size > 0 ? declared.get(name) : undefined) ?? entityText(name);
    if (text !== null) {
      out += text;
      from = semicolon + 1;
    } else if (ENTITY_NAME.test(name)) {
      out += `&${name};`;
      problem(
        amp,
        name.startsWith("#") ? `character reference &${name}; is no valid character; kept as written` : `unknown entity &${name}; (dblp.dtd does not declare it); kept as written`,
      );
      from = semicolon + 1;
    } else {
      out += "&";
      problem(amp, 'a bare "&" that starts no entity; kept as written');
      from = amp + 1;
    }
    amp = raw.indexOf("&", from);
  }
  return out + raw.slice(from);
}

/** A copy of a string that shares no memory with the text it was cut from (see decodeTexts). */
function detached(text: string): string {
  // Padding builds a new flat string; strings under 13 characters are copied by V8 anyway.
  return text.length < 13 ? text : text.padStart(text.length + 1).slice(1);
}
