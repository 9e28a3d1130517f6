/// <reference lib="webworker" />
import { runLayout } from "./run";
import type { LayoutInput, LayoutMessage } from "./types";

// Runs the whole layout and streams positions back; stopping it means terminating this worker.
const post = (message: LayoutMessage) => self.postMessage(message);

self.onmessage = (event: MessageEvent<LayoutInput>) => {
  try {
    const { xy, iterations } = runLayout(event.data, {
      onFrame: (frame, iteration, phase) => post({ type: "frame", xy: frame, iteration, phase }),
    });
    post({ type: "settled", xy, iterations });
  } catch (error) {
    post({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
};
