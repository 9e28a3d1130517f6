import { readFileSync } from "node:fs";
import semver from "semver";
import { describe, expect, it } from "vitest";

const root = new URL("../../../", import.meta.url);
const read = (name: string) => readFileSync(new URL(name, root), "utf8");

const packageJson = JSON.parse(read("package.json")) as { engines: { node: string } };
const lock = JSON.parse(read("package-lock.json")) as { packages: Record<string, { engines?: { node?: string } | string[] }> };
/** The oldest Node the project says it runs on: what `engines` allows at least. */
const oldest = semver.minVersion(packageJson.engines.node)!.version;

// `npm ci` warns for every installed package whose own `engines` refuses the running Node; the
// README, `engines` and every package installed must agree on the oldest Node that works.
describe("the Node.js version the project needs", () => {
  it("is the one the README names", () => {
    const named = read("README.md").match(/Needs Node\.js (\d+\.\d+(?:\.\d+)?) or newer/)?.[1];
    expect(named && semver.coerce(named)!.version).toBe(oldest);
  });

  it("is accepted by every package npm ci installs", () => {
    const refusing = Object.entries(lock.packages)
      .map(([path, entry]) => [path, Array.isArray(entry.engines) ? undefined : entry.engines?.node] as const)
      .filter(([, range]) => range !== undefined && !semver.satisfies(oldest, range))
      .map(([path, range]) => `${path.replace(/^node_modules\//, "")} wants Node ${range}`);
    expect(refusing).toEqual([]);
  });
});
