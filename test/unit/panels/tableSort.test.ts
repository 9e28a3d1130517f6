import { describe, expect, it } from "vitest";
import { measureOf } from "../../../src/measures/measures";
import { DEFAULT_SORT, nameOrder, nextSort, topRows, valueOrder } from "../../../src/panels/tableSort";

describe("the sort a header press gives", () => {
  it("starts measures at the most and names at A, and reverses on the same header", () => {
    expect(DEFAULT_SORT).toEqual({ column: "papers", descending: true });
    expect(nextSort(DEFAULT_SORT, "coauthors", measureOf("coauthors"))).toEqual({ column: "coauthors", descending: true });
    expect(nextSort(DEFAULT_SORT, "name", null)).toEqual({ column: "name", descending: false });
    expect(nextSort(DEFAULT_SORT, "papers", measureOf("papers"))).toEqual({ column: "papers", descending: false });
    expect(nextSort({ column: "name", descending: false }, "name", null)).toEqual({ column: "name", descending: true });
    expect(nextSort({ column: "papers", descending: false }, "papers", measureOf("papers"))).toEqual({ column: "papers", descending: true });
  });

  it("starts the first year at the earliest and the last year at the latest", () => {
    expect(nextSort(DEFAULT_SORT, "firstYear", measureOf("firstYear"))).toEqual({ column: "firstYear", descending: false });
    expect(nextSort({ column: "firstYear", descending: false }, "firstYear", measureOf("firstYear"))).toEqual({ column: "firstYear", descending: true });
    expect(nextSort(DEFAULT_SORT, "lastYear", measureOf("lastYear"))).toEqual({ column: "lastYear", descending: true });
  });
});

// Rows 0..4 named so that their name ranks are: row 0 "Cy" 2, row 1 "Ann" 0, row 2 "Eve" 4, row 3 "Bo" 1, row 4 "Dee" 3.
const nameRank = Uint32Array.from([2, 0, 4, 1, 3]);

describe("rows in name order", () => {
  it("reads the ranks as the order, or its reverse", () => {
    expect([...nameOrder(nameRank, false)]).toEqual([1, 3, 0, 4, 2]); // Ann, Bo, Cy, Dee, Eve
    expect([...nameOrder(nameRank, true)]).toEqual([2, 4, 0, 3, 1]); // Eve, Dee, Cy, Bo, Ann
  });
});

describe("rows in value order", () => {
  // Cy 3, Ann 1, Eve unknown, Bo 3, Dee 1.
  const values = Float64Array.from([3, 1, NaN, 3, 1]);

  it("puts the most first, ties by name from A, unknown last", () => {
    // 3: Bo, Cy; 1: Ann, Dee; unknown: Eve.
    expect([...valueOrder(values, nameRank, true)]).toEqual([3, 0, 1, 4, 2]);
  });

  it("puts the least first when ascending, ties still by name from A and unknown still last", () => {
    // 1: Ann, Dee; 3: Bo, Cy; unknown: Eve.
    expect([...valueOrder(values, nameRank, false)]).toEqual([1, 4, 3, 0, 2]);
  });

  it("puts every row last alike when nothing is known: name order", () => {
    expect([...valueOrder(Float64Array.from([NaN, NaN, NaN, NaN, NaN]), nameRank, true)]).toEqual([1, 3, 0, 4, 2]);
  });

  it("finds the same leaders in one pass as the full sort, leaving out unknown values", () => {
    expect(topRows(values, nameRank, 3)).toEqual([3, 0, 1]);
    expect(topRows(values, nameRank, 3, false)).toEqual([1, 4, 3]);
    // Only four rows have a value.
    expect(topRows(values, nameRank, 10)).toEqual([3, 0, 1, 4]);
    expect(topRows(values, nameRank, 0)).toEqual([]);
  });

  it("agrees with a plain comparator sort on many rows with many ties and fractions", () => {
    const n = 2000;
    const many = Float64Array.from({ length: n }, (_, i) => (i % 7 === 0 ? NaN : ((i * 37) % 11) / (1 + (i % 3))));
    const ranks = Uint32Array.from({ length: n }, (_, i) => (i * 1543) % n);
    for (const descending of [true, false]) {
      const expected = [...many.keys()].sort((a, b) => {
        const [x, y] = [many[a]!, many[b]!];
        if (Number.isNaN(x) || Number.isNaN(y)) return Number(Number.isNaN(x)) - Number(Number.isNaN(y)) || ranks[a]! - ranks[b]!;
        return (descending ? y - x : x - y) || ranks[a]! - ranks[b]!;
      });
      expect([...valueOrder(many, ranks, descending)]).toEqual(expected);
    }
  });

  it("agrees with the full sort on many rows with many ties", () => {
    const n = 2000;
    const many = Float64Array.from({ length: n }, (_, i) => (i % 7 === 0 ? NaN : (i * 37) % 11));
    const ranks = Uint32Array.from({ length: n }, (_, i) => (i * 1543) % n); // 1543 is prime to 2000: a permutation
    expect(topRows(many, ranks, 25)).toEqual([...valueOrder(many, ranks, true)].slice(0, 25));
    expect(topRows(many, ranks, 25, false)).toEqual([...valueOrder(many, ranks, false)].slice(0, 25));
  });
});
