import { describe, expect, it } from "vitest";
import { readPapers } from "../../../src/load/readPapers";
import { inlineTexToText } from "../../../src/parse/inlineTex";

describe("inline TeX in titles", () => {
  it("reads math between dollars as text", () => {
    expect(inlineTexToText("Adaptive $Q$-Aid for Offline RL")).toBe("Adaptive Q-Aid for Offline RL");
    expect(inlineTexToText("Sorting in $O(n^2)$ time")).toBe("Sorting in O(n²) time");
    expect(inlineTexToText("$\\alpha$-stable laws")).toBe("α-stable laws");
    expect(inlineTexToText("H$_2$O and $^{13}$C")).toBe("H₂O and ¹³C");
    expect(inlineTexToText("A $\\frac{1}{2}$-approximation")).toBe("A 1/2-approximation");
  });

  it("reads TeX commands as text, with their argument", () => {
    expect(inlineTexToText("The \\emph{Drosophila} genome")).toBe("The Drosophila genome");
    expect(inlineTexToText("\\textsc{Bert} and \\alpha")).toBe("Bert and α");
  });

  it("leaves alone dollars and backslashes that are not TeX", () => {
    expect(inlineTexToText("From $5 to $10 a month")).toBe("From $5 to $10 a month");
    expect(inlineTexToText("It costs $5")).toBe("It costs $5");
    expect(inlineTexToText("Paths like C:\\Users\\x")).toBe("Paths like C:\\Users\\x");
    expect(inlineTexToText("An escaped \\$Q\\$ price")).toBe("An escaped \\$Q\\$ price");
    // Outside math and commands nothing changes: no dashes, quotes or braces are read.
    expect(inlineTexToText("Pre--training, ``quoted'' and {braced} ~100x")).toBe("Pre--training, ``quoted'' and {braced} ~100x");
  });
});

describe("titles from every reader", () => {
  const read = (name: string, text: string) => readPapers([{ name, text }], { referenceDate: "2026-11-25" }).papers;

  it("are text in a listing, RIS and CSL-JSON alike", () => {
    expect(read("l.txt", "LGFeb 3, 2024\nAdaptive $Q$-AidAnn Lee, Bo Chen\n").map((p) => p.title)).toEqual(["Adaptive Q-Aid"]);
    expect(read("r.ris", "TY  - JOUR\nTI  - Adaptive $Q$-Aid\nAU  - Lee, Ann\nPY  - 2024\nER  - \n").map((p) => p.title)).toEqual(["Adaptive Q-Aid"]);
    expect(read("c.json", JSON.stringify([{ type: "article", title: "Adaptive $Q$-Aid", author: [{ family: "Lee", given: "Ann" }], issued: { "date-parts": [[2024]] } }])).map((p) => p.title)).toEqual([
      "Adaptive Q-Aid",
    ]);
  });

  it("keep BibTeX's decoding: a dollar written \\$ is a dollar", () => {
    expect(read("b.bib", "@article{a, title = {Adaptive $Q$-Aid for \\$5}, author = {Ann Lee}, year = 2024}").map((p) => p.title)).toEqual(["Adaptive Q-Aid for $5"]);
  });

  it("make the same paper one, whichever reader kept the TeX", () => {
    const papers = readPapers(
      [
        { name: "l.txt", text: "LGFeb 3, 2024\nAdaptive $Q$-AidAnn Lee, Bo Chen\n" },
        { name: "b.bib", text: "@article{a, title = {Adaptive {$Q$}-Aid}, author = {Ann Lee and Bo Chen}, year = 2024}" },
      ],
      { referenceDate: "2026-11-25" },
    ).papers;
    expect(papers.map((p) => p.title)).toEqual(["Adaptive Q-Aid"]);
  });
});
