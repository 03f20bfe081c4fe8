import { describe, expect, it } from 'vitest';
import { H, hashString } from '../hash.js';
import { CountMin } from './count-min.js';

function key(i: number): [number, number] {
  hashString(`n${i}`);
  return [H[0]!, H[1]!];
}

describe('CountMin', () => {
  it('never undercounts, overcounts little when sized well, and forgets panes that leave the window', () => {
    const cm = new CountMin(1 << 14);
    const truth = new Map<number, number>();
    for (let i = 0; i < 20_000; i++) {
      const k = i % 3000 < 10 ? i % 10 : i;
      truth.set(k, (truth.get(k) ?? 0) + 1);
      const [a, b] = key(k);
      cm.add(a, b, 1);
    }
    let over = 0;
    for (const [k, n] of truth) {
      const [a, b] = key(k);
      const e = cm.estimate(a, b);
      expect(e).toBeGreaterThanOrEqual(n);
      over += e - n;
    }
    expect(over / truth.size).toBeLessThan(0.2);
    const [a, b] = key(3);
    cm.add(a, b, 2);
    expect(cm.estimate(a, b)).toBeGreaterThanOrEqual(truth.get(3)! + 1);
    cm.add(a, b, 3);
    expect(cm.estimate(a, b)).toBeLessThanOrEqual(3);
  });
});
