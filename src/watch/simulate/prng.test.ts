import { describe, expect, it } from 'vitest';
import { AliasTable, coprimeStride, gcd, Rng } from './prng.js';

describe('Rng', () => {
  it('repeats a stream for the same seed and stream, and differs otherwise', () => {
    const seq = (seed: number, stream: number): number[] => {
      const r = new Rng(seed, stream);
      return Array.from({ length: 8 }, () => r.u32());
    };
    expect(seq(1, 0)).toEqual(seq(1, 0));
    expect(seq(1, 0)).not.toEqual(seq(2, 0));
    expect(seq(1, 0)).not.toEqual(seq(1, 1));
  });

  it('draws uniform floats in [0,1) with the right mean, and integers in range', () => {
    const r = new Rng(9);
    let sum = 0;
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = r.next();
      if (!(x >= 0 && x < 1)) outside++;
      sum += x;
    }
    expect(outside).toBe(0);
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) counts[r.range(0, 2)]!++;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(400);
  });

  it('has Poisson counts with the requested mean, small and large', () => {
    const r = new Rng(5);
    for (const mean of [0.3, 4, 200]) {
      let s = 0;
      for (let i = 0; i < 20_000; i++) s += r.poisson(mean);
      expect(s / 20_000 / mean).toBeGreaterThan(0.97);
      expect(s / 20_000 / mean).toBeLessThan(1.03);
    }
  });
});

describe('AliasTable', () => {
  it('draws indices in proportion to their weights', () => {
    const t = new AliasTable([1, 2, 7, 0]);
    const r = new Rng(11);
    const c = [0, 0, 0, 0];
    for (let i = 0; i < 100_000; i++) c[t.draw(r)]!++;
    expect(c[3]).toBe(0);
    expect(c[0]! / 100_000).toBeCloseTo(0.1, 1);
    expect(c[2]! / 100_000).toBeCloseTo(0.7, 1);
  });
});

describe('coprimeStride', () => {
  it('visits every index exactly once', () => {
    const r = new Rng(2);
    for (const n of [1, 2, 12, 97, 1000]) {
      const s = coprimeStride(r, n);
      expect(gcd(s, n)).toBe(1);
      const seen = new Set<number>();
      for (let i = 0; i < n; i++) seen.add((5 + i * s) % n);
      expect(seen.size).toBe(n);
    }
  });
});
