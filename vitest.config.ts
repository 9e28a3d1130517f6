import { defineConfig } from "vitest/config";

// Two projects: fast unit tests in Node (proof the core needs no DOM), and
// real-browser tests that drive headless Chromium against a production build.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          environment: "node",
          // A safety net, not a speed target: round trips of generated bibliographies take
          // seconds on a busy 2-core machine, past vitest's 5 s default.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/browser/setup/globalSetup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machines have two cores and SwiftShader is CPU-bound.
          fileParallelism: false,
        },
      },
    ],
  },
});
