import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, normalizePath, type Plugin } from "vite";
import { viteSingleFile } from "vite-plugin-singlefile";
import { SAVED_PAGE_TEMPLATE } from "./src/export/savedPageTemplate.ts";

/**
 * The page Save as HTML writes: the explorer in one file, with its script, styles, favicon and
 * workers inside, so that it runs from disk (file://), where browsers load no module script or
 * module worker from another file. The saved data is put into it at save time.
 */
export default defineConfig({
  base: "./",
  publicDir: false,
  // Classic workers from Blob URLs: module workers need a fetchable origin, which a file has not.
  worker: { format: "iife" },
  plugins: [inlineWorkers(), inlineFavicon(), viteSingleFile({ outputFileName: SAVED_PAGE_TEMPLATE })],
  build: { target: "es2022", sourcemap: false, reportCompressedSize: false },
});

// Vite names modules with forward slashes on every system.
const SOURCES = normalizePath(fileURLToPath(new URL("./src/", import.meta.url)));
const WORKER = /new Worker\(new URL\("\.\/([\w.]+\.worker\.ts)", import\.meta\.url\), \{ type: "module" \}\)/g;

/**
 * Each `new Worker(new URL("./x.worker.ts", import.meta.url), { type: "module" })` becomes Vite's
 * inline worker (`./x.worker.ts?worker&inline`): its code travels in the page and starts from a
 * Blob URL. A worker started in any other way would fetch a file, so the build stops on one.
 */
function inlineWorkers(): Plugin {
  return {
    name: "coauthor:inline-workers",
    enforce: "pre",
    transform(code, id) {
      if (!id.startsWith(SOURCES) || !id.endsWith(".ts") || !code.includes("new Worker(")) return null;
      const imports: string[] = [];
      const rewritten = code.replace(WORKER, (_, file: string) => {
        const name = `InlineWorker${imports.length}`;
        imports.push(`import ${name} from "./${file}?worker&inline";`);
        return `new ${name}()`;
      });
      if (rewritten.includes("new Worker(")) {
        throw new Error(`${id}: a worker the saved page cannot carry inline (start it as new Worker(new URL("./x.worker.ts", import.meta.url), { type: "module" }))`);
      }
      return { code: `${imports.join("\n")}\n${rewritten}`, map: null };
    },
  };
}

/** The favicon as a data: URL, so that opening the page asks for no other file. */
function inlineFavicon(): Plugin {
  return {
    name: "coauthor:inline-favicon",
    transformIndexHtml(html) {
      const svg = readFileSync(new URL("./public/favicon.svg", import.meta.url), "utf8");
      return html.replace(/href="\.\/favicon\.svg"/, `href="data:image/svg+xml,${encodeURIComponent(svg)}"`);
    },
  };
}
