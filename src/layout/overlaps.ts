/**
 * Overlap removal after ForceAtlas2. Node radii are in screen pixels, positions in layout
 * units; overlaps are removed in a frame of at least REFERENCE_PIXELS (about the graph's size
 * on a laptop screen), widened for big graphs until discs cover at most MAX_COVERAGE of it:
 * beyond that no arrangement is free of overlaps, and the reader zooms in anyway.
 *
 * Written here rather than taken from graphology-layout-noverlap, which measured 175 ms per
 * iteration on 10,000 authors and had not converged after 200 iterations (35 s); this pass
 * uses a flat grid, and is deterministic (noverlap draws random numbers for coincident nodes).
 */
const REFERENCE_PIXELS = 800;
const MAX_COVERAGE = 0.12;
const MARGIN = 2;
const MAX_ITERATIONS = 100;

/** Pushes apart nodes whose discs overlap, in place; returns the number of passes made. */
export function removeOverlaps(xy: Float32Array, sizes: Float32Array): number {
  const order = sizes.length;
  if (order < 2) return 0;
  let area = 0;
  let maxRadius = 0;
  for (let i = 0; i < order; i++) {
    const r = sizes[i]! + MARGIN / 2;
    area += Math.PI * r * r;
    maxRadius = Math.max(maxRadius, r);
  }
  const frame = Math.max(REFERENCE_PIXELS, Math.sqrt(area / MAX_COVERAGE));
  // All on one spot (extent 0): work in layout units, where a push of a few units still registers.
  const size = extent(xy);
  const scale = size > 1e-6 ? frame / size : 1;
  const x = new Float64Array(order);
  const y = new Float64Array(order);
  for (let i = 0; i < order; i++) {
    x[i] = xy[2 * i]! * scale;
    y[i] = xy[2 * i + 1]! * scale;
  }
  let passes = 0;
  while (passes < MAX_ITERATIONS && separatePass(x, y, sizes, 2 * maxRadius)) passes++;
  for (let i = 0; i < order; i++) {
    xy[2 * i] = x[i]! / scale;
    xy[2 * i + 1] = y[i]! / scale;
  }
  return passes;
}

/** One sweep over all close pairs, found through a grid of `cell`-sized squares; true if any overlapped. */
function separatePass(x: Float64Array, y: Float64Array, sizes: Float32Array, cell: number): boolean {
  const order = x.length;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let i = 0; i < order; i++) {
    minX = Math.min(minX, x[i]!);
    maxX = Math.max(maxX, x[i]!);
    minY = Math.min(minY, y[i]!);
    maxY = Math.max(maxY, y[i]!);
  }
  const cols = Math.min(2048, Math.floor((maxX - minX) / cell) + 1);
  const rows = Math.min(2048, Math.floor((maxY - minY) / cell) + 1);
  const cellOf = new Int32Array(order);
  const counts = new Int32Array(cols * rows + 1);
  for (let i = 0; i < order; i++) {
    const c = Math.min(cols - 1, Math.floor((x[i]! - minX) / cell));
    const r = Math.min(rows - 1, Math.floor((y[i]! - minY) / cell));
    cellOf[i] = r * cols + c;
    counts[cellOf[i]! + 1]!++;
  }
  for (let k = 1; k < counts.length; k++) counts[k]! += counts[k - 1]!;
  const start = counts.slice();
  const members = new Int32Array(order);
  for (let i = 0; i < order; i++) members[start[cellOf[i]!]!++] = i;

  let overlapped = false;
  for (let i = 0; i < order; i++) {
    const c = cellOf[i]! % cols;
    const r = Math.floor(cellOf[i]! / cols);
    for (let dr = -1; dr <= 1; dr++) {
      for (let dc = -1; dc <= 1; dc++) {
        const rr = r + dr, cc = c + dc;
        if (rr < 0 || cc < 0 || rr >= rows || cc >= cols) continue;
        const cellIndex = rr * cols + cc;
        for (let m = counts[cellIndex]!; m < counts[cellIndex + 1]!; m++) {
          const j = members[m]!;
          if (j <= i) continue;
          const need = sizes[i]! + sizes[j]! + MARGIN;
          let dx = x[j]! - x[i]!;
          let dy = y[j]! - y[i]!;
          let d = Math.hypot(dx, dy);
          if (d >= need) continue;
          overlapped = true;
          if (d === 0) {
            // Same spot: part them along a direction fixed by their indices, not by chance.
            const angle = ((i * 7919 + j * 104729) % 360) * (Math.PI / 180);
            dx = Math.cos(angle);
            dy = Math.sin(angle);
            d = 1;
          }
          const push = (need - d) / 2 / d;
          x[i]! -= dx * push;
          y[i]! -= dy * push;
          x[j]! += dx * push;
          y[j]! += dy * push;
        }
      }
    }
  }
  return overlapped;
}

/** The larger side of the positions' bounding box. */
export function extent(xy: Float32Array): number {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let i = 0; i < xy.length; i += 2) {
    const px = xy[i]!, py = xy[i + 1]!;
    if (px < minX) minX = px;
    if (px > maxX) maxX = px;
    if (py < minY) minY = py;
    if (py > maxY) maxY = py;
  }
  return xy.length === 0 ? 0 : Math.max(maxX - minX, maxY - minY);
}
