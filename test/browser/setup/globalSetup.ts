import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, preview } from "vite";
import type { TestProject } from "vitest/node";
import { findChromium } from "../support/chromium";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Builds the app as shipped and serves it: the browser tests run against the production build. */
export default async function setup(project: TestProject) {
  // Fail before building if there is no browser, with the message that says how to get one.
  await findChromium();
  const outDir = mkdtempSync(join(tmpdir(), "coauthor-explorer-build-"));
  await build({ logLevel: "warn", build: { outDir, emptyOutDir: true, sourcemap: false } });
  const server = await preview({ logLevel: "warn", build: { outDir }, preview: { port: 0, host: "127.0.0.1", open: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("the preview server did not report its address");
  project.provide("baseUrl", url);
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
