import { readFileSync } from "node:fs";
import { PNG } from "pngjs";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { generateListing } from "../../bench/generateListing";
import { labelBox, MIN_LABELLED_SIZE, type LabelBox } from "../../src/render/labelPlacement";
import { launchChromium } from "./support/chromium";
import { clickGraph, REFERENCE_DATE } from "./support/explorerPage";

/**
 * Names on a big map: a generated network of 3,000 authors, far past the 300 or so from which
 * the fitted view names research groups (labelModeAt), in a 1280 × 800 page. The rules checked
 * (placeMapLabels) hold for any positions, so the layout is not waited for to the end.
 */
const AUTHORS = 3_000;
const LISTING = generateListing(AUTHORS).text;
/** How long the layout runs before it is stopped: long enough for groups to gather. */
const LAYOUT_MS = 8_000;

const baseUrl = inject("baseUrl");
let browser: Browser;
let page: Page;
/** Uncaught errors of the page since it was opened. */
let errors: string[] = [];
beforeAll(async () => {
  browser = await launchChromium();
});
afterEach(async () => {
  await page?.close();
});
afterAll(async () => {
  await browser?.close();
});

async function openBigMap(): Promise<void> {
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.route("**/big-map.txt", (route) => route.fulfill({ body: LISTING, contentType: "text/plain; charset=utf-8" }));
  await page.goto(new URL(`?reference-date=${REFERENCE_DATE}&listing=big-map.txt`, baseUrl).toString());
  await page.waitForFunction((n) => window.explorer?.graph.order === n && window.explorer.layout === "running", AUTHORS, { timeout: 60_000 });
  await page.waitForTimeout(LAYOUT_MS);
  // Through the page's own event: frames are slow while the layout runs.
  await page.evaluate(() => document.getElementById("layout-toggle")!.click());
  await page.waitForFunction(() => window.explorer!.layout !== "running");
  await atRest();
}

/** Waits until the map is drawn at rest with what it shows now: its labels placed. */
async function atRest(): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(resolve)), 400)));
}

interface DrawnAuthor {
  key: string;
  x: number;
  y: number;
  /** Radius on screen, in pixels. */
  size: number;
  /** Width of the name in the labels' font. */
  width: number;
  /** Faded by the emphasis: drawn in grey, never named. */
  faded: boolean;
  /** In focus: a selected author and her co-authors. */
  focus: boolean;
}

/** Every visible author as drawn, the labels of the frame at rest, and the map's size. */
function drawnMap(target: Page) {
  return target.evaluate(() => {
    const { sigma, graph } = window.explorer!;
    const settings = sigma.getSettings();
    const measure = document.createElement("canvas").getContext("2d")!;
    measure.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    const authors: DrawnAuthor[] = [];
    graph.forEachNode((key) => {
      const d = sigma.getNodeDisplayData(key);
      if (!d || d.hidden) return;
      const { x, y } = sigma.framedGraphToViewport(d);
      authors.push({ key, x, y, size: sigma.scaleSize(d.size), width: d.label ? measure.measureText(d.label).width : 0, faded: !d.label, focus: d.zIndex > 0 });
    });
    const box = sigma.getContainer().getBoundingClientRect();
    const { ratio } = sigma.getCamera().getState();
    return { authors, labels: window.explorer!.labels(), map: { ...sigma.getDimensions(), left: box.left, top: box.top }, fontSize: settings.labelSize, ratio };
  });
}
type Drawn = Awaited<ReturnType<typeof drawnMap>>;

const overlaps = (a: LabelBox, b: LabelBox) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
/**
 * Whether a label's box is no place for it: off the map, or in the fitted view (and zoomed out
 * from it) partly off, where a cut name names nobody (placeLabels).
 */
const offMap = (box: LabelBox, drawn: { map: { width: number; height: number }; ratio: number }) =>
  drawn.ratio < 1
    ? box.right <= 0 || box.left >= drawn.map.width || box.bottom <= 0 || box.top >= drawn.map.height
    : box.left < 0 || box.right > drawn.map.width || box.top < 0 || box.bottom > drawn.map.height;

/** Pairs of labels drawn over each other. */
function overlapping(drawn: Drawn): string[] {
  const boxes = [...drawn.labels.authors, ...drawn.labels.groups.map((g) => ({ ...g, key: `group of ${g.key}` }))];
  const pairs: string[] = [];
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => overlaps(a.box, b.box) && pairs.push(`${a.key} / ${b.key}`)));
  return pairs;
}

/**
 * The authors among `candidates` drawn at least `smallest` pixels wide who are not named though
 * a place for their name was free of every label placed before theirs could be: a side of their
 * disc on the map whose box meets no group label and no label of an author placed first
 * (`first`) or at least as big.
 */
function unnamedWithRoom(drawn: Drawn, candidates: DrawnAuthor[], rule: { smallest: number; first: (other: DrawnAuthor) => boolean }): string[] {
  const byKey = new Map(drawn.authors.map((a) => [a.key, a]));
  const named = drawn.labels.authors.map((l) => ({ ...l, author: byKey.get(l.key)! }));
  const namedKeys = new Set(named.map((n) => n.key));
  return candidates
    .filter((a) => !a.faded && a.size >= rule.smallest && !namedKeys.has(a.key))
    .filter((a) =>
      (["right", "left"] as const).some((side) => {
        const box = labelBox({ ...a, forced: false }, drawn.fontSize, side);
        if (offMap(box, drawn)) return false;
        const blocking = [...drawn.labels.groups.map((g) => g.box), ...named.filter((n) => rule.first(n.author) || n.author.size >= a.size).map((n) => n.box)];
        return !blocking.some((other) => overlaps(box, other));
      }),
    )
    .map((a) => a.key);
}

