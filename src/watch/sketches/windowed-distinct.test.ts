import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mix32 } from '../hash.js';
import { WindowedDistinct } from './windowed-distinct.js';

describe('WindowedDistinct', () => {
  it('counts exactly while small, over the current and previous pane', () => {
    const d = new WindowedDistinct(12, 64);
    for (const h of [1, 2, 3, 2, 1]) d.add(h, 10);
    expect(d.count()).toBe(3);
    for (const h of [3, 4]) d.add(h, 11);
    expect(d.count()).toBe(4);
    d.add(5, 12); // pane 10 leaves the window
    expect(d.count()).toBe(3);
    expect(d.count(13)).toBe(1);
    expect(d.count(14)).toBe(0);
    d.add(9, 20);
    expect(d.count()).toBe(1);
  });

  it('accepts a late item of the previous pane and drops older ones', () => {
    const d = new WindowedDistinct(12, 64);
    d.add(1, 5);
    expect(d.add(2, 4)).toBe(true);
    expect(d.add(3, 3)).toBe(false);
    expect(d.count()).toBe(2);
  });

  it('agrees with an exact set under any order and repetition (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 3 })), { maxLength: 200 }), (ops) => {
        const d = new WindowedDistinct(12, 1000);
        const sorted = [...ops].sort((x, y) => x[1] - y[1]);
        for (const [h, p] of sorted) d.add(h, p);
        if (sorted.length === 0) return;
        const last = sorted[sorted.length - 1]![1];
        const exact = new Set(sorted.filter(([, p]) => p >= last - 1).map(([h]) => h));
        expect(d.count()).toBe(exact.size);
      }),
    );
  });

  it('promotes to HyperLogLog past the sparse limit, keeping the count within the error bound and idempotent', () => {
    const d = new WindowedDistinct(12, 64);
    const hashes = Array.from({ length: 5000 }, (_, i) => mix32(i + 1, 0x51ed27));
    for (const h of hashes) d.add(h, 1);
    expect(d.dense).toBe(true);
    const first = d.count();
    expect(Math.abs(first - 5000) / 5000).toBeLessThan(0.05);
    for (const h of hashes) d.add(h, 1);
    expect(d.count()).toBe(first);
    const restored = WindowedDistinct.fromState(d.state(), 12, 64);
    expect(restored.count()).toBe(first);
    d.add(mix32(7, 1), 2);
    expect(Math.abs(d.count() - 5001) / 5001).toBeLessThan(0.05);
    d.add(mix32(8, 1), 3);
    expect(d.count()).toBe(2);
  });
});
