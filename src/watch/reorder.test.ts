import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Reorder } from './reorder.js';

describe('Reorder', () => {
  it('releases events in time order when they are at most the lateness out of order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 200_000 }), { maxLength: 300 }), fc.integer({ min: 0, max: 10 }), (times, lateS) => {
        const sorted = [...times].sort((a, b) => a - b);
        // jitter each event by less than the lateness, as a slightly disordered feed would
        const arriving = sorted.map((ts, i) => ({ ts, i })).sort((a, b) => a.ts - lateS * 1000 * ((a.i % 3) / 3) - (b.ts - lateS * 1000 * ((b.i % 3) / 3)));
        const out: number[] = [];
        const r = new Reorder(lateS * 1000, (ids, n) => {
          for (let k = 0; k < n; k++) out.push(arriving[ids[k]!]!.ts);
        });
        arriving.forEach((e, id) => {
          r.push(e.ts, id);
        });
        r.flush();
        expect(out.length).toBe(times.length);
        for (let i = 1; i < out.length; i++) expect(Math.floor(out[i]! / 1000)).toBeGreaterThanOrEqual(Math.floor(out[i - 1]! / 1000));
        expect(r.late).toBe(0);
        expect(r.held).toBe(0);
      }),
    );
  });

  it('hands on a too-late event at once and counts it', () => {
    const out: number[] = [];
    const r = new Reorder(5000, (ids, n) => {
      out.push(...ids.subarray(0, n));
    });
    r.push(100_000, 100_000);
    r.push(200_000, 200_000);
    expect(out).toEqual([100_000]);
    r.push(50_000, 50_000);
    expect(out).toEqual([100_000, 50_000]);
    expect(r.late).toBe(1);
    r.push(197_000, 197_000);
    r.flush();
    expect(out).toEqual([100_000, 50_000, 197_000, 200_000]);
  });

  it('moves the clock for an event with nothing to apply as a pushed one would', () => {
    const out: number[] = [];
    const r = new Reorder(5000, (ids, n) => {
      out.push(...ids.subarray(0, n));
    });
    r.push(100_000, 1);
    r.advance(104_000);
    expect(out).toEqual([]);
    r.advance(106_500);
    expect(out).toEqual([1]);
    expect(r.watermark).toBe(106_000);
    r.advance(90_000);
    expect(r.late).toBe(1);
    expect(r.held).toBe(0);
  });
});
