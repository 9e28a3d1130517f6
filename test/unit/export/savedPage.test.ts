import { describe, expect, it } from "vitest";
import { readSavedPage, SAVED_PAGE_ELEMENT_ID, savedPageText, scriptSafeJson, withSavedPage, type SavedPage } from "../../../src/export/savedPage";

// The page's script has the data element's tag in its text, as the built page's does.
const SCRIPT = `<script type="module">const tag = '<script type="application/json" id="${SAVED_PAGE_ELEMENT_ID}">';</script>`;
const TEMPLATE = `<!doctype html><html><head>${SCRIPT}</head><body></body></html>`;

// A name and a file name that would end the element, or open a comment, if written as they are.
const page: SavedPage = {
  savedOn: "2026-12-06",
  sources: [
    { name: "pasted</script><!--.txt", text: "Ana Díaz and Bo </script> Li\n" },
    { name: "refs.bib", bytes: new Uint8Array([0xff, 0xfe, 0x41, 0x00]) },
  ],
  referenceDate: "2026-11-25",
  maxAuthors: 40,
  decisions: [{ action: "merge", people: ["a </script> b", "ana díaz"], labels: ["<!-- A", "Ana"] }],
  view: "?min-papers=2&author=ana+d%C3%ADaz",
};

describe("scriptSafeJson", () => {
  it("writes <, >, & and the line separators as \\u escapes, and reads back the same", () => {
    const value = { s: "</script><!--&\u2028" };
    expect(scriptSafeJson(value)).toBe('{"s":"\\u003c/script\\u003e\\u003c!--\\u0026\\u2028"}');
    expect(JSON.parse(scriptSafeJson(value))).toEqual(value);
  });
});

describe("withSavedPage", () => {
  const html = withSavedPage(TEMPLATE, page);

  it("puts one data element before the last </body>, and nothing in it can end it early", () => {
    expect(html.startsWith(TEMPLATE.slice(0, TEMPLATE.lastIndexOf("</body>")))).toBe(true);
    expect(html.endsWith(`</script>\n</body></html>`)).toBe(true);
    const text = savedPageText(html)!;
    expect(html.lastIndexOf(`<script type="application/json" id="${SAVED_PAGE_ELEMENT_ID}">`)).toBe(TEMPLATE.lastIndexOf("</body>"));
    // The only "</script>" after the element's start is its own end; no "<!--" at all.
    expect(text).not.toMatch(/</);
    expect(text).toContain('"name":"pasted\\u003c/script\\u003e\\u003c!--.txt"');
  });

  it("gives back the same inputs (text as text, bytes as bytes), decisions and view", () => {
    const read = readSavedPage(savedPageText(html)!);
    expect(read).toEqual({ page, problems: [] });
  });

  it("refuses a template with no </body>, or one that has data already", () => {
    expect(() => withSavedPage("<html></html>", page)).toThrow("not one");
    expect(() => withSavedPage(html, page)).toThrow("not one");
  });
});

describe("readSavedPage", () => {
  const text = savedPageText(withSavedPage(TEMPLATE, page))!;
  const json = JSON.parse(text) as Record<string, unknown>;
  const altered = (patch: Record<string, unknown>) => JSON.stringify({ ...json, ...patch });

  it("says what is wrong with a damaged element, and never throws", () => {
    expect(readSavedPage("{")).toEqual({ error: expect.stringMatching(/^its data is not JSON \(/) as unknown });
    expect(readSavedPage("null")).toEqual({ error: "its data is not a saved page's" });
    expect(readSavedPage(altered({ version: 2 }))).toEqual({ error: "its data is of version 2, which this version does not read (1)" });
    expect(readSavedPage(altered({ savedOn: "6 Dec" }))).toEqual({ error: "its data lacks a field or has one of the wrong kind" });
    expect(readSavedPage(altered({ data: "bm90IGd6aXA=" }))).toEqual({ error: expect.stringMatching(/^its files cannot be unpacked/) as unknown });
    expect(readSavedPage(altered({ data: "%%%" }))).toEqual({ error: expect.stringMatching(/^its files cannot be unpacked/) as unknown });
    // 30 + 4 bytes of files, said to be 30 + 5.
    const sources = (json.sources as { bytes: number }[]).map((s, i) => ({ ...s, bytes: s.bytes + i }));
    expect(readSavedPage(altered({ sources }))).toEqual({ error: "its files are not as long as it says (cut short?)" });
  });

  it("keeps the data when a decision makes no sense, and names it", () => {
    const decisions = JSON.stringify({ format: "coauthor-explorer-identities", version: 1, decisions: [{ action: "merge", people: ["x", "x"] }] });
    const read = readSavedPage(altered({ decisions }));
    expect("page" in read && read.page.decisions).toEqual([]);
    expect("page" in read && read.problems).toEqual([expect.stringMatching(/^decision 1 is neither/) as unknown]);
    expect("page" in read && read.page.sources).toEqual(page.sources);
  });
});
