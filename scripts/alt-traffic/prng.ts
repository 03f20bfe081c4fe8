// A small seeded generator (sfc32), so a dataset is the same for the same seed on every machine; each part
// of the model draws from its own stream, so changing one part does not reshuffle the others.
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: string) {
    // cyrb128-style string hash spreads any seed text over the four words of state
    let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
    for (let i = 0; i < seed.length; i++) {
      const k = seed.charCodeAt(i);
      h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
      h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
      h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
      h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
    }
    this.a = h1 >>> 0; this.b = h2 >>> 0; this.c = h3 >>> 0; this.d = h4 >>> 0;
    for (let i = 0; i < 12; i++) this.next();
  }

  derive(label: string): Rng {
    return new Rng(`${this.next()}/${label}`);
  }

  /** uniform in [0, 1) */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  int(n: number): number { return Math.floor(this.next() * n); }
  range(lo: number, hi: number): number { return lo + this.next() * (hi - lo); }
  chance(p: number): boolean { return this.next() < p; }
  pick<T>(xs: readonly T[]): T { return xs[this.int(xs.length)]!; }

  /** log-normal with the given median and spread (sigma of the underlying normal) */
  logNormal(median: number, sigma: number): number {
    const u = 1 - this.next(), v = this.next();
    return median * Math.exp(sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
  }

  poisson(mean: number): number {
    if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()));
    let k = 0, p = Math.exp(-mean), s = p;
    const u = this.next();
    while (u > s) { k++; p *= mean / k; s += p; }
    return k;
  }

  normal(): number {
    return Math.sqrt(-2 * Math.log(1 - this.next())) * Math.cos(2 * Math.PI * this.next());
  }

  /** k distinct indices from [0, n) (k ≤ n) */
  sample(n: number, k: number): number[] {
    if (k * 4 > n) {
      // partial Fisher-Yates: rejection sampling would stall when most of the range is wanted
      const all = Array.from({ length: n }, (_, i) => i);
      for (let i = 0; i < k; i++) { const j = i + this.int(n - i); [all[i], all[j]] = [all[j]!, all[i]!]; }
      return all.slice(0, k);
    }
    const seen = new Set<number>();
    while (seen.size < k) seen.add(this.int(n));
    return [...seen];
  }
}
