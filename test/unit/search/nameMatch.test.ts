import { describe, expect, it } from "vitest";
import { MatchLevel, matchLevel, nameForm, nameQuery } from "../../../src/search/nameMatch";

const level = (query: string, spelling: string) => matchLevel(nameQuery(query)!, nameForm(spelling));
const { Exact, Reordered, Words, Prefix, Inside } = MatchLevel;

describe("matching a typed name against a spelling", () => {
  it("is exact for the same letters in the order written, whatever the case, accents, hyphens and spaces", () => {
    expect(level("Jeonghye Kim", "Jeonghye Kim")).toBe(Exact);
    expect(level("jeong-hye kim", "Jeonghye Kim")).toBe(Exact);
    expect(level("JEONG HYE KIM", "Jeonghye Kim")).toBe(Exact);
    expect(level("jeonghye kim", "Jeong-Hye Kim")).toBe(Exact);
    expect(level("jose nunez", "José Núñez")).toBe(Exact);
    expect(level("J. Kim", "J Kim")).toBe(Exact);
  });

  it("is reordered for the family name first, with or without the comma", () => {
    expect(level("Kim, Jeonghye", "Jeonghye Kim")).toBe(Reordered);
    expect(level("kim jeonghye", "Jeonghye Kim")).toBe(Reordered);
    expect(level("Kim Jeong-hye", "Jeonghye Kim")).toBe(Reordered);
    // A family name of two words, written first: van Beethoven, Ludwig.
    expect(level("van Beethoven, Ludwig", "Ludwig van Beethoven")).toBe(Reordered);
    expect(level("Beethoven, Ludwig van", "Ludwig van Beethoven")).toBe(Reordered);
  });

  it("matches words for initials against given names, in either order, passing over middle names", () => {
    expect(level("J. Kim", "Jeonghye Kim")).toBe(Words);
    expect(level("Kim J", "Jeonghye Kim")).toBe(Words);
    expect(level("Kim, J.", "Jeonghye Kim")).toBe(Words);
    expect(level("J Kim", "Jeong-Hye Kim")).toBe(Words);
    // PubMed's initials run together: one per given name.
    expect(level("Kim JH", "Jeong-Hye Kim")).toBe(Words);
    expect(level("J.H. Kim", "Jeong-Hye Kim")).toBe(Words);
    expect(level("John Smith", "John Q. Smith")).toBe(Words);
    expect(level("Smith JQ", "John Q. Smith")).toBe(Words);
    // A whole word alone, and the query's words splitting one of the name's.
    expect(level("kim", "Jeonghye Kim")).toBe(Words);
    expect(level("jeong hye", "Jeonghye Kim")).toBe(Words);
  });

  it("is a prefix while a word is still being typed", () => {
    expect(level("jeongh", "Jeonghye Kim")).toBe(Prefix);
    expect(level("kim jeo", "Jeonghye Kim")).toBe(Prefix);
    expect(level("J. Kimu", "Jeonghye Kimura")).toBe(Prefix);
    expect(level("J. Kim", "Jeonghye Kimura")).toBe(Prefix);
    expect(level("jeong hy", "Jeonghye Kim")).toBe(Prefix);
  });

  it("is inside for letters within the name, and no match otherwise", () => {
    expect(level("eonghye", "Jeonghye Kim")).toBe(Inside);
    expect(level("hye kim", "Jeonghye Kim")).toBe(Inside);
    // Initials for other given names, another family name, initials in the wrong order.
    expect(level("K. Kim", "Jeonghye Kim")).toBeNull();
    expect(level("J. Lee", "Jeonghye Kim")).toBeNull();
    expect(level("Kim HJ", "Jeong-Hye Kim")).toBeNull();
    // Initials run together are one per word: "jh" is not the start of Jeonghye.
    expect(level("Kim JH", "Jeonghye Kim")).toBeNull();
    expect(level("zzz", "Jeonghye Kim")).toBeNull();
  });

  it("has no query without a letter or digit", () => {
    expect(nameQuery(" . - , ")).toBeNull();
    expect(nameQuery("")).toBeNull();
  });
});
