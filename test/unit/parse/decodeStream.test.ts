import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../../src/parse/decode";
import { createStreamDecoder } from "../../../src/parse/decodeStream";

/** Decodes bytes in pieces of `size`, as a stream would deliver them. */
function inPieces(bytes: Uint8Array, size: number, headSize = 64): { text: string; encoding: string; undecodableLine: number } {
  const decoder = createStreamDecoder(bytes.subarray(0, headSize));
  let text = "";
  for (let at = 0; at < bytes.length; at += size) text += decoder.decode(bytes.subarray(at, at + size));
  text += decoder.end();
  return { text, encoding: decoder.encoding, undecodableLine: decoder.undecodableLine };
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decoding a stream of bytes", () => {
  const text = "LGOct 4, 2023\r\nÉtude à Zürich: 𝛼-tests\rBo Chen\r\n";
  it.each([1, 2, 3, 7, 1000])("gives the same text as decoding the whole, in pieces of %i bytes", (size) => {
    expect(inPieces(utf8(text), size)).toEqual({ text: "LGOct 4, 2023\nÉtude à Zürich: 𝛼-tests\nBo Chen\n", encoding: "utf-8", undecodableLine: 0 });
  });

  it("reads UTF-16 with a byte-order mark, cut anywhere", () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...[..."Zoë\nLee\r"].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(inPieces(bytes, 3)).toEqual({ text: "Zoë\nLee\n", encoding: "utf-16le", undecodableLine: 0 });
  });

  it("reads an XML file that declares ISO-8859-1 as Latin-1, as decodeBytes does", () => {
    const xml = '<?xml version="1.0" encoding="ISO-8859-1"?>\n<dblp><author>J\u00fcrgen M\u00fcller</author></dblp>\n';
    const bytes = new Uint8Array([...xml].map((c) => c.charCodeAt(0)));
    expect(inPieces(bytes, 5).text).toBe(decodeBytes(bytes).text);
    expect(inPieces(bytes, 5).encoding).toBe("ISO-8859-1");
  });

  it("says on which line the first undecodable bytes are", () => {
    const bytes = new Uint8Array([...utf8("one\ntwo é\nthree "), 0xff, ...utf8("\nfour\n")]);
    expect(inPieces(bytes, 4, 32)).toEqual({ text: "one\ntwo é\nthree \uFFFD\nfour\n", encoding: "utf-8", undecodableLine: 3 });
  });
});
