import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fromBase64Url, LINK_DATA_CAP, packSources, sourcesForLink, toBase64Url, unpackSources } from "../../../src/load/sourcesInLink";

const bib = "@article{a, author = {Lee, Ann and Chen, Bo}, title = {One}, year = {2020}}\n";
const latin1 = Uint8Array.from([0x54, 0xe9, 0x6c, 0xe9, 0x0d, 0x0a]); // "Télé" in Windows-1252, CRLF
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
/** Letters that deflate cannot shorten below their 4.7 bits each: xorshift32, the same on every run. */
function noise(length: number, seed: number): string {
  let state = seed;
  let out = "";
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    out += String.fromCharCode(97 + (state % 26));
  }
  return out;
}

describe("the data in a link", () => {
  it("gives back every file's name and exact bytes, in order", () => {
    const payload = packSources([{ name: "cites.bib", text: bib }, { name: "Télé:1.txt", bytes: latin1 }]);
    expect(payload.startsWith("1.")).toBe(true);
    expect(payload.slice(2)).toMatch(/^[A-Za-z0-9_-]+$/);
    const { sources, ignored } = unpackSources(payload);
    expect(ignored).toEqual([]);
    expect(sources.map((s) => s.name)).toEqual(["cites.bib", "Télé:1.txt"]);
    expect(text((sources[0] as { bytes: Uint8Array }).bytes)).toBe(bib);
    expect([...(sources[1] as { bytes: Uint8Array }).bytes]).toEqual([...latin1]);
  });

  it("carries the sample listing in under a quarter of the cap", () => {
    const sample = readFileSync(new URL("../../../data/sample-listing.txt", import.meta.url), "utf8");
    const payload = packSources([{ name: "sample-listing.txt", text: sample }]);
    // 13,865 bytes and the name deflate to 5,650, which base64url writes in 7,534 characters, after "1.".
    expect(payload.length).toBe(7_536);
    expect(payload.length).toBeLessThan(LINK_DATA_CAP / 4);
    expect(text((unpackSources(payload).sources[0] as { bytes: Uint8Array }).bytes)).toBe(sample);
  });

  it("keeps the files that arrived whole from a link cut short, and names the one cut", () => {
    const files = Array.from({ length: 3 }, (_, i) => ({ name: `f${i}.bib`, text: noise(3_000, i + 1) }));
    const payload = packSources(files);
    const whole = unpackSources(payload);
    expect(whole.sources.map((s) => s.name)).toEqual(["f0.bib", "f1.bib", "f2.bib"]);
    const cut = unpackSources(payload.slice(0, Math.floor(payload.length * 0.6)));
    // The files barely compress: 60 % of the link holds the first whole and the second in part, which is not handed on half-read.
    expect(cut.sources.map((s) => s.name)).toEqual(["f0.bib"]);
    expect(text((cut.sources[0] as { bytes: Uint8Array }).bytes)).toBe(files[0]!.text);
    expect(cut.ignored).toEqual(["f1.bib (cut short in the link)"]);
  });

  it("never throws on a damaged, cut or unknown payload, and says what it could not read", () => {
    const payload = packSources([{ name: "a.bib", text: bib }]);
    expect(unpackSources("")).toEqual({ sources: [], ignored: ["the data in the link (not in a form this version reads)"] });
    expect(unpackSources("2.AAAA")).toEqual({ sources: [], ignored: ["the data in the link (format 2, not one this version reads)"] });
    expect(unpackSources("1.ab*cd")).toEqual({ sources: [], ignored: ["the data in the link (damaged: characters that are not base64url)"] });
    expect(unpackSources("1.")).toEqual({ sources: [], ignored: ["the data in the link (cut short or damaged)"] });
    expect(unpackSources(payload.slice(0, 6))).toEqual({ sources: [], ignored: ["a file cut short in the link"] });
    expect(unpackSources("1.____________")).toMatchObject({ sources: [] });
    for (let end = 0; end < payload.length; end++) expect(() => unpackSources(payload.slice(0, end))).not.toThrow();
  });

  it("writes base64url as RFC 4648 does, without padding, and reads a last partial group as nothing", () => {
    const bytes = new TextEncoder().encode("any carnal pleas");
    expect(toBase64Url(bytes)).toBe("YW55IGNhcm5hbCBwbGVhcw");
    expect(toBase64Url(Uint8Array.from([0xfb, 0xff]))).toBe("-_8");
    expect([...fromBase64Url("-_8")!]).toEqual([0xfb, 0xff]);
    expect(text(fromBase64Url("YW55IGNhcm5hbCBwbGVhcw==")!)).toBe("any carnal pleas");
    expect(text(fromBase64Url("YW55I")!)).toBe("any");
  });

  it("puts the data in a link up to the cap, and none past it", () => {
    // 30,000 letters at 4.7 bits each: about 17.6 KB deflated (with deflate's own codes, 19.9 KB), 26,577 characters, under the cap.
    const small = sourcesForLink([{ name: "a.txt", text: noise(30_000, 7) }]);
    expect(small.payload).not.toBeNull();
    expect(small.length).toBe(26_577);
    expect(small.payload!.length).toBe(26_577);
    const big = sourcesForLink([{ name: "a.txt", text: noise(60_000, 7) }]);
    expect(big.payload).toBeNull();
    // Twice as many letters, twice as long: over the cap, said with its length.
    expect(big.length).toBe(52_980);
    // Past 64 times the cap nothing is packed: it could not fit.
    expect(sourcesForLink([{ name: "a.txt", text: "a".repeat(64 * LINK_DATA_CAP + 1) }])).toEqual({ payload: null, length: 0 });
    expect(sourcesForLink([{ name: "a.txt", text: "a".repeat(64 * LINK_DATA_CAP) }]).payload).not.toBeNull();
  });
});
