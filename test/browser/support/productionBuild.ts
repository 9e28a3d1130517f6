import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, preview, type InlineConfig } from "vite";

export interface ServedBuild {
  url: string;
  close(): Promise<void>;
}

/**
 * Builds the app as shipped into a temporary folder, adds `extraFiles` beside it (e.g. a listing
 * to load with ?listing=), and serves it on a free local port. Used by the browser tests and the benchmark.
 */
export async function serveProductionBuild(extraFiles: Record<string, string> = {}): Promise<ServedBuild> {
  const outDir = mkdtempSync(join(tmpdir(), "coauthor-explorer-build-"));
  await build({ logLevel: "warn", build: { outDir, emptyOutDir: true, sourcemap: false } });
  for (const [name, text] of Object.entries(extraFiles)) writeFileSync(join(outDir, name), text);
  return serveBuilt(outDir);
}

/** Serves a built folder on a free local port; closing stops the server and removes the folder. */
export async function serveBuilt(outDir: string, config: InlineConfig = {}): Promise<ServedBuild> {
  const server = await preview({ logLevel: "warn", ...config, build: { outDir }, preview: { port: 0, host: "127.0.0.1", open: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("the preview server did not report its address");
  return {
    url,
    async close() {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
