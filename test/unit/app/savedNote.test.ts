import { describe, expect, it } from "vitest";
import { savedNote } from "../../../src/app/savedPageStart";

describe("savedNote", () => {
  it("says the day a page was saved, spelled out, and whether it was opened from a file", () => {
    expect(savedNote("2026-12-06", true)).toBe("Saved from Coauthor Explorer on 6 December 2026; opened from a file.");
    expect(savedNote("2027-01-31", false)).toBe("Saved from Coauthor Explorer on 31 January 2027.");
  });
});
