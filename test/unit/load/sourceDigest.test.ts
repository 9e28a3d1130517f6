import { describe, expect, it } from "vitest";
import { sourceDigest } from "../../../src/load/sourceDigest";

describe("sourceDigest", () => {
  it("is the SHA-256 of a file's bytes", async () => {
    // SHA-256("abc"), the FIPS 180-2 example.
    expect(await sourceDigest({ name: "a.txt", bytes: new Uint8Array([0x61, 0x62, 0x63]) })).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("hashes a pasted text as its UTF-8 bytes, whatever its name", async () => {
    // SHA-256 of the two bytes of "é" in UTF-8 (c3 a9).
    const text = await sourceDigest({ name: "pasted", text: "é" });
    expect(text).toBe(await sourceDigest({ name: "other.txt", bytes: new Uint8Array([0xc3, 0xa9]) }));
    expect(text).not.toBe(await sourceDigest({ name: "pasted", text: "e" }));
  });
});
