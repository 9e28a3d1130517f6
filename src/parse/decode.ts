/**
 * Bytes of a file to text, guessing the encoding the way a careful reader would: a byte-order
 * mark decides; UTF-16 without one shows as a zero in every other byte; valid UTF-8 is UTF-8;
 * bytes that are not valid UTF-8 and hold no UTF-8 sequence at all come from an 8-bit
 * encoding, read as Windows-1252 (Latin-1 with the printer's quotes and dashes). Files that
 * are not text at all are recognised and named, rather than parsed as garbage.
 */
export interface DecodedText {
  text: string;
  /** The name of the encoding used, as TextDecoder knows it: "utf-8", "utf-16le", "windows-1252" … */
  encoding: string;
  /** Something the reader should know about the encoding, with the line it concerns. */
  warning?: { line: number; message: string };
}

/** A file that is not text, with what it seems to be instead. */
export class BinaryFileError extends Error {}

export const REPLACEMENT = "\uFFFD";

export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  const utf16 = utf16WithoutMark(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  const binary = binaryKind(bytes);
  if (binary) throw new BinaryFileError(binary);

  const { invalidAt, multibyte } = checkUtf8(bytes);
  if (invalidAt < 0) return { text: new TextDecoder("utf-8").decode(bytes), encoding: "utf-8" }; // drops a UTF-8 byte-order mark
  const line = lineAt(bytes, invalidAt);
  if (multibyte) {
    // Mostly UTF-8 with a few broken bytes: keep UTF-8 and say where the damage starts.
    return {
      text: new TextDecoder("utf-8").decode(bytes),
      encoding: "utf-8",
      warning: { line, message: `some bytes are not valid UTF-8 and show as "${REPLACEMENT}" (first on this line)` },
    };
  }
  const declared = declaredXmlEncoding(bytes);
  const encoding = declared ?? "windows-1252";
  return {
    text: new TextDecoder(encoding).encoding === "windows-1252" ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes),
    encoding,
    warning: {
      line,
      message: declared
        ? `read as ${declared}, as the file declares (it is not UTF-8)`
        : "the file is not UTF-8 (first on this line); read it as Windows-1252 (Latin-1): if accented letters look wrong, save the file as UTF-8",
    },
  };
}

/**
 * Where the first byte that breaks UTF-8 is (-1 when none), and whether any valid multi-byte
 * sequence came before it. Overlong forms and surrogates count as broken, as in TextDecoder.
 */
export function checkUtf8(bytes: Uint8Array): { invalidAt: number; multibyte: boolean } {
  let multibyte = false;
  let invalidAt = -1;
  const n = bytes.length;
  for (let i = 0; i < n; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length = 0;
    let min = 0;
    if (b >= 0xc2 && b <= 0xdf) (length = 2), (min = 0x80);
    else if (b >= 0xe0 && b <= 0xef) (length = 3), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (length = 4), (min = 0x10000);
    let code = length === 2 ? b & 0x1f : length === 3 ? b & 0x0f : b & 0x07;
    let valid = length > 0 && i + length <= n;
    for (let k = 1; valid && k < length; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) valid = false;
      code = (code << 6) | (c & 0x3f);
    }
    if (valid && (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))) valid = false;
    if (!valid) {
      if (invalidAt < 0) invalidAt = i;
      // One broken sequence is enough to know; a valid one later still tells the file is UTF-8.
      i++;
      if (multibyte) break;
      continue;
    }
    multibyte = true;
    if (invalidAt >= 0) break;
    i += length;
  }
  return { invalidAt, multibyte };
}

/** UTF-16 without a byte-order mark: ASCII text then has a zero in every other byte. */
export function utf16WithoutMark(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 2048);
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return "utf-16be";
  return null;
}

const SIGNATURES: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], "a PDF document, not a text export"],
  [[0x50, 0x4b, 0x03, 0x04], "a ZIP archive (such as an .xlsx or .docx file), not a text export: unpack it, or export as CSV or text"],
  [[0xd0, 0xcf, 0x11, 0xe0], "an old Microsoft Office file (such as .xls), not a text export: export it as CSV"],
  [[0x1f, 0x8b], "a gzip-compressed file: decompress it first"],
  [[0x42, 0x5a, 0x68], "a bzip2-compressed file: decompress it first"],
  [[0x89, 0x50, 0x4e, 0x47], "a PNG image, not a text export"],
  [[0xff, 0xd8, 0xff], "a JPEG image, not a text export"],
];

/** What a binary file is, or null when the bytes look like text. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [signature, kind] of SIGNATURES) {
    if (signature.every((byte, i) => bytes[i] === byte)) return `this is ${kind}`;
  }
  const n = Math.min(bytes.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return "this is a binary file, not text (it contains zero bytes)";
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > n * 0.1 ? "this is a binary file, not text (it is full of control characters)" : null;
}

/** `encoding="…"` in an XML declaration, when it names an 8-bit encoding TextDecoder knows. */
export function declaredXmlEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 200));
  const name = /^\s*<\?xml[^>]*encoding=["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
  // A file that claims UTF-8 but is not is read like any other undeclared one.
  if (!name || /^utf-?(8|16)/i.test(name)) return null;
  try {
    new TextDecoder(name);
    return name;
  } catch {
    return null;
  }
}

// Windows-1252's 0x80–0x9F; the rest of its bytes are the Unicode code points of the same value.
// Written out because Node 20's TextDecoder reads windows-1252 as plain Latin-1 there (browsers do not).
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

export function decodeWindows1252(bytes: Uint8Array): string {
  // Latin-1 is native and fast everywhere (Node decodes any of these labels as Latin-1, browsers
  // as Windows-1252); only the 32 bytes where the two differ are looked up, when there are any.
  const text = new TextDecoder("latin1").decode(bytes);
  return C1_CONTROLS.test(text) ? text.replace(C1_CONTROLS_ALL, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!) : text;
}

const C1_CONTROLS = /[\x80-\x9f]/;
const C1_CONTROLS_ALL = /[\x80-\x9f]/g;

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  // Counted as normalizeLineEnds will see them: LF, CRLF and a lone CR each end a line.
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  return line;
}

/** CRLF and lone CR (old Mac files) become LF, so every parser sees one kind of line end. */
export function normalizeLineEnds(text: string): string {
  return text.indexOf("\r") < 0 ? text : text.replace(/\r\n?/g, "\n");
}
