import { describe, expect, it } from 'vitest';
import { H, hashString, mix32 } from '../hash.js';
import { HyperLogLog } from './hyperloglog.js';

function hashOf(i: number, seed: number): number {
  hashString(`${seed}:${i}`);
  return mix32(H[0]!, H[1]!);
}

describe('HyperLogLog', () => {
  it('is exact-ish for small counts (linear counting) and ignores repeats', () => {
    const h = new HyperLogLog(12);
    for (let r = 0; r < 3; r++) for (let i = 0; i < 50; i++) h.add(hashOf(i, 1));
    expect(Math.round(h.estimate())).toBeGreaterThanOrEqual(49);
    expect(Math.round(h.estimate())).toBeLessThanOrEqual(51);
  });

  it('stays within 3 standard errors at p=12, and within 2 % on average over seeds', () => {
    const errors: number[] = [];
    for (const n of [1_000, 10_000, 100_000, 300_000]) {
      for (let seed = 0; seed < 4; seed++) {
        const h = new HyperLogLog(12);
        for (let i = 0; i < n; i++) h.add(hashOf(i, seed * 7919 + n));
        const rel = Math.abs(h.estimate() - n) / n;
        expect(rel).toBeLessThan(3 * h.standardError);
        errors.push(rel);
      }
    }
    const mean = errors.reduce((a, b) => a + b, 0) / errors.length;
    expect(mean).toBeLessThan(0.02);
  });

  it('merges to the estimate of the union, and a restored copy estimates the same', () => {
    const a = new HyperLogLog(11);
    const b = new HyperLogLog(11);
    for (let i = 0; i < 20_000; i++) a.add(hashOf(i, 3));
    for (let i = 10_000; i < 30_000; i++) b.add(hashOf(i, 3));
    a.merge(b);
    expect(Math.abs(a.estimate() - 30_000) / 30_000).toBeLessThan(3 * a.standardError);
    const copy = new HyperLogLog(11, Uint8Array.from(a.registers));
    expect(copy.estimate()).toBe(a.estimate());
  });

  it('keeps its running estimate equal to a recount', () => {
    const h = new HyperLogLog(10);
    for (let i = 0; i < 5000; i++) h.add(hashOf(i, 9));
    const fresh = new HyperLogLog(10, Uint8Array.from(h.registers));
    expect(h.estimate()).toBeCloseTo(fresh.estimate(), 6);
  });
});
