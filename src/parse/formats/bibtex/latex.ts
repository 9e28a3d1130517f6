import { ACCENTS, ARGUMENT_DROPPED, SYMBOLS, WORDS } from "./latexSymbols";

/**
 * Field text as a reader sees it: LaTeX commands, accents, dashes, quotes and math turned
 * into Unicode, braces (BibTeX's case protection) dropped, white space collapsed.
 * `Fr{\'e}chet --- {BERT} and $\alpha$-stable` → "Fréchet — BERT and α-stable".
 *
 * One pass over the text, without recursion: an accent waits for the next letter written,
 * whatever braces come between (`\"u`, `\"{u}`, `{\"u}`, `\'{\i}`), so nesting costs nothing.
 */
export function latexToText(raw: string): string {
  if (!NEEDS_DECODING.test(raw)) return raw.trim();
  // Braces that only protect case (`{BERT}`, `{{Whole Title}}`), the most common markup, go without the decoder.
  if (!NEEDS_DECODER.test(raw)) {
    const text = raw.replace(BRACES, "").trim();
    if (!text.includes("  ")) return text;
  }
  return new Decoder(raw).run();
}

/** Anything but plain words separated by single spaces. */
const NEEDS_DECODING = /[\\{}$~`^_\t\n\r]|--|''| {2}/;
/** The same, braces aside. */
const NEEDS_DECODER = /[\\$~`^_\t\n\r]|--|''| {2}/;
const BRACES = /[{}]/g;

const BACKSLASH = 92;
const OPEN = 123;
const CLOSE = 125;
const DOLLAR = 36;
const TILDE = 126;
const HYPHEN = 45;
const BACKTICK = 96;
const APOSTROPHE = 39;
const CARET = 94;
const UNDERSCORE = 95;

/** ASCII characters the decoder acts on; every other character is copied as it is. */
const ACTIVE = new Uint8Array(128);
for (const c of "\\{}$~-`'^_ \t\n\r") ACTIVE[c.charCodeAt(0)] = 1;

const isActive = (code: number) => code < 128 && ACTIVE[code] === 1;
const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;
const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** Math's `^2` and `_{13}` as Unicode's script characters: "H₂O", "¹³C". */
const SUPERSCRIPTS: Record<string, string> = {
  0: "⁰", 1: "¹", 2: "²", 3: "³", 4: "⁴", 5: "⁵", 6: "⁶", 7: "⁷", 8: "⁸", 9: "⁹",
  "+": "⁺", "-": "⁻", "=": "⁼", "(": "⁽", ")": "⁾", n: "ⁿ", i: "ⁱ",
};
const SUBSCRIPTS: Record<string, string> = {
  0: "₀", 1: "₁", 2: "₂", 3: "₃", 4: "₄", 5: "₅", 6: "₆", 7: "₇", 8: "₈", 9: "₉",
  "+": "₊", "-": "₋", "=": "₌", "(": "₍", ")": "₎",
};

/** The longest super- or subscript written with Unicode's script characters. */
const MAX_SCRIPT = 8;

/** Commands whose argument is shown as written, not read as LaTeX (web addresses keep their `~` and `_`). */
const VERBATIM_ARGUMENT = new Set(["url", "path", "nolinkurl"]);
const ACRONYM = /^[A-Z]{2,}$/;
const FRACTIONS = new Set(["frac", "tfrac", "dfrac", "nicefrac"]);

/**
 * A letter and its accents as one character where Unicode has one ("e" + U+0301 → "é"),
 * composed letter by letter rather than by normalising whole texts. The few hundred
 * combinations in use are remembered.
 */
function composed(letter: string): string {
  let known = COMPOSED.get(letter);
  if (known === undefined) {
    known = letter.normalize("NFC");
    if (COMPOSED.size < MAX_COMPOSED) COMPOSED.set(letter, known);
  }
  return known;
}

const COMPOSED = new Map<string, string>();
const MAX_COMPOSED = 4096;

/** The state of one decoding; a class rather than closures, so that a call allocates one object. */
class Decoder {
  private out = "";
  /** White space seen since the last text written: one space goes before the next text. */
  private space = false;
  /** Combining marks of accents waiting for their letter, innermost first. */
  private marks = "";
  private math = false;
  private depth = 0;
  /** `\frac{a}{b}`: a "/" is written when the group at this depth closes. */
  private readonly slashAfterDepth: number[] = [];

  constructor(private readonly raw: string) {}

