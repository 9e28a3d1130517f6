import { describe, expect, it } from "vitest";
import { deriveView } from "../../../src/view/derive";
import { DEFAULT_VIEW_SETTINGS, type AuthorView, type ViewSettings } from "../../../src/view/types";
import { graphOf, paper } from "../../support/papers";

// p1 2020 Ann Bo          (cs.AI, V1, a.txt)
// p2 2021 Ann Bo Cy       (cs.LG, V2, a.txt)
// p3 2022 Ann Dee, et al. (cs.AI, b.txt)
// p4 2019 Eve Fay         (cs.AI, a.txt)
// p5 no year, Ann alone   (a.txt)
const papers = [
  paper("p1", ["Ann", "Bo"], { year: 2020, categories: ["cs.AI"], venue: "V1", source: { file: "a.txt", line: 1 } }),
  paper("p2", ["Ann", "Bo", "Cy"], { year: 2021, categories: ["cs.LG"], venue: "V2", source: { file: "a.txt", line: 2 } }),
  paper("p3", ["Ann", "Dee"], { year: 2022, etAl: true, categories: ["cs.AI"], source: { file: "b.txt", line: 1 } }),
  paper("p4", ["Eve", "Fay"], { year: 2019, categories: ["cs.AI"], source: { file: "a.txt", line: 3 } }),
  paper("p5", ["Ann"], { source: { file: "a.txt", line: 4 } }),
];
const graph = graphOf(papers);
const byId = new Map(papers.map((p) => [p.id, p]));
const view = (settings: Partial<ViewSettings>) => deriveView(graph, byId, { ...DEFAULT_VIEW_SETTINGS, ...settings });
/** An author's counts as plain data (the view makes the paper ids only when read). */
const counts = (a: AuthorView | undefined) => a && { papers: a.papers, fractionalPapers: a.fractionalPapers, paperIds: a.paperIds, coauthors: a.coauthors, strength: a.strength, firstYear: a.firstYear, lastYear: a.lastYear };
const authorsOf = (settings: Partial<ViewSettings>) => [...view(settings).authors.keys()].sort();
const linksOf = (settings: Partial<ViewSettings>) => Object.fromEntries([...view(settings).links].sort(([a], [b]) => a.localeCompare(b)));

