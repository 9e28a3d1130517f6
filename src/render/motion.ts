/** How long the camera must stay still to be at rest, in milliseconds: longer than a frame or two of a drag or a zoom animation. */
export const REST_AFTER_MS = 120;
/**
 * And for how many animation frames: where frames are slow (software WebGL, a busy machine),
 * a drag moves the camera once a frame, further apart than REST_AFTER_MS, and is not a rest.
 */
export const REST_AFTER_FRAMES = 3;

export interface MotionClock {
  now(): number;
  /** Calls back at the next animation frame. */
  nextFrame(callback: () => void): void;
}

const browserClock: MotionClock = {
  now: () => performance.now(),
  nextFrame: (callback) => requestAnimationFrame(callback),
};

/**
 * Whether the camera is moving: from its first update until it has stayed still for
 * REST_AFTER_MS and REST_AFTER_FRAMES. What costs more than a frame can afford (placing labels,
 * halos, hover emphasis) is done at rest only; `onRest` is told when the camera comes to
 * rest, to draw the map once more with all of it.
 */
export class CameraMotion {
  private movingNow = false;
  private watching = false;
  private lastMove = 0;
  private stillFrames = 0;

  constructor(
    private readonly onRest: () => void,
    private readonly clock: MotionClock = browserClock,
  ) {}

  get moving(): boolean {
    return this.movingNow;
  }

  /** The camera has just moved: at rest again once it has stayed still long enough. */
  moved(): void {
    this.movingNow = true;
    this.lastMove = this.clock.now();
    this.stillFrames = 0;
    if (!this.watching) {
      this.watching = true;
      this.clock.nextFrame(this.watch);
    }
  }

  /** At rest now, without telling: for a camera set before a new network is drawn. */
  reset(): void {
    this.movingNow = false;
  }

  private readonly watch = (): void => {
    if (!this.movingNow) {
      this.watching = false;
      return;
    }
    this.stillFrames++;
    if (this.stillFrames < REST_AFTER_FRAMES || this.clock.now() - this.lastMove < REST_AFTER_MS) {
      this.clock.nextFrame(this.watch);
      return;
    }
    this.watching = false;
    this.movingNow = false;
    this.onRest();
  };
}