  run(): string {
    const { raw } = this;
    const n = raw.length;
    let i = 0;
    while (i < n) {
      const code = raw.charCodeAt(i);
      if (!isActive(code)) {
        let j = i + 1;
        while (j < n && !isActive(raw.charCodeAt(j))) j++;
        this.write(raw.slice(i, j));
        i = j;
      } else if (isSpace(code) || code === TILDE) {
        this.space = true;
        i++;
      } else if (code === OPEN) {
        this.depth++;
        i++;
      } else if (code === CLOSE) {
        const slashes = this.slashAfterDepth;
        if (slashes.length > 0 && slashes[slashes.length - 1] === this.depth) {
          slashes.pop();
          this.write("/");
        }
        this.depth--;
        i++;
      } else if (code === DOLLAR) {
        this.math = !this.math;
        i++;
      } else if (code === HYPHEN) {
        const dashes = raw.startsWith("---", i) ? 3 : raw.startsWith("--", i) ? 2 : 1;
        this.write(dashes === 3 ? "—" : dashes === 2 ? "–" : "-");
        i += dashes;
      } else if (code === BACKTICK) {
        const double = raw.charCodeAt(i + 1) === BACKTICK;
        this.write(double ? "“" : "‘");
        i += double ? 2 : 1;
      } else if (code === APOSTROPHE) {
        const double = raw.charCodeAt(i + 1) === APOSTROPHE;
        this.write(double ? "”" : "'");
        i += double ? 2 : 1;
      } else if (code === CARET || code === UNDERSCORE) {
        if (this.math) {
          i = this.script(i + 1, code === CARET ? SUPERSCRIPTS : SUBSCRIPTS);
        } else {
          this.write(raw[i]!);
          i++;
        }
      } else {
        i = this.command(i + 1);
      }
    }
    return this.out;
  }

  private write(text: string): void {
    if (text === "") return;
    if (this.space) {
      if (this.out.length > 0) this.out += " ";
      this.space = false;
    }
    if (this.marks === "") {
      this.out += text;
      return;
    }
    const first = String.fromCodePoint(text.codePointAt(0)!);
    // An accent on a dotless i or j (`\'{\i}`, the classic spelling of í) means the dotted letter.
    const base = first === "ı" ? "i" : first === "ȷ" ? "j" : first;
    this.out += composed(base + this.marks) + text.slice(first.length);
    this.marks = "";
  }

  /**
   * The command after the backslash at `start - 1`: a control word (`\alpha`, which swallows
   * the spaces after it) or a control symbol (`\&`, `\'`). Returns where reading goes on.
   */
  private command(start: number): number {
    const { raw } = this;
    const n = raw.length;
    if (start >= n) return n;
    let i = start;
    let name: string;
    let spaceAfter = false;
    if (isLetter(raw.charCodeAt(i))) {
      let j = i + 1;
      while (j < n && isLetter(raw.charCodeAt(j))) j++;
      name = raw.slice(i, j);
      i = j;
      while (i < n && isSpace(raw.charCodeAt(i))) i++;
      spaceAfter = i > j;
    } else {
      name = isSpace(raw.charCodeAt(i)) ? " " : raw[i]!;
      i++;
    }
    if (name === "(" || name === ")") {
      this.math = name === "("; // LaTeX's own math delimiters, \( … \)
      return i;
    }
    const accent = ACCENTS.get(name);
    if (accent !== undefined) {
      while (i < n && isSpace(raw.charCodeAt(i))) i++;
      this.marks = accent + this.marks;
      return i;
    }
    const symbol = SYMBOLS.get(name);
    if (symbol !== undefined) {
      if (symbol === " ") this.space = true;
      else this.write(symbol);
      return i;
    }
    const word = WORDS.get(name);
    if (word !== undefined) {
      this.write(word);
      if (spaceAfter) this.space = true;
      return i;
    }
    if (raw.charCodeAt(i) !== OPEN) {
      // An unknown command without argument is dropped, unless it is an acronym macro (`\PDF`, `\CTAN`): those print their name.
      if (ACRONYM.test(name)) {
        this.write(name);
        if (spaceAfter) this.space = true;
      }
      return i;
    }
    if (ARGUMENT_DROPPED.has(name)) return this.groupEnd(i) + 1;
    if (VERBATIM_ARGUMENT.has(name)) {
      const end = this.groupEnd(i);
      this.write(raw.slice(i + 1, end));
      return end + 1;
    }
    if (FRACTIONS.has(name)) this.slashAfterDepth.push(this.depth + 1);
    // Any other command (\emph, \textbf, \mathrm …) disappears and its argument is read as text.
    return i;
  }

  /** The end of the braced group opening at `open`, or the end of the text. */
  private groupEnd(open: number): number {
    const { raw } = this;
    let level = 0;
    for (let k = open; k < raw.length; k++) {
      const code = raw.charCodeAt(k);
      if (code === BACKSLASH) k++;
      else if (code === OPEN) level++;
      else if (code === CLOSE && --level === 0) return k;
    }
    return raw.length;
  }

  /** `^2`, `_{13}` in math: Unicode super- or subscripts when every character has one; else read as ordinary math. */
  private script(at: number, table: Record<string, string>): number {
    const { raw } = this;
    const braced = raw.charCodeAt(at) === OPEN;
    // Only a short group can be all digits and signs: look no further (nested scripts cost nothing then).
    const close = braced ? raw.slice(at, at + MAX_SCRIPT + 2).indexOf("}") : -1;
    if (braced && close < 0) return at;
    const end = braced ? at + close : Math.min(at + 1, raw.length);
    const body = raw.slice(braced ? at + 1 : at, end);
    if (body.length === 0) return at;
    let converted = "";
    for (const char of body) {
      const script = table[char];
      if (script === undefined) return at;
      converted += script;
    }
    this.write(converted);
    return braced ? end + 1 : end;
  }
}
