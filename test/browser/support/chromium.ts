import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

const SYSTEM_BROWSERS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

// WebGL in headless Chromium without a GPU: SwiftShader. Network noise off: tests run offline.
const ARGS = [
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--ignore-gpu-blocklist",
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const HOW_TO_GET_ONE = [
  "No Chromium or Chrome found for the browser tests. Any one of these works:",
  "  - install one: `sudo apt-get install chromium` (Debian/Ubuntu) or Google Chrome;",
  "  - point CHROME_PATH at a Chrome or Chromium executable;",
  "  - on Linux x64, `npm ci` installs @sparticuz/chromium, which is used when nothing else is found.",
].join("\n");

/** A system Chrome/Chromium if there is one, else the one bundled by @sparticuz/chromium; never silently none. */
export async function findChromium(): Promise<string> {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH=${fromEnv} does not exist.\n${HOW_TO_GET_ONE}`);
  }
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (system) return system;
  if (process.platform === "linux" && process.arch === "x64") {
    try {
      const bundled = (await import("@sparticuz/chromium")).default;
      return await bundled.executablePath();
    } catch (error) {
      throw new Error(`${HOW_TO_GET_ONE}\n(@sparticuz/chromium failed: ${(error as Error).message})`);
    }
  }
  throw new Error(HOW_TO_GET_ONE);
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: await findChromium(), headless: true, args: ARGS });
}
