/**
 * Points (numbered 0 to n − 1) filed by the cells of a square grid over the box around them, so
 * that what is near a point is found by looking at a few cells rather than at every point: the
 * authors under the pointer (nodePicking). The cells are packed into two typed arrays, counted
 * first and then filled.
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

  /** `points` holds x, y for each point; `cellsAcross` cells span the wider side of their box. */
  constructor(points: Float64Array, cellsAcross: number) {
    const count = points.length / 2;
    let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = 0; i < count; i++) {
      left = Math.min(left, points[2 * i]!);
      right = Math.max(right, points[2 * i]!);
      top = Math.min(top, points[2 * i + 1]!);
      bottom = Math.max(bottom, points[2 * i + 1]!);
    }
    if (count === 0) [left, top, right, bottom] = [0, 0, 0, 0];
    this.left = left;
    this.top = top;
    this.cell = Math.max(right - left, bottom - top, 1e-9) / cellsAcross;
    this.columns = Math.floor((right - left) / this.cell) + 1;
    this.rows = Math.floor((bottom - top) / this.cell) + 1;
    const cellOf = new Uint32Array(count);
    for (let i = 0; i < count; i++) cellOf[i] = this.row(points[2 * i + 1]!) * this.columns + this.column(points[2 * i]!);
    const cells = this.columns * this.rows;
    const starts = new Uint32Array(cells + 1);
    for (const cell of cellOf) starts[cell + 1]!++;
    for (let c = 0; c < cells; c++) starts[c + 1]! += starts[c]!;
    const next = starts.slice(0, cells);
    const items = new Uint32Array(count);
    for (let i = 0; i < count; i++) items[next[cellOf[i]!]!++] = i;
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

  /** Calls back with the points of every cell within `reach` of the point (some are a little further). */
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
