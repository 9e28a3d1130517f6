import { foldName } from "../../../text/fold";
import { isLooseName, LEADING_PARTICLES, readName, type NameReading } from "./names";

export interface TitleAndAuthors {
  title: string;
  authors: string[];
  etAl: boolean;
  /** Another split that reads about as well as the one taken: the reader warns about it. */
  alternative?: { title: string; firstAuthor: string };
  /** Authors kept as written although they do not read as names ("Peilun zhou"), in order. */
  oddAuthors?: string[];
}

// Bonus for a first-author candidate that appears elsewhere in the same input as a clean author:
// larger than any difference between name shapes, so real evidence beats heuristics.
const KNOWN_NAME_BONUS = 5;
// Name scores this close are one shape step apart (an all-capitals word, a leading particle):
// two splits that differ by no more are both plausible.
const CLOSE_SCORES = 0.5;
// No name is longer (see readName), so only the end of a piece can hold the first author.
const LONGEST_NAME = 80;
// A name of unusual shape ("SeonYeong Lee") is taken only on evidence: when it stands alone elsewhere.
const UNUSUAL_BUT_KNOWN: NameReading = { score: 1, kind: "person" };

interface Piece {
  text: string;
  start: number;
}

/** Splits on commas, keeping where each trimmed piece starts in the line. */
function piecesOf(line: string): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  for (const piece of line.split(",")) {
    const lead = piece.length - piece.trimStart().length;
    pieces.push({ text: piece.trim(), start: start + lead });
    start += piece.length + 1;
  }
  return pieces;
}

const isSpace = (c: string | undefined) => c === " " || c === "\t";

/**
 * Strips a trailing "et al." (", et al", " et  al.") and reports whether there was one. Read
 * backwards from the end rather than with a regular expression, which would backtrack over
 * long runs of spaces.
 */
function stripEtAl(line: string): { rest: string; etAl: boolean } {
  const none = { rest: line, etAl: false };
  let end = line.endsWith(".") ? line.length - 1 : line.length;
  if (!line.startsWith("al", end - 2)) return none;
  end -= 2;
  let gap = end;
  while (isSpace(line[gap - 1])) gap--;
  if (gap === end || !line.startsWith("et", gap - 2)) return none;
  let cut = gap - 2;
  const wordStart = cut;
  while (isSpace(line[cut - 1])) cut--;
  if (cut === wordStart) return none; // "Diet al." is no "et al."
  if (line[cut - 1] === ",") cut--;
  return { rest: line.slice(0, cut).trimEnd(), etAl: true };
}

/**
 * Authors that stand in their own comma-separated piece, right of the piece where the title
 * is glued to the first author. They are certain, so they help decide ambiguous splits elsewhere.
 */
export function cleanAuthorsOf(line: string): string[] {
  const pieces = piecesOf(stripEtAl(line.trim()).rest);
  const names: string[] = [];
  for (let i = pieces.length - 1; i >= 1; i--) {
    const text = pieces[i]!.text;
    if (!isLooseName(text)) break;
    names.push(text);
  }
  return names;
}

