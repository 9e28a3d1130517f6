/** How long the camera must stay still to be at rest, in milliseconds: longer than a frame or two of a drag or a zoom animation. */
export const REST_AFTER_MS = 120;

/**
 * Whether the camera is moving: from its first update until it has stayed still for
 * REST_AFTER_MS. What costs more than a frame can afford (placing labels, halos, picking links,
 * hover emphasis) is done at rest only; `onRest` is told when the camera comes to rest, to
 * draw the map once more with all of it.
 */
export class CameraMotion {
  private still: ReturnType<typeof setTimeout> | null = null;
  private movingNow = false;

  constructor(
    private readonly onRest: () => void,
    private readonly restAfterMs = REST_AFTER_MS,
  ) {}

  get moving(): boolean {
    return this.movingNow;
  }

  /** The camera has just moved: at rest again once it has stayed still long enough. */
  moved(): void {
    this.movingNow = true;
    if (this.still !== null) clearTimeout(this.still);
    this.still = setTimeout(() => {
      this.still = null;
      this.movingNow = false;
      this.onRest();
    }, this.restAfterMs);
  }

  /** At rest now, without telling: for a camera set before a new network is drawn. */
  reset(): void {
    if (this.still !== null) clearTimeout(this.still);
    this.still = null;
    this.movingNow = false;
  }
}
