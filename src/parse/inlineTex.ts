import { latexToText } from "./formats/bibtex/latex";

/**
 * Math between dollars: opened before a non-space and closed after one, not by an escaped
 * dollar, and not followed by a digit, so that money ("from $5 to $10") is left alone.
 */
const INLINE_MATH = /(?<!\\)\$(?=[^\s$])[^$]*?[^\s$\\]\$(?!\d)/g;
/** A TeX command with its simple braced arguments: `\emph{x}`, `\alpha`, `\frac{1}{2}`. */
const COMMAND = /\\[A-Za-z]+(?:\{[^{}$]*\})*/g;
const MAY_HAVE_TEX = /[$\\]/;

/**
 * Inline TeX in a title or abstract, as text: paper feeds, arXiv and the databases that copy it
 * keep the author's TeX ("Adaptive $Q$-Aid", "EMPO$^2$"), which every reader but BibTeX's
 * (which decodes TeX itself) passes on as written. Each piece is read by the BibTeX reader's
 * decoder, so both agree: "$Q$" → "Q", "$O(n^2)$" → "O(n²)", "$\alpha$" → "α", "\emph{x}" → "x".
 * Nothing else changes: no dashes, quotes or braces are touched outside math and commands.
 * The result is text, shown as text, never as markup.
 */
export function inlineTexToText(text: string): string {
  if (!MAY_HAVE_TEX.test(text)) return text;
  return text.replace(INLINE_MATH, latexToText).replace(COMMAND, commandText);
}

/** A command as text; one that means nothing to the decoder and takes no argument ("C:\Users") is not TeX, and stays as written. */
function commandText(command: string): string {
  const text = latexToText(command);
  return text === "" && !command.includes("{") ? command : text;
}
