import { describe, expect, it } from "vitest";
import { arxivIdFromDoi, arxivIdFromField, arxivIdFromLabel, arxivIdFromUrl, arxivIdInText, bareDoi, bareOrcid, doiOfUrl } from "../../../src/parse/identifiers";

describe("the one form every reader gives an identifier", () => {
  it.each([
    ["10.1145/3292500.3330701", "10.1145/3292500.3330701"],
    ["https://doi.org/10.1145/ABC.123", "10.1145/abc.123"],
    ["http://dx.doi.org/10.1000/xyz", "10.1000/xyz"],
    ["https://doi.acm.org/10.1145/1", "10.1145/1"],
    ["doi: 10.1000/xyz", "10.1000/xyz"],
    ["DOI:10.1000/XYZ", "10.1000/xyz"],
    ["10.1000%2Fxyz", "10.1000/xyz"],
    ["10.1000/xyz PY  - 2020", "10.1000/xyz"],
    ["10.1000.10/xyz", "10.1000.10/xyz"],
    ["not a doi", null],
    ["10.12/too-short-a-registrant", null],
  ])("DOI %j → %j", (raw, doi) => {
    expect(bareDoi(raw)).toBe(doi);
  });

  it("takes a DOI from a doi.org address only", () => {
    expect(doiOfUrl("https://doi.org/10.1/x")).toBe(null); // "10.1" is no registrant
    expect(doiOfUrl("https://doi.org/10.1000/x")).toBe("10.1000/x");
    expect(doiOfUrl("https://example.org/10.1000/x")).toBe(null);
  });

  it("names an arXiv preprint the same from a link, a DOI, a label, a field or free text", () => {
    expect(arxivIdFromUrl("https://arxiv.org/abs/2301.00001v2")).toBe("2301.00001");
    expect(arxivIdFromUrl("https://arxiv.org/pdf/math.GT/0309136v1.pdf")).toBe("math/0309136");
    expect(arxivIdFromDoi("10.48550/arxiv.2301.00001")).toBe("2301.00001");
    expect(arxivIdFromDoi("10.48550/ARXIV.MATH/0309136")).toBe("math/0309136");
    expect(arxivIdFromLabel("arXiv:2301.00001v1")).toBe("2301.00001");
    expect(arxivIdFromLabel("2301.00001")).toBe(null);
    expect(arxivIdFromField("cs/0112017v3")).toBe("cs/0112017");
    expect(arxivIdInText("arXiv preprint arXiv:2301.00001")).toBe("2301.00001");
    expect(arxivIdFromUrl("https://example.org/abs/2301.00001")).toBe(null);
  });

  it("reads an ORCID iD from a link or bare, with its check character", () => {
    expect(bareOrcid("https://orcid.org/0000-0002-1694-233x")).toBe("0000-0002-1694-233X");
    expect(bareOrcid("0000-0002-1825-0097")).toBe("0000-0002-1825-0097");
    expect(bareOrcid("orcid.org/0000-0002-1825-0097/")).toBe("0000-0002-1825-0097");
    expect(bareOrcid("0000-0002-1825")).toBe(null);
    expect(bareOrcid("x0000-0002-1825-0097")).toBe(null);
  });
});