// Particles a first author's name can open with ("van der Maaten"), each followed by a space.
const OPENING_PARTICLES = [...LEADING_PARTICLES].map((particle) => `${particle} `);
// Characters a title cannot end in right before a glued name: a space (nothing is glued), a hyphen
// ("Off-Policy"), an apostrophe ("O'Brien"), and signs that join parts of one word or name
// ("Young-Jun_Lee", "/Shubham", "n=Anwar", "(Extended").
const NOT_GLUE_BEFORE = /[\s\-\u2010\u2011'\u2019_/\\=`([{@#&|~^<]/;
const UPPER = /\p{Lu}/u;
const startsUpper = (text: string) => UPPER.test(text[0]!);
const ALL_CAPITALS = /^\p{Lu}+$/u;

/**
 * Could a name start at `pos`, glued to the title's last character? The character before
 * must be one a title can end in (see NOT_GLUE_BEFORE). The name starts with a capital, or
 * with a particle followed by a space ("Visualizing Datavan der Maaten") where particles are
 * allowed. Called for many characters, so the common cases are decided on character codes.
 */
function isGluePoint(text: string, pos: number, particles: boolean): boolean {
  const code = text.charCodeAt(pos);
  const before = text[pos - 1]!;
  if (code >= 65 && code <= 90) return !NOT_GLUE_BEFORE.test(before); // A–Z
  if (code >= 97 && code <= 122) {
    // a–z: only an opening particle can start a name here
    return particles && !NOT_GLUE_BEFORE.test(before) && OPENING_PARTICLES.some((particle) => text.startsWith(particle, pos));
  }
  if (code < 128) return false;
  return !NOT_GLUE_BEFORE.test(before) && UPPER.test(String.fromCodePoint(text.codePointAt(pos)!));
}

/** One place where the first author could start: `at` in piece number `piece`. */
interface Split {
  piece: number;
  at: number;
  name: string;
  reading: NameReading;
  /** The reading's score, plus the bonus when the name is known from elsewhere in the input. */
  score: number;
}

/**
 * Every split of one piece into title end and first author that makes the first author a name.
 * Particle starts ("…Datavan der Maaten") are tried only in the piece the title surely reaches:
 * inside a piece that is already a whole name they would cut given names ("Gabrie|le Oliaro").
 */
function splitsOf(piece: Piece, index: number, particles: boolean, knownNames?: ReadonlySet<string>): Split[] {
  const { text } = piece;
  const splits: Split[] = [];
  for (let at = Math.max(1, text.length - LONGEST_NAME); at < text.length; at++) {
    if (!isGluePoint(text, at, particles)) continue;
    const name = text.slice(at);
    const shaped = readName(name);
    if (shaped === null && !isLooseName(name)) continue;
    const known = knownNames !== undefined && knownNames.size > 0 && knownNames.has(foldName(name));
    const reading = shaped ?? (known ? UNUSUAL_BUT_KNOWN : null);
    if (reading) splits.push({ piece: index, at, name, reading, score: reading.score + (known ? KNOWN_NAME_BONUS : 0) });
  }
  return splits;
}

/** The piece holding the title's end and the first author, and the pieces before it that read as no name. */
interface Junction {
  splits: Split[];
  oddAuthors: number[];
}

/** The splits of the first piece in [from, to) that has any. Whole-name pieces, so no particle starts. */
function leftmostSplits(pieces: readonly Piece[], from: number, to: number, knownNames?: ReadonlySet<string>): Split[] | null {
  for (let j = from; j < to; j++) {
    const splits = splitsOf(pieces[j]!, j, false, knownNames);
    if (splits.length > 0) return splits;
  }
  return null;
}

/**
 * Finds the junction piece. It is the rightmost piece that is not a whole name (everything right
 * of it is the author list). When that piece holds no title end, it is either an author written
 * oddly ("Peilun zhou", "Young-Jun_Lee") or title text with commas: first it is taken as an
 * author and the search goes on to its left; if no title end is found there, the title had
 * commas and its end is in the first whole-name piece that hides a glue point
 * ("Sight, Sound, Vision BenchmarkJohn Smith").
 */
function findJunction(pieces: readonly Piece[], knownNames?: ReadonlySet<string>): Junction | null {
  // Asked from the right and at most once per piece: a title piece is never looked at twice.
  const looseness: (boolean | undefined)[] = [];
  const loose = (j: number) => (looseness[j] ??= isLooseName(pieces[j]!.text));
  const oddAuthors: number[] = [];
  let end = pieces.length;
  let outerFirst = -1;
  for (;;) {
    let first = end - 1;
    while (first >= 1 && loose(first)) first--;
    if (outerFirst < 0) outerFirst = first;
    const splits = splitsOf(pieces[first]!, first, true, knownNames);
    if (splits.length > 0) return { splits, oddAuthors };
    if (first > 0 && !loose(first)) {
      oddAuthors.push(first);
      end = first;
      continue;
    }
    const right = leftmostSplits(pieces, first + 1, end, knownNames);
    if (right) return { splits: right, oddAuthors };
    const outer = oddAuthors.length > 0 ? leftmostSplits(pieces, outerFirst + 1, pieces.length, knownNames) : null;
    return outer ? { splits: outer, oddAuthors: [] } : null;
  }
}

/**
 * Splits "TitleFirst Author, Second Author et al." into title and authors. There is no
 * separator, so every place where a name could start glued to the title is tried; a split
 * counts only if the first author it yields looks like a name. Among the splits of the junction
 * piece (see findJunction), the most plausible first author wins (a known co-author beats shape;
 * a full personal name beats a one-word organisation), and ties go to the earliest split, which
 * keeps names such as "DeAndre Jordan" and "JR Smith" whole. When another split reads about as
 * well (see plausibleAlternative), it is returned as `alternative`; authors that do not read as
 * names but were kept are returned as `oddAuthors`. Returns null when no split makes a name.
 */
export function splitTitleAuthors(line: string, knownNames?: ReadonlySet<string>): TitleAndAuthors | null {
  const { rest, etAl } = stripEtAl(line.trim());
  const pieces = piecesOf(rest);
  const junction = findJunction(pieces, knownNames);
  if (junction === null) return null;
  const best = mostPlausible(junction.splits);
  const titleOf = (split: Split) => rest.slice(0, pieces[split.piece]!.start + split.at).trim();
  const title = titleOf(best);
  if (title.length === 0) return null;
  const authors = [best.name];
  for (let j = best.piece + 1; j < pieces.length; j++) authors.push(pieces[j]!.text);
  const result: TitleAndAuthors = { title, authors, etAl };
  const alternative = plausibleAlternative(best, junction.splits, pieces[best.piece]!.text);
  if (alternative) result.alternative = { title: titleOf(alternative), firstAuthor: alternative.name };
  // Found right to left; reported in the order they are listed.
  if (junction.oddAuthors.length > 0) result.oddAuthors = junction.oddAuthors.reverse().map((j) => pieces[j]!.text);
  return result;
}

/** The highest-scoring split; the earliest of equals, since splits come in order. */
function mostPlausible(splits: readonly Split[]): Split {
  let best = splits[0]!;
  for (const split of splits) if (split.score > best.score) best = split;
  return best;
}

/**
 * An all-capitals one-word name glued to a title that ends in capitals ("…for Physical AINVIDIA"):
 * nothing tells where the title's capitals end and the name's begin, so the next split is as good.
 */
function capitalsAlternative(best: Split, splits: readonly Split[], piece: string): Split | null {
  if (!ALL_CAPITALS.test(best.name) || !UPPER.test(piece[best.at - 1]!)) return null;
  return splits.find((split) => split.at > best.at && split.reading.kind === "one-word") ?? null;
}

/**
 * Another split of the same piece that is as plausible as the one taken, or null. Plausible means:
 * - both first authors read as personal names of several words: one-word names and named groups
 *   are read whole ("DeepSeek-AI", not "Seek-AI"; "MiniCPM Team", not "CPM Team"), as
 *   organisations are, unless capitals meet capitals (see capitalsAlternative);
 * - their scores are equal or close, the known-author bonus included, so a co-author known from
 *   elsewhere in the input settles the choice;
 * - the text that would move between title and name is part of one word ("VisionJR Smith": "J").
 *   Moving whole words needs the title to end in a name word glued to it plus a letter
 *   ("…10400Ana A" + "B. Kim"), and a dotted initial ("…LLMsJ." + "R. Tolkien") ends no title;
 * - both names start with a capital: a particle cut out of a given name ("A|da Park",
 *   "Émi|le Dupont") is a reading of last resort, not a rival.
 * Splits in other pieces are not alternatives: they would turn a whole piece that reads as an
 * author into title text, or leave one that does not read as an author in the list.
 */
function plausibleAlternative(best: Split, splits: readonly Split[], piece: string): Split | null {
  if (best.reading.kind === "one-word") return capitalsAlternative(best, splits, piece);
  if (best.reading.kind !== "person" || !startsUpper(best.name)) return null;
  let alternative: Split | null = null;
  for (const split of splits) {
    if (split === best || split.reading.kind !== "person" || !startsUpper(split.name)) continue;
    if (Math.abs(split.score - best.score) > CLOSE_SCORES) continue;
    const moved = split.at < best.at ? piece.slice(split.at, best.at) : piece.slice(best.at, split.at);
    if (moved.includes(" ") || moved.endsWith(".")) continue;
    if (alternative === null || split.score > alternative.score) alternative = split;
  }
  return alternative;
}