describe("the visible graph", () => {
  it("shows everyone with full counting by default: papers, fractional papers, co-authors, strength and years", () => {
    const v = view({});
    expect(authorsOf({})).toEqual(["ann", "bo", "cy", "dee", "eve", "fay"]);
    expect(linksOf({})).toEqual({ "ann|bo": 2, "ann|cy": 1, "ann|dee": 1, "bo|cy": 1, "eve|fay": 1 });
    // Ann: p1 (1/2) + p2 (1/3) + p3 (1/2) + p5 (1) = 7/3; links 2 + 1 + 1 = 4 to three people.
    expect(counts(v.authors.get("ann"))).toEqual({ papers: 4, fractionalPapers: expect.closeTo(7 / 3, 12), paperIds: ["p1", "p2", "p3", "p5"], coauthors: 3, strength: 4, firstYear: 2020, lastYear: 2022 });
    expect(counts(v.authors.get("cy"))).toEqual({ papers: 1, fractionalPapers: expect.closeTo(1 / 3, 12), paperIds: ["p2"], coauthors: 2, strength: 2, firstYear: 2021, lastYear: 2021 });
    expect(v.hidden).toEqual({ authors: 0, links: 0, papers: 0 });
    expect([...v.papers].sort()).toEqual(["p1", "p2", "p3", "p4", "p5"]);
  });

  it("weighs a link 1/(n−1) per paper of n authors with fractional counting, so each author's links from one paper add up to 1", () => {
    // p1 (2 authors): 1; p2 (3 authors): 1/2 per link; p3: 1; p4: 1.
    expect(linksOf({ counting: "fractional" })).toEqual({ "ann|bo": 1.5, "ann|cy": 0.5, "ann|dee": 1, "bo|cy": 0.5, "eve|fay": 1 });
    expect(view({ counting: "fractional" }).authors.get("ann")!.strength).toBe(3);
  });

  it("hides links lighter than the minimum weight, in the chosen counting, and keeps their authors", () => {
    expect(linksOf({ counting: "fractional", minWeight: 1 })).toEqual({ "ann|bo": 1.5, "ann|dee": 1, "eve|fay": 1 });
    expect(authorsOf({ counting: "fractional", minWeight: 1 })).toEqual(["ann", "bo", "cy", "dee", "eve", "fay"]);
    expect(view({ counting: "fractional", minWeight: 1 }).authors.get("cy")).toMatchObject({ coauthors: 0, strength: 0 });
    expect(linksOf({ minWeight: 2 })).toEqual({ "ann|bo": 2 });
  });

  it("keeps the papers of a year range, leaving out papers without a year, and says what is hidden", () => {
    const v = view({ years: [2020, 2021] });
    expect(authorsOf({ years: [2020, 2021] })).toEqual(["ann", "bo", "cy"]);
    expect(linksOf({ years: [2020, 2021] })).toEqual({ "ann|bo": 2, "ann|cy": 1, "bo|cy": 1 });
    expect(v.authors.get("ann")).toMatchObject({ papers: 2, paperIds: ["p1", "p2"], firstYear: 2020, lastYear: 2021, coauthors: 2, strength: 3 });
    expect(v.hidden).toEqual({ authors: 3, links: 2, papers: 3 });
  });

  it("leaves out papers with truncated author lists when asked", () => {
    expect(authorsOf({ excludeTruncated: true })).toEqual(["ann", "bo", "cy", "eve", "fay"]);
    expect(view({ excludeTruncated: true }).authors.get("ann")!.papers).toBe(3);
  });

  it("hides authors with fewer papers than the minimum, and their links", () => {
    expect(authorsOf({ minPapers: 2 })).toEqual(["ann", "bo"]);
    expect(linksOf({ minPapers: 2 })).toEqual({ "ann|bo": 2 });
  });

  it("shows only the largest connected component when asked", () => {
    expect(authorsOf({ largestComponent: true })).toEqual(["ann", "bo", "cy", "dee"]);
    // After a filter the largest component is taken among what remains: before 2020 only Eve and Fay.
    expect(authorsOf({ largestComponent: true, years: [2019, 2019] })).toEqual(["eve", "fay"]);
  });

  it("filters by category, venue and source file", () => {
    expect(authorsOf({ categories: ["cs.LG"] })).toEqual(["ann", "bo", "cy"]);
    expect(authorsOf({ categories: ["cs.AI"] })).toEqual(["ann", "bo", "dee", "eve", "fay"]);
    expect(authorsOf({ venues: ["V1"] })).toEqual(["ann", "bo"]);
    expect(authorsOf({ sources: ["b.txt"] })).toEqual(["ann", "dee"]);
    expect(linksOf({ sources: ["b.txt"] })).toEqual({ "ann|dee": 1 });
  });

  it("shows an author's neighbourhood to depth 1 or 2, with the links among them", () => {
    expect(authorsOf({ scope: { kind: "ego", center: "dee", depth: 1 } })).toEqual(["ann", "dee"]);
    expect(linksOf({ scope: { kind: "ego", center: "dee", depth: 1 } })).toEqual({ "ann|dee": 1 });
    expect(authorsOf({ scope: { kind: "ego", center: "dee", depth: 2 } })).toEqual(["ann", "bo", "cy", "dee"]);
    expect(linksOf({ scope: { kind: "ego", center: "dee", depth: 2 } })).toEqual({ "ann|bo": 2, "ann|cy": 1, "ann|dee": 1, "bo|cy": 1 });
    // The neighbourhood follows visible links only: with 2022 out, Dee is gone and so is her view.
    expect(authorsOf({ scope: { kind: "ego", center: "dee", depth: 2 }, years: [2020, 2021] })).toEqual([]);
  });

  it("shows a roster alone, or with its outside collaborators and the links that touch the roster", () => {
    expect(authorsOf({ scope: { kind: "roster", people: ["bo", "dee", "nobody"], outside: false } })).toEqual(["bo", "dee"]);
    expect(linksOf({ scope: { kind: "roster", people: ["bo", "dee"], outside: false } })).toEqual({});
    expect(authorsOf({ scope: { kind: "roster", people: ["bo", "dee"], outside: true } })).toEqual(["ann", "bo", "cy", "dee"]);
    expect(linksOf({ scope: { kind: "roster", people: ["bo", "dee"], outside: true } })).toEqual({ "ann|bo": 2, "ann|dee": 1, "bo|cy": 1 });
    expect(view({ scope: { kind: "roster", people: ["bo", "dee"], outside: true } }).authors.get("ann")).toMatchObject({ coauthors: 2, strength: 3 });
  });

  it("tells what the scope leaves out of what the filters keep, apart from the whole that is hidden", () => {
    // 2019–2020 keeps p1 (Ann, Bo) and p4 (Eve, Fay). Bo's network: Bo and Ann, their link, p1.
    // Outside it: Eve and Fay, their link, p4. Hidden in all: Cy, Dee, Eve, Fay; 4 links; p2–p5.
    const v = view({ years: [2019, 2020], scope: { kind: "ego", center: "bo", depth: 1 } });
    expect([...v.authors.keys()].sort()).toEqual(["ann", "bo"]);
    expect(v.outsideScope).toEqual({ authors: 2, links: 1, papers: 1 });
    expect(v.hidden).toEqual({ authors: 4, links: 4, papers: 4 });
    // Without filters, Dee's network (Dee, Ann and every paper of theirs) leaves out 4 authors, 4 links and p4.
    expect(view({ scope: { kind: "ego", center: "dee", depth: 1 } }).outsideScope).toEqual({ authors: 4, links: 4, papers: 1 });
    expect(view({ years: [2019, 2020] }).outsideScope).toEqual({ authors: 0, links: 0, papers: 0 });
  });
});

describe("papers without authors", () => {
  // p2 of these has no author that could be read: no view shows it, and no filter hides it.
  const withAnonymous = [paper("p1", ["Ann", "Bo"], { year: 2020 }), paper("p2", [], { year: 2021 }), paper("p3", ["Cy"], { year: 2021 })];
  const anonymousGraph = graphOf(withAnonymous);
  const anonymousById = new Map(withAnonymous.map((p) => [p.id, p]));
  const derive = (settings: Partial<ViewSettings>) => deriveView(anonymousGraph, anonymousById, { ...DEFAULT_VIEW_SETTINGS, ...settings });

  it("are counted apart, never as hidden", () => {
    const v = derive({});
    expect([...v.papers].sort()).toEqual(["p1", "p3"]);
    expect(v.hidden).toEqual({ authors: 0, links: 0, papers: 0 });
    expect(v.withoutAuthors).toBe(1);
  });

  it("stay out of what a filter hides", () => {
    // 2020 alone: p3 and Cy are hidden, p2 is in no view either way.
    const v = derive({ years: [2020, 2020] });
    expect(v.hidden).toEqual({ authors: 1, links: 0, papers: 1 });
    expect(v.withoutAuthors).toBe(1);
  });
});
