import { foldName } from "../../../text/fold";
import { isLooseName, LEADING_PARTICLES, nameScore } from "./names";

export interface TitleAndAuthors {
  title: string;
  authors: string[];
  etAl: boolean;
}

const ET_AL = /,?\s+et\s+al\.?$/;
// Bonus for a first-author candidate that appears elsewhere in the same input as a clean author:
// larger than any difference between name shapes, so real evidence beats heuristics.
const KNOWN_NAME_BONUS = 5;

interface Segment {
  text: string;
  start: number;
}

/** Splits on commas, keeping where each trimmed piece starts in the line. */
function segmentsOf(line: string): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  for (const piece of line.split(",")) {
    const lead = piece.length - piece.trimStart().length;
    segments.push({ text: piece.trim(), start: start + lead });
    start += piece.length + 1;
  }
  return segments;
}

/** Strips a trailing "et al." and reports whether there was one. */
function stripEtAl(line: string): { rest: string; etAl: boolean } {
  const m = ET_AL.exec(line);
  return m ? { rest: line.slice(0, m.index).trimEnd(), etAl: true } : { rest: line, etAl: false };
}

/**
 * Authors that stand in their own comma-separated piece, right of the piece where the title
 * is glued to the first author. They are certain, so they help decide ambiguous splits elsewhere.
 */
export function cleanAuthorsOf(line: string): string[] {
  const segments = segmentsOf(stripEtAl(line.trim()).rest);
  const names: string[] = [];
  for (let i = segments.length - 1; i >= 1; i--) {
    const text = segments[i]!.text;
    if (!isLooseName(text)) break;
    names.push(text);
  }
  return names;
}

// Particles a first author's name can open with ("van der Maaten"), each followed by a space.
const OPENING_PARTICLES = [...LEADING_PARTICLES].map((particle) => `${particle} `);
const NOT_GLUE_BEFORE = /[\s\-\u2010\u2011'\u2019]/;
const UPPER = /\p{Lu}/u;

/**
 * Could a name start at `pos`, glued to the title's last character? The character before
 * must not be a space (then it would not be glued), a hyphen ("Off-Policy") or an
 * apostrophe ("O'Brien"). The name starts with a capital, or with a particle followed by
 * a space ("Visualizing Datavan der Maaten"). Called for every character of a title, so
 * the common cases are decided on character codes.
 */
function isGluePoint(text: string, pos: number): boolean {
  const code = text.charCodeAt(pos);
  const before = text[pos - 1]!;
  if (code >= 65 && code <= 90) return !NOT_GLUE_BEFORE.test(before); // A–Z
  if (code >= 97 && code <= 122) {
    // a–z: only an opening particle can start a name here
    return !NOT_GLUE_BEFORE.test(before) && OPENING_PARTICLES.some((particle) => text.startsWith(particle, pos));
  }
  if (code < 128) return false;
  return !NOT_GLUE_BEFORE.test(before) && UPPER.test(String.fromCodePoint(text.codePointAt(pos)!));
}

interface Candidate {
  splitAt: number; // index in the line where the first author starts
  authors: string[];
  score: number;
}

/**
 * Splits "TitleFirst Author, Second Author et al." into title and authors. There is no
 * separator, so every place where a name could start glued to the title is tried; a split
 * counts only if every author it yields looks like a name. Among those, the most plausible
 * first author wins (a known co-author beats shape; a full personal name beats a one-word
 * organisation), and ties go to the earliest split, which keeps camel-case surnames such as
 * "DeAndre" whole. Returns null when no split makes every author a name.
 */
export function splitTitleAuthors(line: string, knownNames?: ReadonlySet<string>): TitleAndAuthors | null {
  const { rest, etAl } = stripEtAl(line.trim());
  const segments = segmentsOf(rest);
  // The junction piece (title end + first author) is the rightmost piece that is not a whole
  // name, or any whole-name piece right of it (a camel-case name can hide a glue point).
  let first = segments.length - 1;
  while (first >= 1 && isLooseName(segments[first]!.text)) first--;

  let best: Candidate | null = null;
  for (let j = first; j < segments.length; j++) {
    const seg = segments[j]!;
    const later = segments.slice(j + 1).map((s) => s.text);
    for (let p = 1; p < seg.text.length; p++) {
      if (!isGluePoint(seg.text, p)) continue;
      const name = seg.text.slice(p).trim();
      let score = nameScore(name);
      if (score === 0) continue;
      if (knownNames?.has(foldName(name))) score += KNOWN_NAME_BONUS;
      if (best === null || score > best.score) {
        best = { splitAt: seg.start + p, authors: [name, ...later], score };
      }
    }
  }
  if (best === null) return null;
  const title = rest.slice(0, best.splitAt).trim();
  if (title.length === 0) return null;
  return { title, authors: best.authors, etAl };
}
