import type { CoauthorGraph } from "../graph/types";
import { applyPositions } from "./input";
import type { LayoutInput, LayoutMessage } from "./types";

export type LayoutStatus = "running" | "settled" | "stopped" | "failed";

/**
 * Runs the layout of a graph in a worker and writes positions onto the graph, at most once per
 * animation frame; the renderer redraws on its own from graph events.
 */
export class LayoutRunner {
  private worker: Worker | null = null;
  private pending: Float32Array | null = null;
  private frameRequested = false;

  constructor(
    private readonly graph: CoauthorGraph,
    /** What to lay out, read at each start: the authors shown then, from where they are. */
    private readonly inputOf: () => LayoutInput,
    private readonly onStatus: (status: LayoutStatus) => void,
  ) {}

  get running(): boolean {
    return this.worker !== null;
  }

  /** Starts from the graph's current positions. */
  start(): void {
    this.stopWorker();
    const input = this.inputOf();
    const keys = input.keys;
    const worker = new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
    this.worker = worker;
    worker.onmessage = (event: MessageEvent<LayoutMessage>) => {
      if (worker !== this.worker) return;
      const message = event.data;
      if (message.type === "frame") {
        this.schedule(keys, message.xy);
      } else if (message.type === "settled") {
        this.pending = null;
        applyPositions(this.graph, keys, message.xy);
        this.stopWorker();
        this.onStatus("settled");
      } else {
        this.stopWorker();
        console.error(`layout failed: ${message.message}`);
        this.onStatus("failed");
      }
    };
    worker.onerror = (event) => {
      this.stopWorker();
      console.error(`layout worker failed: ${event.message}`);
      this.onStatus("failed");
    };
    worker.postMessage(input, [input.xy.buffer, input.sizes.buffer, input.edges.buffer, input.weights.buffer]);
    this.onStatus("running");
  }

  /** Stops where it is; positions drawn so far stay. */
  stop(): void {
    if (!this.worker) return;
    this.stopWorker();
    this.onStatus("stopped");
  }

  private stopWorker(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  private schedule(keys: string[], xy: Float32Array): void {
    this.pending = xy;
    if (this.frameRequested) return;
    this.frameRequested = true;
    requestAnimationFrame(() => {
      this.frameRequested = false;
      if (this.pending && this.worker) applyPositions(this.graph, keys, this.pending);
      this.pending = null;
    });
  }
}
