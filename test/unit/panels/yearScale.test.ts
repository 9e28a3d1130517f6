import { describe, expect, it } from "vitest";
import { barHeights, fractionOfYear, moveThumb, sameYears, thumbAt, yearAtFraction } from "../../../src/panels/yearScale";

describe("the year under a point of the slider", () => {
  // 2023–2026: four columns of a quarter each: [0, .25) 2023, [.25, .5) 2024, [.5, .75) 2025, [.75, 1] 2026.
  it("is the column the point falls in", () => {
    expect(yearAtFraction(0, [2023, 2026])).toBe(2023);
    expect(yearAtFraction(0.24, [2023, 2026])).toBe(2023);
    expect(yearAtFraction(0.25, [2023, 2026])).toBe(2024);
    expect(yearAtFraction(0.6, [2023, 2026])).toBe(2025);
    expect(yearAtFraction(0.99, [2023, 2026])).toBe(2026);
  });

  it("is the nearest end outside the slider, and the right edge itself is the last year", () => {
    expect(yearAtFraction(-0.3, [2023, 2026])).toBe(2023);
    expect(yearAtFraction(1, [2023, 2026])).toBe(2026);
    expect(yearAtFraction(1.7, [2023, 2026])).toBe(2026);
  });

  it("puts a thumb in the middle of its year's column", () => {
    // 2024 is column 1 of 4: its middle at 1.5 / 4.
    expect(fractionOfYear(2024, [2023, 2026])).toBe(0.375);
    expect(yearAtFraction(fractionOfYear(2024, [2023, 2026]), [2023, 2026])).toBe(2024);
  });
});

describe("the thumb a press takes", () => {
  it("is the nearer one, the start on a tie, and an end beyond it", () => {
    expect(thumbAt(2001, [2000, 2010])).toBe("start"); // 1 from the start, 9 from the end
    expect(thumbAt(2008, [2000, 2010])).toBe("end");
    expect(thumbAt(2005, [2000, 2010])).toBe("start"); // 5 and 5
    expect(thumbAt(1995, [2000, 2010])).toBe("start");
    expect(thumbAt(2020, [2000, 2010])).toBe("end");
  });

  it("is undecided when both thumbs sit on the year pressed, and decided beside it", () => {
    expect(thumbAt(2005, [2005, 2005])).toBeNull();
    expect(thumbAt(2004, [2005, 2005])).toBe("start");
    expect(thumbAt(2006, [2005, 2005])).toBe("end");
  });
});

describe("a moved thumb", () => {
  it("moves its end of the range", () => {
    expect(moveThumb([2000, 2010], "start", 2003)).toEqual([2003, 2010]);
    expect(moveThumb([2000, 2010], "end", 2003)).toEqual([2000, 2003]);
  });

  it("stops at the other thumb", () => {
    expect(moveThumb([2000, 2010], "start", 2015)).toEqual([2010, 2010]);
    expect(moveThumb([2000, 2010], "end", 1990)).toEqual([2000, 2000]);
  });
});

describe("ranges compared", () => {
  it("by their years, null only with null", () => {
    expect(sameYears([2000, 2010], [2000, 2010])).toBe(true);
    expect(sameYears([2000, 2010], [2000, 2011])).toBe(false);
    expect(sameYears(null, null)).toBe(true);
    expect(sameYears(null, [2000, 2010])).toBe(false);
  });
});

describe("the bars of papers per year", () => {
  it("are in percent of the busiest year", () => {
    // The sample: 2, 1, 5, 5 papers; 5 is 100 %, 2 is 40 %, 1 is 20 %.
    expect(barHeights([2, 1, 5, 5])).toEqual([40, 20, 100, 100]);
  });

  it("leave a year without papers empty and give a year with one a sliver", () => {
    // 1 of 1,000 would be 0.1 %: raised to 4 %.
    expect(barHeights([1000, 0, 1])).toEqual([100, 0, 4]);
  });

  it("are none for no years", () => {
    expect(barHeights([])).toEqual([]);
  });
});
