/** A bounding box in graph units. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The box around points given as x, y pairs; a zero box at the origin for none. */
export function boxAround(forEachPoint: (visit: (x: number, y: number) => void) => void): Box {
  const box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  forEachPoint((x, y) => {
    box.left = Math.min(box.left, x);
    box.right = Math.max(box.right, x);
    box.top = Math.min(box.top, y);
    box.bottom = Math.max(box.bottom, y);
  });
  return Number.isFinite(box.left) ? box : { left: 0, top: 0, right: 0, bottom: 0 };
}

/** Calls `visit` with each point at which an item is filed. */
export type PointsOf = (item: number, visit: (x: number, y: number) => void) => void;

/**
 * Items (numbered 0 to n − 1) filed by the cells of a square grid over a box, so that what is
 * near a point is found by looking at a few cells rather than at every item: the authors and
 * the links under the pointer (nodePicking, linkPicking). The cells are packed into two typed
 * arrays, counted first and then filled: filing 33,000 links at 20 points each in lists of a
 * map took 65 to 110 ms, a long task at the first pointer move after the layout.
 */
export class CellGrid {
  /** The side of a cell, in graph units. */
  readonly cell: number;
  private readonly left: number;
  private readonly top: number;
  private readonly columns: number;
  private readonly rows: number;
  /** Cell c holds items[starts[c]] to items[starts[c + 1] − 1]. */
  private readonly starts: Uint32Array;
  private readonly items: Uint32Array;

  /** `cellsAcross` cells span the wider side of the box; every point filed must be in it. */
  constructor(box: Box, cellsAcross: number, count: number, pointsOf: PointsOf) {
    this.left = box.left;
    this.top = box.top;
    this.cell = Math.max(box.right - box.left, box.bottom - box.top, 1e-9) / cellsAcross;
    this.columns = Math.floor((box.right - box.left) / this.cell) + 1;
    this.rows = Math.floor((box.bottom - box.top) / this.cell) + 1;
    // Each item once per cell, though several of its points fall in it: points come in order
    // along the item, so a repeat follows its first. Cells are found once, then sorted by counting.
    const filedCells: number[] = [];
    const filedItems: number[] = [];
    for (let item = 0; item < count; item++) {
      let last = -1;
      pointsOf(item, (x, y) => {
        const cell = this.row(y) * this.columns + this.column(x);
        if (cell !== last) filedCells.push(cell), filedItems.push(item);
        last = cell;
      });
    }
    const cells = this.columns * this.rows;
    const starts = new Uint32Array(cells + 1);
    for (const cell of filedCells) starts[cell + 1]!++;
    for (let c = 0; c < cells; c++) starts[c + 1]! += starts[c]!;
    const next = starts.slice(0, cells);
    const items = new Uint32Array(filedItems.length);
    for (let i = 0; i < filedCells.length; i++) items[next[filedCells[i]!]!++] = filedItems[i]!;
    this.starts = starts;
    this.items = items;
  }

  // Points off the box count in its edge cells: a query there still finds what is near.
  private column(x: number): number {
    return Math.min(Math.max(0, Math.floor((x - this.left) / this.cell)), this.columns - 1);
  }

  private row(y: number): number {
    return Math.min(Math.max(0, Math.floor((y - this.top) / this.cell)), this.rows - 1);
  }

  /** Calls back with the items of every cell within `reach` of the point (some are a little further, some twice). */
  forEachNear(x: number, y: number, reach: number, callback: (item: number) => void): void {
    const [lastColumn, lastRow] = [this.column(x + reach), this.row(y + reach)];
    for (let row = this.row(y - reach); row <= lastRow; row++) {
      for (let column = this.column(x - reach); column <= lastColumn; column++) {
        const cell = row * this.columns + column;
        for (let i = this.starts[cell]!; i < this.starts[cell + 1]!; i++) callback(this.items[i]!);
      }
    }
  }
}
