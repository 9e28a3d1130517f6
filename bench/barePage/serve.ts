import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { serveBuilt, type ServedBuild } from "../../test/browser/support/productionBuild";

/** Builds the bare sigma page for production, like the app, and serves it on a free local port. */
export async function serveBarePage(): Promise<ServedBuild> {
  const root = fileURLToPath(new URL(".", import.meta.url));
  const outDir = mkdtempSync(join(tmpdir(), "coauthor-bare-page-"));
  const config = { root, configFile: false as const, base: "./", logLevel: "warn" as const };
  await build({ ...config, build: { outDir, emptyOutDir: true, target: "es2022" } });
  return serveBuilt(outDir, config);
}
