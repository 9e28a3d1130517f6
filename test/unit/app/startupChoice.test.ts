import { describe, expect, it } from "vitest";
import { addressCarriesData, startupChoice } from "../../../src/app/startupChoice";

const plain = { search: "", hash: "", protocol: "https:", embedded: false, savedFiles: true };

describe("what the page opens on", () => {
  it("opens the saved work on a plain address, with or without view parameters", () => {
    expect(startupChoice(plain)).toEqual({ data: { kind: "saved" }, keeping: "all" });
    expect(startupChoice({ ...plain, search: "?ego=ann+lee&years=2020-2024&reference-date=2026-11-25" })).toEqual({ data: { kind: "saved" }, keeping: "all" });
  });

  it("opens the sample when nothing was kept", () => {
    expect(startupChoice({ ...plain, savedFiles: false })).toEqual({ data: { kind: "sample" }, keeping: "all" });
  });

  it("lets an address that carries data win, keeping the saved work aside but the decisions", () => {
    for (const address of [{ search: "?listing=kims.txt" }, { hash: "#data=eJzT" }, { hash: "#file=a.bib:0123" }]) {
      expect(startupChoice({ ...plain, ...address })).toEqual({ data: { kind: "address" }, keeping: "decisions" });
    }
  });

  it("keeps nothing on a page that carries its data or is opened from disk", () => {
    expect(startupChoice({ ...plain, embedded: true, search: "?listing=a.txt" })).toEqual({ data: { kind: "embedded" }, keeping: "none" });
    expect(startupChoice({ ...plain, protocol: "file:" })).toEqual({ data: { kind: "embedded" }, keeping: "none" });
  });

  it("tells an address's data from its view", () => {
    expect(addressCarriesData("?author=ann+lee&tool=table", "")).toBe(false);
    expect(addressCarriesData("", "#camera=1,2,3")).toBe(false);
    expect(addressCarriesData("?listing=", "")).toBe(true);
  });
});
