/**
 * A read-only Map over items that have a place in an array: the visible ones (mask set), in
 * array order, each value made on demand. Deriving a view then costs typed-array passes only:
 * filling real Maps with 167,000 links and 50,000 authors took 200–300 ms per filter change.
 */
export class MaskedMap<V> implements ReadonlyMap<string, V> {
  readonly size: number;
  private readonly made: (V | undefined)[];

  constructor(
    private readonly keysByIndex: readonly string[],
    private readonly indexOf: ReadonlyMap<string, number>,
    private readonly mask: Uint8Array,
    private readonly valueAt: (i: number) => V,
  ) {
    let size = 0;
    for (let i = 0; i < mask.length; i++) size += mask[i]!;
    this.size = size;
    this.made = new Array<V | undefined>(mask.length);
  }

  has(key: string): boolean {
    const i = this.indexOf.get(key);
    return i !== undefined && this.mask[i] === 1;
  }

  get(key: string): V | undefined {
    const i = this.indexOf.get(key);
    return i !== undefined && this.mask[i] === 1 ? this.at(i) : undefined;
  }

  /** Values are made once and kept: the same object every time, as a Map would give. */
  private at(i: number): V {
    let value = this.made[i];
    if (value === undefined) this.made[i] = value = this.valueAt(i);
    return value;
  }

  *entries(): MapIterator<[string, V]> {
    for (let i = 0; i < this.mask.length; i++) if (this.mask[i]) yield [this.keysByIndex[i]!, this.at(i)];
  }

  *keys(): MapIterator<string> {
    for (let i = 0; i < this.mask.length; i++) if (this.mask[i]) yield this.keysByIndex[i]!;
  }

  *values(): MapIterator<V> {
    for (let i = 0; i < this.mask.length; i++) if (this.mask[i]) yield this.at(i);
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
}

/** The same for a set: the items of an array whose mask is set, in array order. */
export class MaskedSet implements ReadonlySet<string> {
  readonly size: number;

  constructor(
    private readonly keysByIndex: readonly string[],
    private readonly indexOf: ReadonlyMap<string, number>,
    private readonly mask: Uint8Array,
  ) {
    let size = 0;
    for (let i = 0; i < mask.length; i++) size += mask[i]!;
    this.size = size;
  }

  has(key: string): boolean {
    const i = this.indexOf.get(key);
    return i !== undefined && this.mask[i] === 1;
  }

  *values(): SetIterator<string> {
    for (let i = 0; i < this.mask.length; i++) if (this.mask[i]) yield this.keysByIndex[i]!;
  }

  keys(): SetIterator<string> {
    return this.values();
  }

  *entries(): SetIterator<[string, string]> {
    for (const key of this.values()) yield [key, key];
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void): void {
    for (const key of this.values()) callback(key, key, this);
  }
}

/** A read-only Map whose values are computed from another's when read, and not kept. */
export class MappedMap<S, V> implements ReadonlyMap<string, V> {
  constructor(
    private readonly source: ReadonlyMap<string, S>,
    private readonly map: (value: S, key: string) => V,
  ) {}

  get size(): number {
    return this.source.size;
  }

  has(key: string): boolean {
    return this.source.has(key);
  }

  get(key: string): V | undefined {
    const value = this.source.get(key);
    return value === undefined ? undefined : this.map(value, key);
  }

  *entries(): MapIterator<[string, V]> {
    for (const [key, value] of this.source) yield [key, this.map(value, key)];
  }

  keys(): MapIterator<string> {
    return this.source.keys();
  }

  *values(): MapIterator<V> {
    for (const [key, value] of this.source) yield this.map(value, key);
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
}
