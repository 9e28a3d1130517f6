import { describe, expect, it } from "vitest";
import { csvRecord } from "../../../src/export/csv";

describe("a CSV record", () => {
  it("quotes fields with commas, quotes and line breaks, doubling the quotes, and ends with CRLF", () => {
    expect(csvRecord(["plain", 'say "hi"', "a, b", "two\nlines", 3, -1.5, null, undefined])).toBe('plain,"say ""hi""","a, b","two\nlines",3,-1.5,,\r\n');
  });

  it("keeps a spreadsheet from running text as a formula, and leaves numbers and hyphenated words alone", () => {
    expect(csvRecord(["=HYPERLINK(1)", "+1", "@SUM(A1)", "\tx", "-cmd", "-3 dB", "Jean-Paul"])).toBe("'=HYPERLINK(1),'+1,'@SUM(A1),'\tx,'-cmd,-3 dB,Jean-Paul\r\n");
    expect(csvRecord(['=1+"2"'])).toBe(`"'=1+""2"""\r\n`);
  });
});
