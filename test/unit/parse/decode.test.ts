import { describe, expect, it } from "vitest";
import { BinaryFileError, decodeBytes, normalizeLineEnds } from "../../../src/parse/decode";
import { readPapers } from "../../../src/load/readPapers";

const listing = "LGOct 4, 2023\nA Study of CaféAnn Lée, Bo Chen\n";
const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string, order: "le" | "be") =>
  [...text].flatMap((c) => (order === "le" ? [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8] : [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]));
// "Café" and "Lée" in Windows-1252: é is the single byte 0xE9, which is never valid UTF-8 on its own.
const latin1 = (text: string) => new Uint8Array([...text].map((c) => c.charCodeAt(0)));

describe("decoding the bytes of a file", () => {
  it("reads UTF-8, with or without a byte-order mark", () => {
    expect(decodeBytes(utf8(listing))).toEqual({ text: listing, encoding: "utf-8" });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(listing)]))).toEqual({ text: listing, encoding: "utf-8" });
  });

  it("reads UTF-16 in both byte orders, with a byte-order mark or without one", () => {
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, ...utf16(listing, "le")]))).toEqual({ text: listing, encoding: "utf-16le" });
    expect(decodeBytes(new Uint8Array([0xfe, 0xff, ...utf16(listing, "be")]))).toEqual({ text: listing, encoding: "utf-16be" });
    expect(decodeBytes(new Uint8Array(utf16(listing, "le")))).toEqual({ text: listing, encoding: "utf-16le" });
    expect(decodeBytes(new Uint8Array(utf16(listing, "be")))).toEqual({ text: listing, encoding: "utf-16be" });
  });

  it("reads bytes that are not UTF-8 as Windows-1252, and says so at the first such line", () => {
    const decoded = decodeBytes(latin1("first line\nLGOct 4, 2023\nA Study of Caf\u00e9Ann L\u00e9e, Bo Chen \u2013 \u201cquoted\u201d\n".replace(/[\u2013\u201c\u201d]/g, (c) => String.fromCharCode({ "\u2013": 0x96, "\u201c": 0x93, "\u201d": 0x94 }[c]!))));
    expect(decoded.encoding).toBe("windows-1252");
    expect(decoded.text).toBe("first line\nLGOct 4, 2023\nA Study of CaféAnn Lée, Bo Chen – “quoted”\n");
    expect(decoded.warning).toEqual({
      line: 3,
      message: "the file is not UTF-8 (first on this line); read it as Windows-1252 (Latin-1): if accented letters look wrong, save the file as UTF-8",
    });
  });

  it("follows the 8-bit encoding an XML file declares", () => {
    const decoded = decodeBytes(latin1('<?xml version="1.0" encoding="ISO-8859-1"?>\n<dblp><author>J\u00fcrgen</author></dblp>\n'));
    expect(decoded).toEqual({
      text: '<?xml version="1.0" encoding="ISO-8859-1"?>\n<dblp><author>Jürgen</author></dblp>\n',
      encoding: "ISO-8859-1",
      warning: { line: 2, message: "read as ISO-8859-1, as the file declares (it is not UTF-8)" },
    });
  });

  it("keeps UTF-8 with a few broken bytes as UTF-8, and warns at the first", () => {
    const bytes = new Uint8Array([...utf8("LGOct 4, 2023\nCafé "), 0xff, ...utf8(" MoreAnn Lee\n")]);
    expect(decodeBytes(bytes)).toEqual({
      text: "LGOct 4, 2023\nCafé \uFFFD MoreAnn Lee\n",
      encoding: "utf-8",
      warning: { line: 2, message: 'some bytes are not valid UTF-8 and show as "\uFFFD" (first on this line)' },
    });
  });

  it.each([
    ["%PDF-1.7\n", "this is a PDF document, not a text export"],
    ["PK\u0003\u0004rest", "this is a ZIP archive (such as an .xlsx or .docx file), not a text export: unpack it, or export as CSV or text"],
    ["\u001f\u008bgz", "this is a gzip-compressed file: decompress it first"],
    ["abc\u0000\u0001\u0002def", "this is a binary file, not text (it contains zero bytes)"],
  ])("names a binary file for what it is: %j", (start, message) => {
    expect(() => decodeBytes(latin1(start))).toThrow(new BinaryFileError(message));
  });

  it("turns CRLF and lone CR line ends into LF", () => {
    expect(normalizeLineEnds("a\r\nb\rc\n\r\nd")).toBe("a\nb\nc\n\nd");
  });
});

describe("inputs as bytes, through readPapers", () => {
  const parse = (bytes: Uint8Array, name = "in.txt") => readPapers([{ name, bytes }], { referenceDate: "2026-11-25" });

  it("reads a Windows-1252 listing with old Mac line ends, and puts the encoding in the report and the warnings", () => {
    const result = parse(latin1("LGOct 4, 2023\rA Study of Caf\u00e9Ann L\u00e9e, Bo Chen\r"));
    expect(result.papers.map((p) => [p.title, p.authors, p.source.line])).toEqual([["A Study of Café", ["Ann Lée", "Bo Chen"], 1]]);
    expect(result.files).toEqual([{ file: "in.txt", format: "listing", papers: 1, encoding: "windows-1252" }]);
    expect(result.warnings.map((w) => [w.file, w.line])).toEqual([["in.txt", 2]]);
  });

  it("says a binary file is binary, not that it lacks a header line", () => {
    const result = parse(latin1("PK\u0003\u0004..."), "export.xlsx");
    expect(result.errors).toEqual([{ file: "export.xlsx", message: "this is a ZIP archive (such as an .xlsx or .docx file), not a text export: unpack it, or export as CSV or text" }]);
    expect(result.papers).toEqual([]);
  });
});
