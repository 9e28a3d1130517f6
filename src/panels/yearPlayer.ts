import { sameYears, type YearRange } from "./yearScale";

/** How long each year stays on screen while the network grows. */
export const PLAY_STEP_MS = 700;

/**
 * Where a play starts: at the first year alone, or, after a pause part of the way through (the
 * range still starts at the first year and ends before the last), where it was paused.
 */
export function playStart(span: YearRange, years: YearRange | null): YearRange {
  return years && years[0] === span[0] && years[1] < span[1] ? years : [span[0], span[0]];
}

/** The range one step later, its end a year further; null once it reaches the last year. */
export function playStep(span: YearRange, years: YearRange): YearRange | null {
  return years[1] < span[1] ? [years[0], years[1] + 1] : null;
}

/** What a play needs from the screen it was started on; `observe` brings it up to date. */
export interface PlayScene {
  /** The network playing: another one loaded stops the play. */
  network: object;
  /** The data's first and last year. */
  span: YearRange;
  /** The range shown now. */
  years: YearRange | null;
  setYears(years: YearRange): void;
  /** Whether the controls that can pause the play are still on screen. */
  shown(): boolean;
}

/**
 * Grows the network year by year: the range's end moves one year per step until the last year.
 * It lives outside the panel, which is rebuilt on every change, and the panel tells it, each
 * time it is drawn, what is shown (`observe`): a range that is not the one the player set (the
 * user moved it, reset it, or showed everything) or another network stops it. So does a panel
 * that is gone from the screen at the next step: its Pause button would be gone with it.
 */
export class YearPlayer {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private scene: PlayScene | null = null;
  private current: YearRange | null = null;

  constructor(private readonly stepMs = PLAY_STEP_MS) {}

  get playing(): boolean {
    return this.timer !== null;
  }

  play(scene: PlayScene): void {
    this.stop();
    this.scene = scene;
    this.show(playStart(scene.span, scene.years));
  }

  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.scene = null;
  }

  observe(scene: PlayScene): void {
    if (!this.scene) return;
    if (scene.network !== this.scene.network || !sameYears(scene.years, this.current)) this.stop();
    else this.scene = scene;
  }

  private show(years: YearRange): void {
    const scene = this.scene!;
    // The next step is due (or not) before the range is set: setting it redraws the panel,
    // which reads `playing` for its button and observes the range set here.
    this.current = years;
    this.timer = playStep(scene.span, years) ? setTimeout(() => this.step(), this.stepMs) : null;
    if (!this.timer) this.scene = null;
    scene.setYears(years);
  }

  private step(): void {
    this.timer = null;
    const scene = this.scene;
    const next = scene && this.current && playStep(scene.span, this.current);
    if (!scene || !next || !scene.shown()) return this.stop();
    this.show(next);
  }
}

/** The app's one player: the filters panel starts, pauses and observes it. */
export const yearPlayer = new YearPlayer();
