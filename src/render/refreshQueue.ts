/** What the queue asks of sigma. */
export interface Handover {
  /** Writes these items' new looks into sigma's buffers, without indexing: drawn at the next frame. */
  hand(batch: { nodes: string[]; edges: string[] }): void;
  /** Indexes what was handed over (drawing order, label grid), for the next frame. */
  index(): void;
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

/**
 * Hands sigma the authors and links whose drawing changed, a batch per task, then has them
 * indexed once, in a task of its own. Items queued while batches are pending join them: sigma
 * reduces each when handed it, so it gets the newest drawing, and a slider dragged or a year
 * played through does not queue the same items twice.
 */
export class RefreshQueue {
  private readonly nodes = new Set<string>();
  private readonly edges = new Set<string>();
  private cancel: (() => void) | null = null;

  constructor(
    private readonly sigma: Handover,
    private readonly later: Later = nextTask,
    private readonly batchSize = BATCH_SIZE,
  ) {}

  get pending(): boolean {
    return this.cancel !== null;
  }

  /** Queues changed items, handed over from the next task on. */
  add(changes: { nodes: readonly string[]; edges: readonly string[] }): void {
    for (const key of changes.nodes) this.nodes.add(key);
    for (const key of changes.edges) this.edges.add(key);
    if (this.nodes.size + this.edges.size > 0) this.cancel ??= this.later(this.step);
  }

  /** Forgets what is queued: a new graph is drawn afresh. */
  clear(): void {
    this.cancel?.();
    this.cancel = null;
    this.nodes.clear();
    this.edges.clear();
  }

  private readonly step = (): void => {
    this.cancel = null;
    const batch = { nodes: take(this.nodes, this.batchSize), edges: [] as string[] };
    batch.edges = take(this.edges, this.batchSize - batch.nodes.length);
    if (batch.nodes.length + batch.edges.length > 0) {
      this.sigma.hand(batch);
      this.cancel = this.later(this.step);
      return;
    }
    // All handed over: indexed once.
    this.sigma.index();
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
