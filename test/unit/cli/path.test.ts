import { describe, expect, it } from "vitest";
import { cli, SMALL, writeFiles } from "./support";

const files = writeFiles(SMALL);
const small = [files["a.bib"], files["b.txt"], "--reference-date", "2026-11-25"];
const SUMMARY = "coauthor: 8 papers, no warnings\n";

/** `coauthor path` on the small network (see SMALL); names last. */
const path = (from: string, to: string, ...options: string[]) => cli("path", ...small, from, to, ...options);
const pathJson = async (from: string, to: string, ...options: string[]) => {
  const { code, stdout, stderr } = await path(from, to, "--json", ...options);
  expect({ code, stderr }).toEqual({ code: 0, stderr: SUMMARY });
  return JSON.parse(stdout);
};
/** A path that is not there: exit 1, nothing on stdout, the reasons after the summary. */
const noPath = async (from: string, to: string, ...options: string[]) => {
  const { code, stdout, stderr } = await path(from, to, "--json", ...options);
  expect({ code, stdout }).toEqual({ code: 1, stdout: "" });
  return stderr.slice(stderr.indexOf("\n") + 1);
};

describe("coauthor path", () => {
  it("goes from Zeyuan Liu to Nakyung Lee through Jeonghye Kim in the sample", async () => {
    const { code, stdout } = await cli("path", "data/sample-listing.txt", "--reference-date", "2026-11-25", "Zeyuan Liu", "Nakyung Lee", "--json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      path: ["Zeyuan Liu", "Jeonghye Kim", "Nakyung Lee"],
      papers: ["Exploratory Memory-Augmented LLM Agent via Hybrid On- and Off-Policy Optimization", "RAISE: Enhancing Scientific Reasoning in LLMs via Step-by-Step Retrieval"],
    });
  });

  it("lists the chain with a paper per step, as text without --json", async () => {
    // Dee–Ann (p3), Ann–Ivy (q1), Ivy–Jo (q2): the only chain.
    const { code, stdout } = await path("Dee Evans", "Jo King");
    expect(code).toBe(0);
    expect(stdout).toBe(`Dee Evans, Ann Lee, Ivy Jones, Jo King (3 steps)
  Dee Evans and Ann Lee: Dee Joins (2021)
  Ann Lee and Ivy Jones: Graph Study (2023)
  Ivy Jones and Jo King: Last Word (2024)
`);
    // Hal–Bo (p6), Bo–Cy (p2): two steps, rather than three through Ann.
    expect(await pathJson("Hal Ives", "Cy Diaz")).toEqual({ path: ["Hal Ives", "Bo Chen", "Cy Diaz"], papers: ["Undated", "Three Together"] });
    expect(await pathJson("Ann Lee", "Ann Lee")).toEqual({ path: ["Ann Lee"], papers: [] });
  });

  it("shows for each step the latest shared paper the filters keep", async () => {
    // Bo and Ann share p1 (2019), p2 (2020), p5 (2022): p5, or p2 up to 2021.
    expect((await pathJson("Bo Chen", "Dee Evans")).papers).toEqual(["Again", "Dee Joins"]);
    expect((await pathJson("Bo Chen", "Dee Evans", "--to-year", "2021")).papers).toEqual(["Three Together", "Dee Joins"]);
  });

  it("finds a name whatever its case, accents, spacing, word order or initials", async () => {
    for (const name of ["ann lee", "ÁNN  LEE", "Lee Ann", "Lee, Ann", "A. Lee", "Lee A", "Lee"]) {
      expect((await pathJson(name, "Dee Evans")).path).toEqual(["Ann Lee", "Dee Evans"]);
    }
  });

  it("finds the sample's authors as bibliographies write them, as the search box does", async () => {
    const sample = (from: string) => cli("path", "data/sample-listing.txt", "--reference-date", "2026-11-25", from, "Nakyung Lee", "--json");
    for (const name of ["Kim, Jeonghye", "kim jeonghye", "jeong-hye kim", "Liu Z", "Z. Liu"]) {
      const { code, stdout } = await sample(name);
      expect(code, name).toBe(0);
      expect(JSON.parse(stdout).path[0], name).toBe(name.toLowerCase().includes("liu") ? "Zeyuan Liu" : "Jeonghye Kim");
    }
    // The sample's Kims are Jeonghye, Minbeom, Woojun and Dohyung: M. Kim is Minbeom Kim, the only Kim with an M.
    expect(JSON.parse((await sample("M. Kim")).stdout).path[0]).toBe("Minbeom Kim");
  });

  it("says when two authors are not connected in the data", async () => {
    expect(await noPath("Ann Lee", "Eve Fox")).toBe("coauthor: Ann Lee and Eve Fox are not connected: no chain of co-authors joins them in the data\n");
    // With p2 adding no links, Cy has no co-author left.
    const { stderr } = await path("Cy Diaz", "Dee Evans", "--max-authors", "2");
    expect(stderr.split("\n")[1]).toBe(
      "coauthor: Cy Diaz and Dee Evans are not connected: no chain of co-authors joins them in the data; 1 paper with more than 2 authors adds no links (--max-authors 0: no limit)",
    );
  });

  it("says when the filters keep them apart: every chain, or one of the two, hidden", async () => {
    // Without q1 Ann–Ivy goes, the only way from Dee to Jo.
    expect(await noPath("Dee Evans", "Jo King", "--exclude-truncated")).toBe(
      "coauthor: Dee Evans and Jo King are not connected in the network shown: the filters hide every chain between them (without the filters they are 3 steps apart)\n",
    );
    // From 2021, Cy (only on p2, 2020) is hidden; without filters Cy–Ann–Ivy–Jo.
    expect(await noPath("Cy Diaz", "Jo King", "--from-year", "2021")).toBe(
      "coauthor: Cy Diaz and Jo King are not connected in the network shown: the filters hide Cy Diaz (without the filters they are 3 steps apart)\n",
    );
  });

  it("suggests the closest names for an unknown one", async () => {
    // One edit from "bo chen".
    expect(await noPath("Bo Chenn", "Ann Lee")).toBe('coauthor: no author is called "Bo Chenn"; the closest: Bo Chen (4 papers)\n');
    // No name has a word starting with "ee", but the search box finds it inside two names, most papers first.
    expect(await noPath("Ann Lee", "ee")).toBe('coauthor: no author is called "ee"; the closest: Ann Lee (5 papers), Dee Evans (1 paper)\n');
    // Both wrong: both said; nothing is near "Zed".
    expect(await noPath("Zed", "Bo Chenn")).toBe('coauthor: no author is called "Zed"\ncoauthor: no author is called "Bo Chenn"; the closest: Bo Chen (4 papers)\n');
  });

  it("lists the authors a name matches when it matches several", async () => {
    // "J" starts Ivy Jones's family name and Jo King's given name.
    expect(await noPath("J", "Ann Lee")).toBe('coauthor: "J" matches 2 authors: Ivy Jones (2 papers), Jo King (1 paper); give more of the name\n');
    const { code, stderr } = await cli("path", "data/sample-listing.txt", "--reference-date", "2026-11-25", "Kim", "Zeyuan Liu");
    expect(code).toBe(1);
    expect(stderr).toBe(
      'coauthor: 13 papers, no warnings\ncoauthor: "Kim" matches 4 authors: Jeonghye Kim (13 papers), Minbeom Kim (4 papers), Woojun Kim (3 papers), Dohyung Kim (1 paper); give more of the name\n',
    );
  });

  it("needs files and two names", async () => {
    const tooFew = await cli("path", files["a.bib"], "Ann Lee");
    expect(tooFew.code).toBe(2);
    expect(tooFew.stderr.split("\n")[0]).toBe('coauthor: path needs FILE... then two author names: coauthor path FILE... "AUTHOR A" "AUTHOR B"');
    const empty = await cli("path", files["a.bib"], "Ann Lee", " ");
    expect(empty.code).toBe(2);
    expect(empty.stderr.split("\n")[0]).toBe("coauthor: path needs two author names, not an empty one");
  });
});
