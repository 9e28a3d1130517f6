import { describe, expect, it } from "vitest";
import { dataFromFragment, fileList, fragmentForData, fragmentWithoutData, openedFilesWarnings } from "../../../src/state/dataAddress";

const h1 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
const h2 = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";

describe("the data a link opens, in the fragment", () => {
  it("writes the data, or each file's name and SHA-256, and reads them back", () => {
    expect(fragmentForData({ kind: "none" })).toBe("");
    expect(fragmentForData({ kind: "data", payload: "1.eNo-_x" })).toBe("#data=1.eNo-_x");
    const files = fragmentForData({ kind: "files", files: [{ name: "cites.bib", sha256: h1 }, { name: "my dblp:2.xml", sha256: h2 }] });
    expect(files).toBe(`#file=cites.bib%3A${h1}&file=my+dblp%3A2.xml%3A${h2}`);
    expect(dataFromFragment(files)).toEqual({ data: { kind: "files", files: [{ name: "cites.bib", sha256: h1 }, { name: "my dblp:2.xml", sha256: h2 }] }, ignored: [] });
    expect(dataFromFragment("#data=1.eNo-_x")).toEqual({ data: { kind: "data", payload: "1.eNo-_x" }, ignored: [] });
    expect(dataFromFragment("")).toEqual({ data: { kind: "none" }, ignored: [] });
  });

  it("keeps a file whose hash is damaged or cut, to be asked for by its name, and says so", () => {
    expect(dataFromFragment(`#file=cites.bib:${h1.slice(0, 30)}&file=dblp.xml`)).toEqual({
      data: { kind: "files", files: [{ name: `cites.bib:${h1.slice(0, 30)}`, sha256: null }, { name: "dblp.xml", sha256: null }] },
      ignored: [`the SHA-256 of cites.bib:${h1.slice(0, 30)} (unreadable: the file is asked for by its name alone)`, "the SHA-256 of dblp.xml (unreadable: the file is asked for by its name alone)"],
    });
    expect(dataFromFragment(`#file=:${h1}&file=`)).toEqual({ data: { kind: "none" }, ignored: [`file=:${h1}`, "file="] });
    expect(dataFromFragment(`#file=A.bib:${h1.toUpperCase()}`).data).toEqual({ kind: "files", files: [{ name: "A.bib", sha256: h1 }] });
  });

  it("prefers the data to files named beside it, and never throws on a damaged fragment", () => {
    expect(dataFromFragment(`#data=1.x&file=a.bib:${h1}`)).toEqual({ data: { kind: "data", payload: "1.x" }, ignored: [`file=a.bib:${h1}`] });
    expect(dataFromFragment("#data=")).toEqual({ data: { kind: "none" }, ignored: ["data= (empty)"] });
    expect(dataFromFragment("#%%%&&==&file=%E0%A4%A")).toMatchObject({ data: { kind: "files" } });
  });

  it("drops the data from a fragment and keeps the rest", () => {
    expect(fragmentWithoutData(`#data=1.x&file=a.bib:${h1}`)).toBe("");
    expect(fragmentWithoutData("#data=1.x&note=keep")).toBe("#note=keep");
  });
});

describe("the files opened for a link", () => {
  const named = [{ name: "cites.bib", sha256: h1 }, { name: "dblp.xml", sha256: h2 }];

  it("says nothing when every file is there, under its name or another", () => {
    expect(openedFilesWarnings(named, [{ name: "cites.bib", sha256: h1 }, { name: "dblp.xml", sha256: h2 }])).toEqual([]);
    expect(openedFilesWarnings(named, [{ name: "renamed.bib", sha256: h1 }, { name: "dblp (1).xml", sha256: h2 }])).toEqual([]);
  });

  it("warns of a file of the same name with other content, and of a file not opened", () => {
    expect(openedFilesWarnings(named, [{ name: "cites.bib", sha256: h2.replace("6", "7") }])).toEqual([
      "cites.bib is not the file the link was made from (its content differs): the view may not match",
      "dblp.xml was not opened: the view may show less than the link's",
    ]);
  });

  it("knows a file by its name alone when the link's hash was unreadable", () => {
    expect(openedFilesWarnings([{ name: "cites.bib", sha256: null }], [{ name: "cites.bib", sha256: h1 }])).toEqual([]);
    expect(openedFilesWarnings([{ name: "cites.bib", sha256: null }], [{ name: "other.bib", sha256: h1 }])).toEqual(["cites.bib was not opened: the view may show less than the link's"]);
  });

  it("names the files as a sentence does", () => {
    expect(fileList(["a.bib"])).toBe("a.bib");
    expect(fileList(["cites.bib", "dblp.xml"])).toBe("cites.bib and dblp.xml");
    expect(fileList(["a.bib", "b.ris", "dblp.xml"])).toBe("a.bib, b.ris and dblp.xml");
  });
});
