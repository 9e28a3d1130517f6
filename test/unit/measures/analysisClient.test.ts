import { describe, expect, it } from "vitest";
import type { AnalysisInput, AnalysisMessage, AnalysisRequest, AnalysisResult } from "../../../src/measures/analysis";
import { AnalysisCancelled, AnalysisClient, type AnalysisWorker } from "../../../src/measures/analysisClient";

/** Stands in for the worker: records what it is sent, answers when told. */
class FakeWorker {
  onmessage: ((event: MessageEvent<AnalysisMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  sent: { request: AnalysisRequest; transfer: Transferable[] }[] = [];
  terminated = false;
  postMessage(request: AnalysisRequest, transfer: Transferable[]): void {
    this.sent.push({ request, transfer });
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(message: AnalysisMessage): void {
    this.onmessage?.({ data: message } as MessageEvent<AnalysisMessage>);
  }
  /** The id of the last request, to answer it. */
  get lastId(): number {
    return this.sent.at(-1)!.request.id;
  }
}

function clientWithFakes() {
  const workers: FakeWorker[] = [];
  const client = new AnalysisClient(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker as unknown as AnalysisWorker;
  });
  return { client, workers };
}

const input = (): AnalysisInput => ({ keys: ["a", "b"], edges: Uint32Array.of(0, 1) });
const result = (value: number): AnalysisResult => ({ values: Float64Array.of(value, value), exact: true, sources: 2, error: 0 });

describe("analysis client", () => {
  it("sends the network with its edges transferred and resolves with the worker's answer", async () => {
    const { client, workers } = clientWithFakes();
    const sentInput = input();
    const answer = client.betweenness(sentInput);
    const [worker] = workers;
    expect(worker!.sent[0]!.transfer).toEqual([sentInput.edges.buffer]);
    worker!.answer({ id: worker!.lastId, type: "done", result: result(0.5) });
    await expect(answer).resolves.toEqual(result(0.5));
  });

  it("keeps an idle worker for the next request", async () => {
    const { client, workers } = clientWithFakes();
    const first = client.betweenness(input());
    workers[0]!.answer({ id: workers[0]!.lastId, type: "done", result: result(1) });
    await first;
    const second = client.betweenness(input());
    workers[0]!.answer({ id: workers[0]!.lastId, type: "done", result: result(2) });
    await expect(second).resolves.toEqual(result(2));
    expect(workers.length).toBe(1);
    expect(workers[0]!.terminated).toBe(false);
  });

  it("replaces a running request: its worker stops, its promise rejects as cancelled, a late answer is ignored", async () => {
    const { client, workers } = clientWithFakes();
    const first = client.betweenness(input());
    const second = client.betweenness(input());
    await expect(first).rejects.toBeInstanceOf(AnalysisCancelled);
    expect(workers.map((w) => w.terminated)).toEqual([true, false]);
    workers[0]!.answer({ id: workers[0]!.lastId, type: "done", result: result(1) });
    workers[1]!.answer({ id: workers[1]!.lastId, type: "done", result: result(2) });
    await expect(second).resolves.toEqual(result(2));
  });

  it("ignores an answer to an earlier request from the same worker", async () => {
    const { client, workers } = clientWithFakes();
    const first = client.betweenness(input());
    const staleId = workers[0]!.lastId;
    workers[0]!.answer({ id: staleId, type: "done", result: result(1) });
    await first;
    const second = client.betweenness(input());
    workers[0]!.answer({ id: staleId, type: "done", result: result(9) });
    workers[0]!.answer({ id: workers[0]!.lastId, type: "done", result: result(2) });
    await expect(second).resolves.toEqual(result(2));
  });

  it("cancels on request, and does nothing when nothing runs", async () => {
    const { client, workers } = clientWithFakes();
    client.cancel();
    expect(workers.length).toBe(0);
    const running = client.betweenness(input());
    client.cancel();
    await expect(running).rejects.toBeInstanceOf(AnalysisCancelled);
    expect(workers[0]!.terminated).toBe(true);
  });

  it("rejects with the worker's error message", async () => {
    const { client, workers } = clientWithFakes();
    const running = client.betweenness(input());
    workers[0]!.answer({ id: workers[0]!.lastId, type: "error", message: "out of memory" });
    await expect(running).rejects.toThrow("out of memory");
  });

  it("rejects when the worker itself fails, and starts a new one next time", async () => {
    const { client, workers } = clientWithFakes();
    const running = client.betweenness(input());
    workers[0]!.onerror?.({ message: "script failed" } as ErrorEvent);
    await expect(running).rejects.toThrow("script failed");
    expect(workers[0]!.terminated).toBe(true);
    void client.betweenness(input()).catch(() => {});
    expect(workers.length).toBe(2);
    client.dispose();
    expect(workers[1]!.terminated).toBe(true);
  });
});
