import { describe, expect, it } from "vitest";
import { RefreshQueue, type Handover } from "../../../src/render/refreshQueue";

/** A queue over a recorded refresh, with tasks run by hand. */
function recordedQueue(batchSize: number) {
  const calls: { nodes: string[]; edges: string[]; indexed: boolean }[] = [];
  const sigma: Handover = {
    hand: (batch) => calls.push({ ...batch, indexed: false }),
    index: () => calls.push({ nodes: [], edges: [], indexed: true }),
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
  return { queue: new RefreshQueue(sigma, later, batchSize), calls, runTask, tasks: () => tasks.length };
}

describe("handing sigma what changed, a batch per task", () => {
  it("hands a batch per task from the next one on, authors first, then indexes once", () => {
    const { queue, calls, runTask } = recordedQueue(2);
    queue.add({ nodes: ["a", "b", "c"], edges: ["x", "y"] });
    expect([calls.length, queue.pending]).toEqual([0, true]);
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
    expect([queue.pending, runTask()]).toEqual([false, false]);
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
    const { queue, calls, runTask } = recordedQueue(2);
    queue.add({ nodes: [], edges: [] });
    expect([calls.length, queue.pending]).toEqual([0, false]);
    queue.add({ nodes: ["a", "b", "c"], edges: [] });
    runTask();
    queue.clear();
    expect([queue.pending, runTask(), calls.length]).toEqual([false, false, 1]);
  });
});
