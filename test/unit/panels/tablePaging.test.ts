import { describe, expect, it } from "vitest";
import { clampPage, isMoveKey, movedPosition, pageBounds, pageCount, pageOf, rowsLabel } from "../../../src/panels/tablePaging";

describe("pages of the table", () => {
  it("counts pages of 50, one even when empty", () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(50)).toBe(1);
    expect(pageCount(51)).toBe(2);
    expect(pageCount(10_000)).toBe(200);
  });

  it("finds the page of a position and its rows", () => {
    expect([pageOf(0), pageOf(49), pageOf(50), pageOf(9_999)]).toEqual([0, 0, 1, 199]);
    expect(pageBounds(1, 10_000)).toEqual({ start: 50, end: 100 });
    expect(pageBounds(2, 120)).toEqual({ start: 100, end: 120 });
    // The table shrank under a page that no longer exists: its last page.
    expect(clampPage(5, 120)).toBe(2);
    expect(pageBounds(5, 120)).toEqual({ start: 100, end: 120 });
    expect(clampPage(-1, 120)).toBe(0);
  });

  it("says which rows show, counted from 1", () => {
    expect(rowsLabel(1, 10_000)).toBe("Rows 51–100 of 10,000");
    expect(rowsLabel(0, 16)).toBe("Rows 1–16 of 16");
    expect(rowsLabel(2, 101)).toBe("Row 101 of 101");
    expect(rowsLabel(0, 0)).toBe("No rows");
  });
});

describe("keys that move between rows", () => {
  it("are the arrows, Home, End, PageUp and PageDown", () => {
    expect(["ArrowUp", "ArrowDown", "Home", "End", "PageUp", "PageDown"].every(isMoveKey)).toBe(true);
    expect(["Enter", " ", "ArrowLeft", "Tab", "Escape"].some(isMoveKey)).toBe(false);
  });

  it("move one row, a page, or to either end of the whole table, never past an end", () => {
    const total = 120;
    expect(movedPosition("ArrowDown", 49, total)).toBe(50);
    expect(movedPosition("ArrowUp", 50, total)).toBe(49);
    expect(movedPosition("ArrowUp", 0, total)).toBe(0);
    expect(movedPosition("ArrowDown", 119, total)).toBe(119);
    expect(movedPosition("PageDown", 10, total)).toBe(60);
    expect(movedPosition("PageDown", 80, total)).toBe(119);
    expect(movedPosition("PageUp", 60, total)).toBe(10);
    expect(movedPosition("PageUp", 10, total)).toBe(0);
    expect(movedPosition("Home", 77, total)).toBe(0);
    expect(movedPosition("End", 3, total)).toBe(119);
    expect(movedPosition("End", 0, 1)).toBe(0);
  });
});
