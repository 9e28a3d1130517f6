import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { playStart, playStep, YearPlayer, type PlayScene } from "../../../src/panels/yearPlayer";
import type { YearRange } from "../../../src/panels/yearScale";

describe("the steps of a play", () => {
  it("start at the first year alone", () => {
    expect(playStart([2023, 2026], null)).toEqual([2023, 2023]);
    expect(playStart([2023, 2026], [2025, 2026])).toEqual([2023, 2023]);
    expect(playStart([2023, 2026], [2023, 2026])).toEqual([2023, 2023]);
  });

  it("resume a range paused on the way", () => {
    expect(playStart([2023, 2026], [2023, 2024])).toEqual([2023, 2024]);
  });

  it("move the end one year, until the last", () => {
    expect(playStep([2023, 2026], [2023, 2023])).toEqual([2023, 2024]);
    expect(playStep([2023, 2026], [2023, 2025])).toEqual([2023, 2026]);
    expect(playStep([2023, 2026], [2023, 2026])).toBeNull();
  });
});

describe("the year player", () => {
  const network = {};
  let set: YearRange[];
  let shown: boolean;
  let years: YearRange | null;
  // The panel as the store redraws it: every range set is observed at once, as a redraw would.
  let player: YearPlayer;
  const scene = (): PlayScene => ({
    network,
    span: [2023, 2026],
    years,
    setYears: (next) => {
      set.push(next);
      years = next;
      player.observe(scene());
    },
    shown: () => shown,
  });

  beforeEach(() => {
    vi.useFakeTimers();
    set = [];
    shown = true;
    years = null;
    player = new YearPlayer(700);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("sets the first year at once, then one more year every step, and stops at the last", () => {
    player.play(scene());
    expect(set).toEqual([[2023, 2023]]);
    expect(player.playing).toBe(true);
    vi.advanceTimersByTime(699);
    expect(set).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(set).toEqual([[2023, 2023], [2023, 2024]]);
    vi.advanceTimersByTime(1400);
    expect(set).toEqual([[2023, 2023], [2023, 2024], [2023, 2025], [2023, 2026]]);
    expect(player.playing).toBe(false);
    vi.advanceTimersByTime(5000);
    expect(set).toHaveLength(4);
  });

  it("is no longer playing when it sets the last year, so the redraw shows Play", () => {
    const playingWhenSet: boolean[] = [];
    player.play({ ...scene(), setYears: () => playingWhenSet.push(player.playing) });
    vi.advanceTimersByTime(700 * 3);
    // 2023, 2024 and 2025 have a step to come; 2026 is the last.
    expect(playingWhenSet).toEqual([true, true, true, false]);
  });

  it("pauses where it is", () => {
    player.play(scene());
    vi.advanceTimersByTime(700);
    player.stop();
    vi.advanceTimersByTime(5000);
    expect(set).toEqual([[2023, 2023], [2023, 2024]]);
    expect(player.playing).toBe(false);
  });

  it("stops when the range shown is not the one it set", () => {
    player.play(scene());
    years = [2025, 2026]; // moved by hand, or reset elsewhere
    player.observe(scene());
    vi.advanceTimersByTime(5000);
    expect(set).toEqual([[2023, 2023]]);
    expect(player.playing).toBe(false);
  });

  it("stops when another network is shown", () => {
    player.play(scene());
    player.observe({ ...scene(), network: {} });
    vi.advanceTimersByTime(5000);
    expect(set).toEqual([[2023, 2023]]);
  });

  it("stops at the next step when its controls are gone from the screen", () => {
    player.play(scene());
    shown = false;
    vi.advanceTimersByTime(5000);
    expect(set).toEqual([[2023, 2023]]);
    expect(player.playing).toBe(false);
  });

  it("plays on through redraws that show the range it set", () => {
    player.play(scene());
    player.observe(scene());
    player.observe(scene());
    vi.advanceTimersByTime(700);
    expect(set).toEqual([[2023, 2023], [2023, 2024]]);
  });
});
