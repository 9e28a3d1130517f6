import { describe, expect, it } from "vitest";
import { foldName, foldText } from "../../../src/text/fold";

describe("folding", () => {
  it("drops case and diacritics", () => {
    expect(foldText("Élise Müller")).toBe("elise muller");
    expect(foldText("José Núñez")).toBe("jose nunez");
  });

  it("writes letters Unicode does not decompose as their ASCII spellings do", () => {
    expect(["Chen Yılmaz", "Łukasz Żak", "Søren Ørsted", "Đorđe Ðukić", "Jürgen Weiß", "Æsa Lœwe", "Þóra"].map(foldText)).toEqual([
      "chen yilmaz",
      "lukasz zak",
      "soren orsted",
      "dorde dukic",
      "jurgen weiss",
      "aesa loewe",
      "thora",
    ]);
    expect(foldName("Yılmaz, Chen")).toBe(foldName("Yilmaz, Chen"));
  });
});
