/**
 * Bytes of a file to text: UTF-8 unless a byte-order mark says UTF-16 (as Windows Notepad
 * saves "Unicode" files). Bytes that are not valid text become U+FFFD, which the parser then
 * reports with its line (see firstUndecodableLine), so nothing is lost silently.
 */
export function decodeBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return new TextDecoder("utf-8").decode(bytes); // drops a UTF-8 byte-order mark
}

export const REPLACEMENT = "\uFFFD";

/** The 1-based line of the first undecodable character, or 0 when there is none. */
export function firstUndecodableLine(text: string): number {
  const at = text.indexOf(REPLACEMENT);
  if (at < 0) return 0;
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < at; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
