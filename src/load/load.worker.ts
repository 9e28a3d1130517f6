/// <reference lib="webworker" />
import { loadSources } from "./loadSources";
import { encodeResult, type LoadMessage, type LoadRequest } from "./messages";

// Parsing and building run here so a big file never freezes the page; cancelling terminates this worker.
const post = (message: LoadMessage) => self.postMessage(message);

self.onmessage = (event: MessageEvent<LoadRequest>) => {
  try {
    // Progress is the parse's share (90%); building the graph is the rest.
    const result = loadSources(event.data, (fraction) => post({ type: "progress", fraction: fraction * 0.9 }));
    const json = encodeResult(result);
    self.postMessage({ type: "done", json } satisfies LoadMessage, [json]);
  } catch (error) {
    post({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
};
