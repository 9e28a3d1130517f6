import { defineConfig } from "vite";
import { savedPageTemplate } from "./build/savedPageTemplate.ts";

// The explorer is a static single page: everything runs in the browser.
export default defineConfig({
  base: "./",
  server: { open: !process.env.CI && !process.env.NO_OPEN },
  worker: { format: "es" },
  // Save as HTML fills in saved-page.html, built beside index.html (vite.standalone.config.ts).
  plugins: [savedPageTemplate()],
  // Used only inside the workers, where the dev server finds them late and reloads the page.
  optimizeDeps: {
    include: [
      "graphology-communities-louvain",
      "graphology-layout-forceatlas2",
      "graphology-layout-forceatlas2/defaults.js",
      "graphology-layout-forceatlas2/iterate.js",
      "graphology-metrics/centrality/betweenness",
      "graphology-shortest-path/indexed-brandes",
    ],
  },
  build: { target: "es2022", sourcemap: true, chunkSizeWarningLimit: 1000 },
});
