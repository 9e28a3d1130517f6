/// <reference lib="webworker" />
import { runAnalysis, type AnalysisMessage, type AnalysisRequest } from "./analysis";

// Betweenness of the visible network, off the page's thread; a newer request terminates this worker.
self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { id, input } = event.data;
  try {
    const result = runAnalysis(input);
    self.postMessage({ id, type: "done", result } satisfies AnalysisMessage, [result.values.buffer]);
  } catch (error) {
    self.postMessage({ id, type: "error", message: error instanceof Error ? error.message : String(error) } satisfies AnalysisMessage);
  }
};
