/** Disjoint sets of strings, with path halving: near-constant time per call, no recursion. */
export class UnionFind {
  private readonly parent = new Map<string, string>();

  get size(): number {
    return this.parent.size;
  }

  has(item: string): boolean {
    return this.parent.has(item);
  }

  add(item: string): void {
    if (!this.parent.has(item)) this.parent.set(item, item);
  }

  find(item: string): string {
    this.add(item);
    let current = item;
    let up = this.parent.get(current)!;
    while (up !== current) {
      const grand = this.parent.get(up)!;
      this.parent.set(current, grand);
      current = grand;
      up = this.parent.get(current)!;
    }
    return current;
  }

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }

  items(): IterableIterator<string> {
    return this.parent.keys();
  }
}