/** The biggest author drawn well inside the map: the one to click. */
function prominent(drawn: Drawn): DrawnAuthor {
  const inside = drawn.authors.filter((a) => a.x > 100 && a.y > 100 && a.x < drawn.map.width - 100 && a.y < drawn.map.height - 100);
  return inside.reduce((best, a) => (a.size > best.size || (a.size === best.size && a.key < best.key) ? a : best));
}

/** Selects an author by a click on her disc, as a reader does, then moves the pointer off the map. */
async function select(author: DrawnAuthor, map: Drawn["map"]): Promise<void> {
  await clickGraph(page, { x: map.left + author.x, y: map.top + author.y });
  await page.mouse.move(1, 790);
  await page.waitForFunction((key) => window.explorer!.labels().authors.some((label) => label.key === key), author.key);
  await atRest();
}

/** The red, green and blue of a pixel of a PNG. */
const pixel = (png: PNG, x: number, y: number) => [0, 1, 2].map((c) => png.data[(y * png.width + x) * 4 + c]!);

describe("names on a big map", () => {
  it("names the most prominent authors beside the groups in the fitted view, none over another", { timeout: 120_000 }, async () => {
    await openBigMap();
    const drawn = await drawnMap(page);
    // Before, a fitted map of this size named groups only: not one author.
    expect(drawn.labels.groups.length).toBeGreaterThan(0);
    expect(drawn.labels.authors.length).toBeGreaterThan(10);
    expect(overlapping(drawn)).toEqual([]);
    // The rule: an author big enough to be named (MIN_LABELLED_SIZE) is left out only when both
    // places for her name are off the map or taken by a group's label or a label of an author
    // at least as big. So the biggest of all is named, unless a group's name is where hers goes.
    expect(unnamedWithRoom(drawn, drawn.authors, { smallest: MIN_LABELLED_SIZE, first: () => false })).toEqual([]);
    // So of the authors with a place for their name clear of the group labels, the biggest is named.
    const clearOfGroups = drawn.authors.filter((a) =>
      (["right", "left"] as const).some((side) => {
        const box = labelBox({ ...a, forced: false }, drawn.fontSize, side);
        return !offMap(box, drawn) && !drawn.labels.groups.some((g) => overlaps(box, g.box));
      }),
    );
    const biggest = clearOfGroups.reduce((best, a) => (a.size > best.size || (a.size === best.size && a.key < best.key) ? a : best));
    expect(drawn.labels.authors.map((l) => l.key)).toContain(biggest.key);
    expect(errors).toEqual([]);
  });

  it("names a selected author and her co-authors that fit", { timeout: 120_000 }, async () => {
    await openBigMap();
    const before = await drawnMap(page);
    const author = prominent(before);
    await select(author, before.map);
    expect(await page.textContent("#panel h2")).toBe(await page.evaluate((key) => window.explorer!.graph.getNodeAttribute(key, "label"), author.key));
    const drawn = await drawnMap(page);
    const focus = drawn.authors.filter((a) => a.focus);
    const coauthors = new Set(focus.map((a) => a.key).filter((key) => key !== author.key));
    expect(coauthors.size).toBeGreaterThan(3);
    const named = drawn.labels.authors.map((l) => l.key);
    // Her name, and of her co-authors every one whose name fits beside the names placed before,
    // however small her disc: hers, then her co-authors', the biggest first. The faded authors
    // are never named.
    expect(named).toContain(author.key);
    expect(unnamedWithRoom(drawn, focus, { smallest: 0, first: (other) => other.key === author.key })).toEqual([]);
    expect(named.filter((key) => coauthors.has(key)).length).toBeGreaterThan(3);
    expect(named.filter((key) => key !== author.key && !coauthors.has(key))).toEqual([]);
    expect(overlapping(drawn)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("exports the same names", { timeout: 120_000 }, async () => {
    await openBigMap();
    const exported = async () => {
      // PNG is the first choice of Export….
      await page.getByRole("button", { name: "Export…" }).click();
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("dialog", { name: "Export" }).getByRole("button", { name: "Export", exact: true }).click()]);
      return PNG.sync.read(readFileSync((await download.path())!));
    };
    // Twice the screen's pixels: every label placed on screen has its ink (#1f2330) in the export.
    const inkIn = (png: PNG, box: LabelBox) => {
      let ink = 0;
      for (let y = Math.max(0, Math.floor(box.top * 2)); y < Math.min(png.height, Math.ceil(box.bottom * 2)); y++) {
        for (let x = Math.max(0, Math.floor(box.left * 2)); x < Math.min(png.width, Math.ceil(box.right * 2)); x++) {
          const [r, g, b] = pixel(png, x, y);
          if (r! < 70 && g! < 70 && b! < 80) ink++;
        }
      }
      return ink;
    };
    const fitted = await drawnMap(page);
    expect(fitted.labels.authors.length).toBeGreaterThan(10);
    const picture = await exported();
    const faint = [...fitted.labels.authors, ...fitted.labels.groups].filter((l) => inkIn(picture, l.box) < 30).map((l) => l.key);
    expect(faint).toEqual([]);
  });
});
