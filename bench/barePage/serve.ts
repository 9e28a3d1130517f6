import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, preview } from "vite";
import type { ServedBuild } from "../../test/browser/support/productionBuild";

/** Builds the bare sigma page for production, like the app, and serves it on a free local port. */
export async function serveBarePage(): Promise<ServedBuild> {
  const root = fileURLToPath(new URL(".", import.meta.url));
  const outDir = mkdtempSync(join(tmpdir(), "coauthor-bare-page-"));
  const config = { root, configFile: false as const, base: "./", logLevel: "warn" as const };
  await build({ ...config, build: { outDir, emptyOutDir: true, target: "es2022" } });
  const server = await preview({ ...config, build: { outDir }, preview: { port: 0, host: "127.0.0.1", open: false } });
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
