import { describe, expect, it } from "vitest";
import { numberText, rgbOf, xmlText } from "../../../src/export/xml";

describe("text written into XML", () => {
  it("escapes the five special characters and keeps line breaks and tabs as references", () => {
    expect(xmlText(`Rock & Roll <b>"O'Neil"</b>`)).toBe("Rock &amp; Roll &lt;b&gt;&quot;O&apos;Neil&quot;&lt;/b&gt;");
    expect(xmlText("a\nb\tc\r")).toBe("a&#10;b&#9;c&#13;");
  });

  it("replaces what XML 1.0 forbids, control characters and lone surrogates, and keeps pairs", () => {
    expect(xmlText("a\u0000b\u001Fc\u000Bd")).toBe("a\uFFFDb\uFFFDc\uFFFDd");
    expect(xmlText("x\uD800y\uDC00z")).toBe("x\uFFFDy\uFFFDz");
    expect(xmlText("Zoë 😀 Ünal")).toBe("Zoë 😀 Ünal");
    expect(xmlText("\uFFFE\uFFFF")).toBe("\uFFFD\uFFFD");
  });
});

describe("colours and numbers in files", () => {
  it("reads #rrggbb and #rgb, and nothing else", () => {
    expect(rgbOf("#0072b2")).toEqual([0, 114, 178]);
    expect(rgbOf("#FfF")).toEqual([255, 255, 255]);
    expect(rgbOf("rgb(1,2,3)")).toBeNull();
    expect(rgbOf("#12345")).toBeNull();
  });

  it("writes whole numbers as they are and others to six decimals", () => {
    expect(numberText(22)).toBe("22");
    expect(numberText(-29.1410098)).toBe("-29.14101");
    expect(numberText(0.1 + 0.2)).toBe("0.3");
  });
});
