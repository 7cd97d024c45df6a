const hex = (x: number, digits: number) => x.toString(16).padStart(digits, "0");

export type Weighted<T> = readonly (readonly [T, number])[];

/**
 * A seeded PRNG (sfc32, seeded through splitmix32): Math.random cannot be seeded, and the
 * demo data must be identical for identical seeds, ids included.
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const splitmix = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = splitmix();
    this.b = splitmix();
    this.c = splitmix();
    this.d = splitmix();
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  weighted<T>(items: Weighted<T>): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [value, w] of items) {
      r -= w;
      if (r < 0) return value;
    }
    const last = items.at(-1);
    if (!last) throw new Error("weighted() needs at least one item");
    return last[0];
  }

  /** Exponentially distributed with the given mean. */
  exp(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }

  /**
   * A UUIDv7 stamped with `at` (epoch ms), its other bits from this stream. Ids stamped in
   * time order land side by side in B-tree indexes; random v4 ids scatter every insert.
   */
  uuid(at: number): string {
    const time = hex(Math.max(0, Math.floor(at)), 12);
    const a = this.uint32();
    const b = this.uint32();
    const c = this.uint32();
    return `${time.slice(0, 8)}-${time.slice(8)}-7${hex(a >>> 20, 3)}-${hex((a & 0x3fff) | 0x8000, 4)}-${hex(b, 8)}${hex(c >>> 16, 4)}`;
  }
}
