import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventRows } from './event-rows.js';
import { LaneTable } from './lane-table.js';
import { Reorder } from './reorder.js';

const SENDER = { h: 1, numeric: false, org: undefined, o1: 0, o2: 0 };
const TEXT = { mentions: [], lure: Number.NaN, callsSender: false, sentByLast: false };

describe('EventRows', () => {
  it('grows instead of overwriting rows a reorder buffer still holds', () => {
    const rows = new EventRows(1024);
    const out: number[] = [];
    const callees: string[] = [];
    const reorder = new Reorder(60_000, (ids, n) => {
      for (let k = 0; k < n; k++) {
        out.push(rows.ts[ids[k]! & rows.mask]!);
        callees.push(rows.callee(ids[k]! & rows.mask));
      }
    });
    rows.oldestLive = () => reorder.oldest() ?? rows.next;
    // one early event is held while thousands of later ones (all within the lateness) pile up; the
    // buffer a callee was read from is reused at once, as a file reader's would be
    const times = [1_000, ...Array.from({ length: 5000 }, (_, i) => 2_000 + i)];
    const buf = Buffer.alloc(64);
    for (const ts of times) {
      const len = buf.write(`,+7700${ts},`, 'latin1');
      reorder.push(ts, rows.callRow(ts, ts, -ts, 7, 8, null, buf, 1, len - 1));
      buf.fill(0);
    }
    expect(rows.capacity).toBeGreaterThanOrEqual(5001);
    reorder.flush();
    expect(out).toEqual(times);
    expect(callees).toEqual(times.map((ts) => `+7700${ts}`));
  });

  it('reuses its rows when they are handed on at once', () => {
    const rows = new EventRows(1024);
    for (let i = 0; i < 10_000; i++) rows.sms(i, i, i, SENDER, TEXT);
    expect(rows.capacity).toBe(1024);
    const v = rows.view(9_999);
    expect([v.ts, v.s1, v.call, v.sender]).toEqual([9_999, 9_999, false, SENDER]);
  });

  it('names a callee from a string, from the bytes it was read from or from its digits', () => {
    const rows = new EventRows();
    const buf = Buffer.from('call,1,+77011112233,+77770001122,5,,');
    const a = rows.callRow(1, 1, 2, 3, 4, null, buf, 20, 32) & rows.mask;
    const b = rows.callRow(2, 1, 2, 3, 4, '8 777 000 11 22', null, 0, 0) & rows.mask;
    const long = Buffer.from('+7 (777) 000 - 11 - 22 ext. 5');
    const c = rows.callRow(3, 1, 2, 3, 4, null, long, 0, long.length) & rows.mask;
    expect(rows.callee(a)).toBe('+77770001122');
    expect(rows.callee(b)).toBe('8 777 000 11 22');
    expect(rows.callee(c)).toBe('+7 (777) 000 - 11 - 22 ext. 5');
    const d = rows.callDigits(4, 1, 2, 3, 4, 77770001122, 11, true) & rows.mask;
    const e = rows.callDigits(5, 1, 2, 3, 4, 7, 3, false) & rows.mask;
    const f = rows.callDigits(6, 1, 2, 3, 4, 999_999_999_999_999, 15, false) & rows.mask;
    expect([rows.callee(d), rows.callee(e), rows.callee(f)]).toEqual(['+77770001122', '007', '999999999999999']);
    // a row written again holds only what its new kind says
    const g = rows.callRow(7, 1, 2, 3, 4, 'x', null, 0, 0) & rows.mask;
    expect(rows.callee(g)).toBe('x');
  });
});

describe('LaneTable', () => {
  it('agrees with a Map under sets, deletes and growth (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 300 }), fc.nat(1000)), { maxLength: 2000 }), (ops) => {
        const t = new LaneTable(4);
        const m = new Map<number, number>();
        // lanes that differ in one lane only, and negative ones, must stay apart
        const lanes = (k: number): [number, number] => [k % 7 === 0 ? -k : k >> 1, (k & 1) * 0x9e3779b1];
        for (const [del, k, v] of ops) {
          const [h1, h2] = lanes(k);
          if (del) expect(t.delete(h1, h2)).toBe(m.delete(k));
          else {
            t.set(h1, h2, v);
            m.set(k, v);
          }
        }
        expect(t.size).toBe(m.size);
        for (let k = 0; k <= 300; k++) expect(t.get(...lanes(k))).toBe(m.get(k) ?? -1);
      }),
    );
  });
});
