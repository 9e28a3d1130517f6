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

/** Zooms in on an author (the camera at rest there), and what the map draws then. */
async function zoomedOn(key: string): Promise<Drawn> {
  await page.evaluate((k) => {
    const { sigma } = window.explorer!;
    const { x, y } = sigma.getNodeDisplayData(k)!;
    sigma.getCamera().setState({ x, y, ratio: 0.2, angle: 0 });
  }, key);
  await page.waitForTimeout(600); // the camera comes to rest
  await atRest();
  return drawnMap(page);
}

/**
 * Points on the selection's links that lie well inside the disc of a faded author and clear of
 * everything drawn above the links (the discs in focus, the labels and their halos): where the
 * link runs over that author, if it is drawn above her, and under her if not.
 */
function linksOverFaded(drawn: Drawn, selected: string, coauthors: Set<string>): { x: number; y: number }[] {
  const byKey = new Map(drawn.authors.map((a) => [a.key, a]));
  const from = byKey.get(selected)!;
  const faded = drawn.authors.filter((a) => a.faded && a.size >= 3.5);
  const focus = drawn.authors.filter((a) => a.focus);
  const boxes = [...drawn.labels.authors, ...drawn.labels.groups].map((l) => l.box);
  const points: { x: number; y: number }[] = [];
  for (const key of coauthors) {
    const to = byKey.get(key)!;
    const [dx, dy] = [to.x - from.x, to.y - from.y];
    const length2 = dx * dx + dy * dy;
    for (const f of faded) {
      // Every 2 pixels of the link's chord through her disc, where the pixels around (the
      // darkest of them is checked) are all inside it.
      const t0 = ((f.x - from.x) * dx + (f.y - from.y) * dy) / length2;
      const off = Math.hypot(from.x + t0 * dx - f.x, from.y + t0 * dy - f.y);
      const reach = f.size - 2.5;
      if (off >= reach) continue;
      const half = Math.sqrt(reach * reach - off * off);
      for (let along = -half; along <= half; along += 2) {
        const t = t0 + along / Math.sqrt(length2);
        if (t <= 0 || t >= 1) continue;
        const p = { x: from.x + t * dx, y: from.y + t * dy };
        if (p.x < 2 || p.y < 2 || p.x > drawn.map.width - 2 || p.y > drawn.map.height - 2) continue;
        if (focus.some((a) => Math.hypot(p.x - a.x, p.y - a.y) < a.size + 3)) continue;
        // The selected author's highlight: a white disc around hers, with a shadow (drawHighlight).
        if (Math.hypot(p.x - from.x, p.y - from.y) < Math.max(from.size, drawn.fontSize / 2) + 12) continue;
        if (boxes.some((b) => p.x > b.left - 4 && p.x < b.right + 4 && p.y > b.top - 4 && p.y < b.bottom + 4)) continue;
        points.push(p);
      }
    }
  }
  return points;
}

/** The red, green and blue of a pixel of a PNG. */
const pixel = (png: PNG, x: number, y: number) => [0, 1, 2].map((c) => png.data[(y * png.width + x) * 4 + c]!);
/** The darkest pixel of the 3 × 3 around a point, `scale` pixels of the PNG to one of the map: a thin line's pixel is one of them. */
const darkest = (png: PNG, point: { x: number; y: number }, scale = 1) => {
  const [cx, cy] = [Math.floor(point.x * scale), Math.floor(point.y * scale)];
  const around = [-1, 0, 1].flatMap((dy) => [-1, 0, 1].map((dx) => pixel(png, cx + dx, cy + dy)));
  return around.reduce((best, rgb) => (rgb[0]! + rgb[1]! + rgb[2]! < best[0]! + best[1]! + best[2]! ? rgb : best));
};
/** Darker than any faded author (#e3e4ea) or the background: the selection's link colour (#59607a), at most half covered. */
const dark = ([r, g, b]: number[]) => r! < 0xb0 && g! < 0xb0 && b! < 0xc0;

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

  it("names a selected author and her co-authors that fit, and draws her links above the faded authors", { timeout: 120_000 }, async () => {
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

    // Zoomed in on her: where her links cross faded authors, the pixels are the link's, not the faded disc's.
    const near = await zoomedOn(author.key);
    expect(overlapping(near)).toEqual([]);
    const points = linksOverFaded(near, author.key, coauthors);
    expect(points.length).toBeGreaterThan(3);
    const screen = PNG.sync.read(await page.screenshot({ clip: { x: near.map.left, y: near.map.top, width: near.map.width, height: near.map.height } }));
    expect(points.map((p) => ({ ...p, rgb: darkest(screen, p) })).filter((p) => !dark(p.rgb))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("exports the same names and the selection's links above the faded authors", { timeout: 120_000 }, async () => {
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

    const author = prominent(fitted);
    await select(author, fitted.map);
    const drawn = await zoomedOn(author.key);
    const coauthors = new Set(drawn.authors.filter((a) => a.focus && a.key !== author.key).map((a) => a.key));
    const points = linksOverFaded(drawn, author.key, coauthors);
    expect(points.length).toBeGreaterThan(3);
    const selection = await exported();
    expect(points.map((p) => ({ ...p, rgb: darkest(selection, p, 2) })).filter((p) => !dark(p.rgb))).toEqual([]);
    expect([...drawn.labels.authors].filter((l) => inkIn(selection, l.box) < 30).map((l) => l.key)).toEqual([]);
  });
});
