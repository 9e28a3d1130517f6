import type { ChangeScan, Changes } from "./changedItems";

/** What the queue asks of sigma. */
export interface Handover {
  /** Writes these items' new looks into sigma's buffers, without indexing: drawn at the next frame. */
  hand(batch: { nodes: string[]; edges: string[] }): void;
  /** Indexes what was handed over (drawing order, label grid), for the next frame. */
  index(): void;
  /** Draws the next frame: a change of the drawing that changed no author or link (group names, legends). */
  draw(): void;
}

/** Calls back in a task of its own; returns how to cancel. */
export type Later = (callback: () => void) => () => void;

const nextTask: Later = (callback) => {
  const timer = setTimeout(callback, 0);
  return () => clearTimeout(timer);
};

/**
 * How many authors and links sigma is handed in one task: 10 to 30 ms of its work (on a
 * 2-core machine with software WebGL), so no interaction blocks the page for long.
 */
export const BATCH_SIZE = 3_000;

/** How many authors and links a task reduces and compares for changes: about 10 ms of work. */
export const SCAN_SIZE = 10_000;

/**
 * Hands sigma the authors and links whose drawing changed, a batch per task, then has them
 * indexed once, in a task of its own. A change of the whole drawing is looked for a slice per
 * task too (scan), beside the batches. Items queued while batches are pending join them: sigma
 * reduces each when handed it, so it gets the newest drawing, and a slider dragged or a year
 * played through does not queue the same items twice.
 */
export class RefreshQueue {
  private readonly nodes = new Set<string>();
  private readonly edges = new Set<string>();
  private scanning: ChangeScan | null = null;
  private handed = false;
  private cancel: (() => void) | null = null;

  constructor(
    private readonly sigma: Handover,
    private readonly later: Later = nextTask,
    private readonly batchSize = BATCH_SIZE,
    private readonly scanSize = SCAN_SIZE,
  ) {}

  /** Queues changed items, handed over from the next task on. */
  add(changes: Changes): void {
    for (const key of changes.nodes) this.nodes.add(key);
    for (const key of changes.edges) this.edges.add(key);
    if (this.nodes.size + this.edges.size > 0) this.cancel ??= this.later(this.step);
  }

  /**
   * Looks for changes among every author and link, a slice per task from the next one on, and
   * hands over what it finds; a scan under way gives way to this one, which looks at all again.
   */
  scan(scan: ChangeScan): void {
    this.scanning = scan;
    this.cancel ??= this.later(this.step);
  }

  /** Forgets what is queued: a new graph is drawn afresh. */
  clear(): void {
    this.cancel?.();
    this.cancel = null;
    this.scanning = null;
    this.handed = false;
    this.nodes.clear();
    this.edges.clear();
  }

  private readonly step = (): void => {
    this.cancel = null;
    if (this.scanning) {
      const found = this.scanning.next(this.scanSize);
      if (found.done) this.scanning = null;
      for (const key of found.nodes) this.nodes.add(key);
      for (const key of found.edges) this.edges.add(key);
    }
    const batch = { nodes: take(this.nodes, this.batchSize), edges: [] as string[] };
    batch.edges = take(this.edges, this.batchSize - batch.nodes.length);
    if (batch.nodes.length + batch.edges.length > 0) {
      this.sigma.hand(batch);
      this.handed = true;
    }
    if (this.scanning || this.nodes.size + this.edges.size > 0 || batch.nodes.length + batch.edges.length > 0) {
      this.cancel = this.later(this.step);
      return;
    }
    // All looked at and handed over: indexed once, if anything was.
    if (this.handed) this.sigma.index();
    else this.sigma.draw();
    this.handed = false;
  };
}

/** Takes up to `count` items out of a set, in its order. */
function take(set: Set<string>, count: number): string[] {
  const taken: string[] = [];
  for (const key of set) {
    if (taken.length >= count) break;
    taken.push(key);
  }
  for (const key of taken) set.delete(key);
  return taken;
}
