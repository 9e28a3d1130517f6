import type { TestProject } from "vitest/node";
import { findChromium } from "../support/chromium";
import { serveProductionBuild } from "../support/productionBuild";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Builds the app as shipped and serves it: the browser tests run against the production build. */
export default async function setup(project: TestProject) {
  // Fail before building if there is no browser, with the message that says how to get one.
  await findChromium();
  const served = await serveProductionBuild();
  project.provide("baseUrl", served.url);
  return () => served.close();
}
