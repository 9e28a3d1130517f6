import type { AnalysisInput, AnalysisMessage, AnalysisRequest, AnalysisResult } from "./analysis";

/** Why a request's promise rejects when a newer request or `cancel()` replaced it: not a failure. */
export class AnalysisCancelled extends Error {
  constructor() {
    super("the analysis was replaced or cancelled");
  }
}

/** The part of a Worker the client uses, so tests can stand in for one. */
export type AnalysisWorker = Pick<Worker, "postMessage" | "terminate" | "onmessage" | "onerror">;

const startWorker = (): AnalysisWorker => new Worker(new URL("./analysis.worker.ts", import.meta.url), { type: "module" });

interface Pending {
  id: number;
  resolve(result: AnalysisResult): void;
  reject(error: Error): void;
}

/**
 * Computes betweenness of the visible network in a worker, one request at a time. A new request
 * replaces the running one: its worker is terminated, since a computation of seconds cannot be
 * interrupted otherwise, and its promise rejects with AnalysisCancelled. An idle worker is kept
 * for the next request, so a quick run of filter changes does not start one worker each.
 */
export class AnalysisClient {
  private worker: AnalysisWorker | null = null;
  private pending: Pending | null = null;
  private lastId = 0;

  constructor(private readonly createWorker: () => AnalysisWorker = startWorker) {}

  /** The input's edges buffer is transferred: the caller's array is empty afterwards. */
  betweenness(input: AnalysisInput): Promise<AnalysisResult> {
    this.cancel();
    const worker = this.worker ?? this.startWorker();
    const id = ++this.lastId;
    const result = new Promise<AnalysisResult>((resolve, reject) => (this.pending = { id, resolve, reject }));
    worker.postMessage({ id, input } satisfies AnalysisRequest, [input.edges.buffer]);
    return result;
  }

  /** Stops the running request, if any; its promise rejects with AnalysisCancelled. */
  cancel(): void {
    if (!this.pending) return;
    this.settle(new AnalysisCancelled());
    this.stopWorker();
  }

  /** Cancels and lets the worker go, when the page no longer needs measures. */
  dispose(): void {
    this.cancel();
    this.stopWorker();
  }

  private startWorker(): AnalysisWorker {
    const worker = this.createWorker();
    worker.onmessage = (event: MessageEvent<AnalysisMessage>) => {
      const message = event.data;
      // A terminated worker sends nothing more, but an answer may already have been queued.
      if (worker !== this.worker || message.id !== this.pending?.id) return;
      this.settle(message.type === "done" ? message.result : new Error(message.message));
    };
    worker.onerror = (event) => {
      if (worker !== this.worker) return;
      this.stopWorker();
      this.settle(new Error(event.message || "the analysis worker failed"));
    };
    this.worker = worker;
    return worker;
  }

  private settle(outcome: AnalysisResult | Error): void {
    const pending = this.pending;
    this.pending = null;
    if (!pending) return;
    if (outcome instanceof Error) pending.reject(outcome);
    else pending.resolve(outcome);
  }

  private stopWorker(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
