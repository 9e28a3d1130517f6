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

/**
 * Items filed by the cells of a square grid over a box, so that what is near a point is found
 * by looking at a few cells rather than at every item: the authors and the links under the
 * pointer (nodePicking, linkPicking).
 */
export class CellGrid<T> {
  private readonly cells = new Map<number, T[]>();
  /** The side of a cell, in graph units. */
  readonly cell: number;
  private readonly left: number;
  private readonly top: number;

  /** `cellsAcross` cells span the wider side of the box. */
  constructor(box: Box, cellsAcross: number) {
    this.left = box.left;
    this.top = box.top;
    this.cell = Math.max(box.right - box.left, box.bottom - box.top, 1e-9) / cellsAcross;
  }

  private column(x: number): number {
    return Math.floor((x - this.left) / this.cell);
  }

  private row(y: number): number {
    return Math.floor((y - this.top) / this.cell);
  }

  private static id(column: number, row: number): number {
    return (column + 100_000) * 1_000_000 + row + 100_000;
  }

  /** Files an item in the cell that holds the point; filed there just before, it is not filed twice. */
  add(x: number, y: number, item: T): void {
    const id = CellGrid.id(this.column(x), this.row(y));
    const list = this.cells.get(id);
    if (!list) this.cells.set(id, [item]);
    else if (list[list.length - 1] !== item) list.push(item);
  }

  /** Calls back with the items of every cell within `reach` of the point (some are a little further). */
  forEachNear(x: number, y: number, reach: number, callback: (item: T) => void): void {
    const [lastColumn, lastRow] = [this.column(x + reach), this.row(y + reach)];
    for (let column = this.column(x - reach); column <= lastColumn; column++) {
      for (let row = this.row(y - reach); row <= lastRow; row++) {
        const list = this.cells.get(CellGrid.id(column, row));
        if (list) for (const item of list) callback(item);
      }
    }
  }
}
