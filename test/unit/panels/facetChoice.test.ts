import { describe, expect, it } from "vitest";
import { facetsShown, MAX_MATCHES, papersWithout, TOP_FACETS, toggled } from "../../../src/panels/facetChoice";
import type { Facet } from "../../../src/view/facets";
import { paper } from "../../support/papers";

// 20 venues, most papers first: "Venue 1" with 20 papers down to "Venue 20" with 1.
const venues: Facet[] = Array.from({ length: 20 }, (_, i) => ({ value: `Venue ${i + 1}`, papers: 20 - i }));
const names = (facets: Facet[]) => facets.map((f) => f.value);

describe("the values a facet list shows", () => {
  it("are the 12 with most papers, and the number left out", () => {
    const { shown, more } = facetsShown(venues, null, "");
    expect(TOP_FACETS).toBe(12);
    expect(names(shown)).toEqual(names(venues.slice(0, 12)));
    expect(more).toBe(8);
  });

  it("keep the chosen ones beyond the top in view", () => {
    const { shown, more } = facetsShown(venues, ["Venue 17"], "");
    expect(names(shown)).toEqual([...names(venues.slice(0, 12)), "Venue 17"]);
    expect(more).toBe(7);
  });

  it("are the ones containing the typed text, ignoring case and accents, with the chosen ones", () => {
    // "1" is in Venue 1, 10–19: 11 values; "VENUE 2" in Venue 2 and 20.
    expect(names(facetsShown(venues, null, "1").shown)).toEqual(["Venue 1", "Venue 10", "Venue 11", "Venue 12", "Venue 13", "Venue 14", "Venue 15", "Venue 16", "Venue 17", "Venue 18", "Venue 19"]);
    expect(names(facetsShown(venues, ["Venue 5"], "VENUE 2").shown)).toEqual(["Venue 2", "Venue 5", "Venue 20"]);
    expect(names(facetsShown([{ value: "Conférence", papers: 1 }], null, "confe").shown)).toEqual(["Conférence"]);
  });

  it("stop at 50 matches and count the rest", () => {
    const many: Facet[] = Array.from({ length: 80 }, (_, i) => ({ value: `Journal ${i}`, papers: 1 }));
    const { shown, more } = facetsShown(many, null, "journal");
    expect(shown).toHaveLength(MAX_MATCHES);
    expect(more).toBe(30);
  });

  it("say none match with nothing shown and nothing more", () => {
    expect(facetsShown(venues, null, "zzz")).toEqual({ shown: [], more: 0 });
  });

  it("keep a chosen value the data no longer has, with 0 papers, last", () => {
    expect(facetsShown(venues.slice(0, 2), ["Gone"], "").shown).toEqual([...venues.slice(0, 2), { value: "Gone", papers: 0 }]);
  });
});

describe("ticking a value", () => {
  it("adds it to the choice, starting from no filter", () => {
    expect(toggled(null, "LG", true)).toEqual(["LG"]);
    expect(toggled(["LG"], "CL", true)).toEqual(["LG", "CL"]);
  });

  it("unticked, takes it out, and the last one out is no filter again", () => {
    expect(toggled(["LG", "CL"], "LG", false)).toEqual(["CL"]);
    expect(toggled(["LG"], "LG", false)).toBeNull();
  });
});

describe("papers without a year, category or venue", () => {
  it("are counted", () => {
    const papers = [
      paper("a", ["A"], { year: 2020, categories: ["LG"], venue: "V" }),
      paper("b", ["A"], { year: null, categories: ["LG"] }),
      paper("c", ["A"], { year: null, categories: [] }),
    ];
    // b and c have no year; c no category; b and c no venue.
    expect(papersWithout(new Map(papers.map((p) => [p.id, p])))).toEqual({ year: 2, category: 1, venue: 2 });
  });
});
