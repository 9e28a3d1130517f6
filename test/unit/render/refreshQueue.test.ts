import { describe, expect, it } from "vitest";
import { RefreshQueue, type Handover } from "../../../src/render/refreshQueue";

/** A queue over a recorded refresh, with tasks run by hand. */
function recordedQueue(batchSize: number, scanSize = 2) {
  const calls: { nodes: string[]; edges: string[]; indexed: boolean }[] = [];
  let drawn = 0;
  const sigma: Handover = {
    hand: (batch) => calls.push({ ...batch, indexed: false }),
    index: () => calls.push({ nodes: [], edges: [], indexed: true }),
    draw: () => drawn++,
  };
  let tasks: (() => void)[] = [];
  const later = (callback: () => void) => {
    tasks.push(callback);
    return () => (tasks = tasks.filter((t) => t !== callback));
  };
  const runTask = () => {
    const task = tasks.shift();
    task?.();
    return task !== undefined;
  };
  return { queue: new RefreshQueue(sigma, later, batchSize, scanSize), calls, runTask, tasks: () => tasks.length, drawn: () => drawn };
}

describe("handing sigma what changed, a batch per task", () => {
  it("hands a batch per task from the next one on, authors first, then indexes once", () => {
    const { queue, calls, runTask, tasks } = recordedQueue(2);
    queue.add({ nodes: ["a", "b", "c"], edges: ["x", "y"] });
    expect([calls.length, tasks()]).toEqual([0, 1]);
    runTask();
    expect(calls).toEqual([{ nodes: ["a", "b"], edges: [], indexed: false }]);
    runTask();
    runTask();
    expect(calls.slice(1)).toEqual([
      { nodes: ["c"], edges: ["x"], indexed: false },
      { nodes: [], edges: ["y"], indexed: false },
    ]);
    runTask();
    expect(calls[3]).toEqual({ nodes: [], edges: [], indexed: true });
    expect([tasks(), runTask()]).toEqual([0, false]);
  });

  it("joins what is queued while batches are pending, each item once, in one run of tasks", () => {
    const { queue, calls, runTask, tasks } = recordedQueue(2);
    queue.add({ nodes: ["a", "b", "c"], edges: [] });
    runTask();
    queue.add({ nodes: ["c", "d"], edges: [] });
    expect(tasks()).toBe(1);
    runTask();
    runTask();
    expect(calls).toEqual([
      { nodes: ["a", "b"], edges: [], indexed: false },
      { nodes: ["c", "d"], edges: [], indexed: false },
      { nodes: [], edges: [], indexed: true },
    ]);
    expect(runTask()).toBe(false);
  });

  it("does nothing for no change, and forgets what is queued when cleared", () => {
    const { queue, calls, runTask, tasks } = recordedQueue(2);
    queue.add({ nodes: [], edges: [] });
    expect([calls.length, tasks()]).toEqual([0, 0]);
    queue.add({ nodes: ["a", "b", "c"], edges: [] });
    runTask();
    queue.clear();
    expect([tasks(), runTask(), calls.length]).toEqual([0, false, 1]);
  });

  it("looks through a whole drawing a slice per task, handing over what each slice finds, then indexes once", () => {
    const { queue, calls, runTask, tasks } = recordedQueue(2, 3);
    // Authors a, b, c and links x, y, z: b, c and z changed.
    queue.scan(scanOf({ a: false, b: true, c: true, x: false, y: false, z: true }));
    expect(calls.length).toBe(0);
    runTask(); // looks at a, b, c; hands b, c
    runTask(); // looks at x, y, z; hands z
    runTask(); // indexes
    expect(calls).toEqual([
      { nodes: ["b", "c"], edges: [], indexed: false },
      { nodes: [], edges: ["z"], indexed: false },
      { nodes: [], edges: [], indexed: true },
    ]);
    expect([tasks(), runTask()]).toEqual([0, false]);
  });

  it("gives a scan under way up for a new one, and draws without indexing when nothing changed", () => {
    const { queue, calls, runTask, tasks, drawn } = recordedQueue(2, 1);
    queue.scan(scanOf({ a: true, b: true }));
    runTask(); // a
    queue.scan(scanOf({ a: false, b: false }));
    runTask(); // the new scan looks at a: no change
    expect(calls).toEqual([{ nodes: ["a"], edges: [], indexed: false }]);
    runTask(); // b: no change, and the scan is done: indexed, since a was handed over
    expect(calls[1]).toEqual({ nodes: [], edges: [], indexed: true });
    queue.scan(scanOf({ a: false }));
    runTask(); // a: no change, done: nothing handed over, so only drawn
    expect([calls.length, drawn(), tasks(), runTask()]).toEqual([2, 1, 0, false]);
  });
});

/** A scan over authors (one letter a to c) and links (x to z), in this order; true for changed. */
function scanOf(changed: Record<string, boolean>) {
  const keys = Object.keys(changed);
  let position = 0;
  return {
    next(count: number) {
      const slice = keys.slice(position, position + count);
      position += slice.length;
      const found = slice.filter((key) => changed[key]);
      return { nodes: found.filter((key) => key < "x"), edges: found.filter((key) => key >= "x"), done: position === keys.length };
    },
  };
}
