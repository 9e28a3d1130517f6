import { decodeResult, type LoadMessage, type LoadRequest, type LoadResult } from "./messages";

export class LoadCancelled extends Error {
  constructor() {
    super("loading was cancelled");
  }
}

export interface RunningLoad {
  result: Promise<LoadResult>;
  cancel(): void;
}

/** Starts a load in a fresh worker. The promise rejects on failure or with LoadCancelled. */
export function startLoad(request: LoadRequest, onProgress: (fraction: number) => void): RunningLoad {
  const worker = new Worker(new URL("./load.worker.ts", import.meta.url), { type: "module" });
  let cancel = () => {};
  const result = new Promise<LoadResult>((resolve, reject) => {
    const finish = () => worker.terminate();
    cancel = () => {
      finish();
      reject(new LoadCancelled());
    };
    worker.onmessage = (event: MessageEvent<LoadMessage>) => {
      const message = event.data;
      if (message.type === "progress") return onProgress(message.fraction);
      finish();
      if (message.type === "done") resolve(decodeResult(message.json));
      else reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || "the loading worker failed"));
    };
    worker.onmessageerror = () => {
      finish();
      reject(new Error("the loading worker sent data that could not be read"));
    };
  });
  worker.postMessage(request);
  return { result, cancel: () => cancel() };
}
