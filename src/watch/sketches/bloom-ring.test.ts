import { describe, expect, it } from 'vitest';
import { H, hashString } from '../hash.js';
import { BloomRing } from './bloom-ring.js';

function pair(i: number): [number, number] {
  hashString(`pair-${i}`);
  return [H[0]!, H[1]!];
}

describe('BloomRing', () => {
  const HOUR = 3_600_000;

  it('has no false negatives inside the window and a false-positive rate near its sizing', () => {
    const n = 20_000;
    const ring = new BloomRing({ bits: BloomRing.bitsFor(n, 0.01), hashes: 7, buckets: 4, bucketMs: HOUR });
    for (let i = 0; i < n; i++) {
      const [a, b] = pair(i);
      ring.add(a, b, 10 * HOUR + 5);
    }
    for (let i = 0; i < n; i++) {
      const [a, b] = pair(i);
      expect(ring.has(a, b, 9 * HOUR, 11 * HOUR)).toBe(true);
    }
    let fp = 0;
    for (let i = n; i < 3 * n; i++) {
      const [a, b] = pair(i);
      if (ring.has(a, b, 9 * HOUR, 11 * HOUR)) fp++;
    }
    expect(fp / (2 * n)).toBeLessThan(0.02);
  });

  it('only answers for the asked time range and forgets buckets the ring has moved past', () => {
    const ring = new BloomRing({ bits: 4096, hashes: 4, buckets: 3, bucketMs: HOUR });
    const [a, b] = pair(1);
    ring.add(a, b, 1 * HOUR + 10);
    expect(ring.has(a, b, 1 * HOUR, 2 * HOUR)).toBe(true);
    expect(ring.has(a, b, 2 * HOUR, 3 * HOUR)).toBe(false);
    const [c, d] = pair(2);
    ring.add(c, d, 4 * HOUR); // slot of hour 1 reused by hour 4
    expect(ring.has(a, b, 0, 5 * HOUR)).toBe(false);
    expect(ring.add(a, b, 0)).toBe(false); // older than the ring
  });
});
