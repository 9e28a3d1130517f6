import { defineConfig } from "vite";

// The explorer is a static single page: everything runs in the browser.
export default defineConfig({
  base: "./",
  server: { open: !process.env.CI && !process.env.NO_OPEN },
  worker: { format: "es" },
  build: { target: "es2022", sourcemap: true, chunkSizeWarningLimit: 1000 },
});
