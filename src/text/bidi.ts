// Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the Arabic letter mark:
// they reorder the text around them, so "abc\u202Efdp.exe" would display as "abcexe.pdf".
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069\u061c]/;
const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, "g");

/**
 * Text from files with its bidirectional controls removed, so a title or a name cannot display
 * as something it is not. Right-to-left scripts still display right to left: that comes from
 * the letters themselves, not from these controls.
 */
export function neutralizeBidi(text: string): string {
  return BIDI_CONTROL.test(text) ? text.replace(BIDI_CONTROLS, "") : text;
}
