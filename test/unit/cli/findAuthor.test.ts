import { describe, expect, it } from "vitest";
import { editDistance, findAuthor } from "../../../src/cli/findAuthor";
import { authorEntry, type AuthorEntry } from "../../../src/search/authorIndex";
import { foldName } from "../../../src/text/fold";

const entry = (label: string, papers: number, ...aliases: string[]): AuthorEntry => authorEntry(foldName(label), label, papers, aliases);
const index = [entry("Ann Lee", 3), entry("Ann Leeds", 5), entry("José Núñez", 2, "J. Nunez"), entry("Kim Jeonghye", 1), entry("Min Kim", 4), entry("Kim Min", 2), entry("Jeonghye Kimura", 1)];
const labels = (entries: AuthorEntry[]) => entries.map((e) => e.label);
const found = (name: string) => {
  const match = findAuthor(index, name);
  return match.kind === "found" ? match.author.label : match;
};

describe("finding an author by name", () => {
  it("takes the whole folded name over a part of a longer one", () => {
    // "ann lee" also starts the words of "Ann Leeds", but is Ann Lee's whole name.
    expect(found("Ann Lee")).toBe("Ann Lee");
    expect(found("ANN  LEEDS")).toBe("Ann Leeds");
    expect(found("jose nunez")).toBe("José Núñez");
    // Two people whose names have the same words: the order given tells them apart.
    expect(found("min kim")).toBe("Min Kim");
    expect(found("Kim Min")).toBe("Kim Min");
  });

  it("takes the same words in another order, then any spelling's word starts", () => {
    // "jeonghye kim" also starts the words of "Jeonghye Kimura", but has all of Kim Jeonghye's.
    expect(found("Jeonghye Kim")).toBe("Kim Jeonghye");
    // An alias: "J. Nunez" folds to "j nunez".
    expect(found("j. nunez")).toBe("José Núñez");
    expect(found("Núñ")).toBe("José Núñez");
  });

  it("takes the forms bibliographies write, as the search box does", () => {
    expect(found("Kim, Jeong-hye")).toBe("Kim Jeonghye");
    expect(found("J. Kimura")).toBe("Jeonghye Kimura");
    expect(found("Nunez J")).toBe("José Núñez");
    // Two Kims have a given name starting with M: the initial does not choose.
    const match = findAuthor(index, "M. Kim");
    expect(match.kind === "ambiguous" && labels(match.authors)).toEqual(["Min Kim", "Kim Min"]);
  });

  it("lists everyone a name matches, most papers first, when it matches several", () => {
    const match = findAuthor(index, "Kim");
    expect(match.kind).toBe("ambiguous");
    // Three names have the word Kim: Kimura only begins with it, so it is not among them.
    expect(match.kind === "ambiguous" && labels(match.authors)).toEqual(["Min Kim", "Kim Min", "Kim Jeonghye"]);
    expect(found("Kimu")).toBe("Jeonghye Kimura");
    const ann = findAuthor(index, "ann le");
    expect(ann.kind === "ambiguous" && labels(ann.authors)).toEqual(["Ann Leeds", "Ann Lee"]);
  });

  it("suggests the search's matches, then the names fewest edits away, for an unknown name", () => {
    // "unez" is inside "jose nunez" and "j nunez" but starts no word: the search finds it.
    expect(findAuthor(index, "unez")).toEqual({ kind: "unknown", suggestions: [index[2]] });
    // "min kin": one edit from "min kim"; "ann lee" is 4 edits away, more than max(2, 7/3).
    expect(findAuthor(index, "Min Kin")).toEqual({ kind: "unknown", suggestions: [index[4]] });
    expect(findAuthor(index, "Zed")).toEqual({ kind: "unknown", suggestions: [] });
    expect(findAuthor(index, " . ")).toEqual({ kind: "unknown", suggestions: [] });
  });
});

describe("edit distance", () => {
  it("counts insertions, deletions and substitutions, and stops past a bound", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("abc", "abc")).toBe(0);
    expect(editDistance("bo chen", "bo chenn")).toBe(1);
    // Past 1, it says 2 without finishing.
    expect(editDistance("kitten", "sitting", 1)).toBe(2);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
  });
});
