import { binaryKind, BinaryFileError, checkUtf8, declaredXmlEncoding, decodeWindows1252, REPLACEMENT, utf16WithoutMark } from "./decode";

/**
 * Decodes a file that arrives in pieces (too big to hold), deciding the encoding from its first
 * piece as decodeBytes does from the whole: a byte-order mark, UTF-16 without one, a binary
 * file (thrown), an 8-bit encoding an XML file declares or the bytes show, else UTF-8. Line
 * ends become LF, also where a CRLF is cut between two pieces.
 */
export interface StreamDecoder {
  encoding: string;
  /** Text of the next piece of bytes. */
  decode(bytes: Uint8Array): string;
  /** Whatever the last piece left unfinished. */
  end(): string;
  /** The first line where bytes could not be decoded (shown as U+FFFD), once there is one. */
  undecodableLine: number;
}

export function createStreamDecoder(head: Uint8Array): StreamDecoder {
  let skip = 0;
  let encoding: string;
  if (head[0] === 0xff && head[1] === 0xfe) (encoding = "utf-16le"), (skip = 2);
  else if (head[0] === 0xfe && head[1] === 0xff) (encoding = "utf-16be"), (skip = 2);
  else {
    encoding = utf16WithoutMark(head) ?? "";
    if (!encoding) {
      const binary = binaryKind(head);
      if (binary) throw new BinaryFileError(binary);
      // Only the head is known: the last few bytes may be a character cut in two, not a broken one.
      const { invalidAt, multibyte } = checkUtf8(head.subarray(0, Math.max(0, head.length - 4)));
      encoding = declaredXmlEncoding(head) ?? (invalidAt >= 0 && !multibyte ? "windows-1252" : "utf-8");
    }
  }
  // Node's TextDecoder reads windows-1252 as plain Latin-1 (see decodeWindows1252); every other encoding it reads right.
  const decoder = new TextDecoder(encoding).encoding === "windows-1252" ? null : new TextDecoder(encoding);
  let pendingCr = false;
  let lines = 1;
  const state: StreamDecoder = {
    encoding,
    undecodableLine: 0,
    decode(bytes) {
      let piece = bytes;
      if (skip > 0) {
        piece = bytes.subarray(skip);
        skip = 0;
      }
      return normalize(decoder ? decoder.decode(piece, { stream: true }) : decodeWindows1252(piece));
    },
    end() {
      const rest = normalize(decoder ? decoder.decode() : "");
      // A lone CR at the very end still ends a line.
      const last = pendingCr ? "\n" : "";
      pendingCr = false;
      return rest + last;
    },
  };
  const normalize = (raw: string): string => {
    let text = raw;
    if (pendingCr) {
      text = `\r${text}`;
      pendingCr = false;
    }
    if (text.endsWith("\r")) {
      pendingCr = true;
      text = text.slice(0, -1);
    }
    if (text.indexOf("\r") >= 0) text = text.replace(/\r\n?/g, "\n");
    if (state.undecodableLine === 0) {
      const at = text.indexOf(REPLACEMENT);
      if (at >= 0) state.undecodableLine = lines + countNewlines(text, at);
    }
    if (state.undecodableLine === 0) lines += countNewlines(text, text.length);
    return text;
  };
  return state;
}

function countNewlines(text: string, until: number): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < until; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
