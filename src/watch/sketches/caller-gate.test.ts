import { describe, expect, it } from 'vitest';
import { H, hashString, mix32 } from '../hash.js';
import { CallerGate } from './caller-gate.js';

function key(tag: string, i: number): [number, number] {
  hashString(`${tag}${i}`);
  return [H[0]!, H[1]!];
}

/** Caller `c` of number `n`, as the detector calls the gate. */
function call(g: CallerGate, n: number, c: number, pane: number): number {
  const [a, b] = key('n', n);
  const [s1, s2] = key('c', c);
  return g.call(a, b, mix32(s1, b), mix32(s2, a), pane);
}

function estimate(g: CallerGate, n: number): number {
  const [a, b] = key('n', n);
  return g.estimate(a, b);
}

describe('CallerGate', () => {
  it('counts each caller of a number once a window, never undercounts and overcounts little when sized well', () => {
    const g = new CallerGate(1 << 14, 5);
    const counted = new Map<number, number>();
    let taken = 0;
    for (let i = 0; i < 20_000; i++) {
      // ten numbers with twelve callers (the gate lets a number through long before), the rest with one
      const n = i < 120 ? i % 10 : i;
      // every call comes twice: the second is known
      if (call(g, n, i, 1) >= 0) counted.set(n, (counted.get(n) ?? 0) + 1);
      else taken++;
      expect(call(g, n, i, 1)).toBe(-1);
    }
    expect(taken / 20_000).toBeLessThan(0.01);
    let over = 0;
    for (const [n, count] of counted) {
      const e = estimate(g, n);
      expect(e).toBeGreaterThanOrEqual(count);
      over += e - count;
    }
    expect(counted.get(3)).toBeGreaterThanOrEqual(11);
    expect(over / counted.size).toBeLessThan(0.2);
  });

  it('remembers callers for the pane and the one before, then forgets them', () => {
    const g = new CallerGate(1 << 12, 5);
    for (let c = 0; c < 4; c++) call(g, 7, c, 10);
    expect(estimate(g, 7)).toBe(4);
    // next pane: the callers of the last one are still in the window, counted and known
    expect(call(g, 7, 0, 11)).toBe(-1);
    expect(call(g, 7, 9, 11)).toBe(5);
    // a late call to the pane before is remembered, not counted
    expect(call(g, 7, 8, 10)).toBe(5);
    expect(call(g, 7, 8, 11)).toBe(-1);
    // two panes on, pane 10 has left the window
    expect(call(g, 7, 0, 12)).toBe(2);
    expect(call(g, 7, 9, 12)).toBe(-1);
    expect(estimate(g, 7)).toBe(2);
    // a gap of several panes forgets everything
    expect(call(g, 7, 9, 20)).toBe(1);
    expect(call(g, 7, 0, 5)).toBe(1);
  });

  it('grows only the cells at the minimum, a pane\'s count saturating at 15', () => {
    const g = new CallerGate(1 << 12, 5);
    const [a, b] = key('n', 1);
    // the number's four cells, one a row, in its unit (the layout the class states)
    const unit = (a >>> (32 - Math.log2(g.units))) * 128;
    const cells = [0, 1, 2, 3].map((r) => unit + 16 * r + ((b >>> (8 * r + 4)) & 15));
    expect(call(g, 1, 0, 3)).toBe(1);
    // two rows raised as other numbers sharing their cells would: above the minimum, they stay
    g.data[cells[0]!] = 4 << 4;
    g.data[cells[2]!] = (2 << 4) | 3;
    expect(call(g, 1, 1, 3)).toBe(2);
    expect(cells.map((i) => g.data[i])).toEqual([4 << 4, 2 << 4, (2 << 4) | 3, 2 << 4]);
    expect(call(g, 1, 2, 3)).toBe(3);
    // all rows but the first are at the minimum now, the one with a previous pane too
    expect(cells.map((i) => g.data[i])).toEqual([4 << 4, 3 << 4, (3 << 4) | 3, 3 << 4]);
    for (let c = 3; c < 40; c++) call(g, 1, c, 3);
    expect(cells.map((i) => g.data[i]! >>> 4)).toEqual([15, 15, 15, 15]);
    expect(estimate(g, 1)).toBe(15);
    // the next pane keeps the last one's count beside its own
    expect(call(g, 1, 99, 4)).toBe(16);
  });

  it('rebuilds from its bytes and refuses bytes of another width', () => {
    const g = new CallerGate(1 << 12, 5);
    for (let c = 0; c < 3; c++) call(g, 1, c, 4);
    const copy = new CallerGate(1 << 12, 5, g.data.slice());
    copy.pane = g.pane;
    expect(estimate(copy, 1)).toBe(3);
    expect(call(copy, 1, 2, 4)).toBe(-1);
    expect(() => new CallerGate(1 << 13, 5, g.data.slice())).toThrow(RangeError);
  });
});
