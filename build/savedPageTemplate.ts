import { fileURLToPath } from "node:url";
import { build, type Plugin, type Rollup } from "vite";
import { SAVED_PAGE_TEMPLATE } from "../src/export/savedPageTemplate.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Builds the saved page's template (vite.standalone.config.ts) in memory and returns its HTML. */
export async function buildSavedPageTemplate(): Promise<string> {
  const output = await build({ root, configFile: `${root}vite.standalone.config.ts`, logLevel: "warn", build: { write: false } });
  const outputs = (Array.isArray(output) ? output : [output]) as Rollup.RollupOutput[];
  for (const { output: files } of outputs) {
    const html = files.find((file) => file.fileName === SAVED_PAGE_TEMPLATE);
    if (html?.type === "asset") return typeof html.source === "string" ? html.source : new TextDecoder().decode(html.source);
  }
  throw new Error(`the saved page's build wrote no ${SAVED_PAGE_TEMPLATE}`);
}

/**
 * The template beside the app: emitted with every production build, and built by the dev server
 * on the first request for it (then kept until a source file changes), so that Save as HTML works
 * in `npm start` too.
 */
export function savedPageTemplate(): Plugin {
  let cached: Promise<string> | null = null;
  return {
    name: "coauthor:saved-page-template",
    async generateBundle() {
      this.emitFile({ type: "asset", fileName: SAVED_PAGE_TEMPLATE, source: await buildSavedPageTemplate() });
    },
    configureServer(server) {
      server.watcher.on("change", () => (cached = null));
      server.middlewares.use(`/${SAVED_PAGE_TEMPLATE}`, (_request, response) => {
        cached ??= buildSavedPageTemplate();
        cached.then(
          (html) => response.setHeader("Content-Type", "text/html; charset=utf-8").end(html),
          (error: Error) => {
            cached = null;
            response.statusCode = 500;
            response.end(`the saved page could not be built: ${error.message}`);
          },
        );
      });
    },
  };
}
