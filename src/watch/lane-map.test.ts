import { describe, expect, it } from 'vitest';
import { watchConfig } from './config.js';
import { mix32 } from './hash.js';
import { LaneMap } from './lane-map.js';
import { NumberState } from './number-state.js';

const config = watchConfig();
const state = (k: number): NumberState => new NumberState(`+7700${k}`, mix32(k, 1), mix32(k, 2), 0, 0, undefined, 0, config);

describe('LaneMap', () => {
  it('finds every number it holds through growth, deletions and the bitmap rebuilt for them', () => {
    const m = new LaneMap();
    const held = new Map<number, NumberState>();
    for (let k = 0; k < 20_000; k++) {
      const st = state(k);
      m.add(st);
      held.set(k, st);
      // deletions enough to make the bitmap be rebuilt more than once
      if (k % 3 === 0 && k > 0) {
        const gone = k - 1;
        m.delete(held.get(gone)!);
        held.delete(gone);
      }
    }
    expect(m.size).toBe(held.size);
    for (const st of held.values()) {
      expect(m.get(st.h1, st.h2)).toBe(st);
      expect(m.has(st.h1, st.h2)).toBe(true);
      expect(m.where(st.h1, st.h2)).toBeGreaterThanOrEqual(0);
    }
    for (let k = 20_000; k < 40_000; k++) expect(m.get(mix32(k, 1), mix32(k, 2))).toBeUndefined();
    for (let k = 2; k < 20_000; k += 3) if (!held.has(k)) expect(m.has(mix32(k, 1), mix32(k, 2))).toBe(false);
  });

  it('answers most numbers it does not hold without its table', () => {
    const m = new LaneMap();
    for (let k = 0; k < 5_000; k++) m.add(state(k));
    let read = 0;
    for (let k = 5_000; k < 105_000; k++) if (m.where(mix32(k, 1), mix32(k, 2)) >= 0) read++;
    expect(read).toBeLessThan(10_000);
  });

  it('changes its version with every add and delete', () => {
    const m = new LaneMap();
    const st = state(1);
    const v0 = m.version;
    m.add(st);
    expect(m.version).not.toBe(v0);
    const v1 = m.version;
    m.delete(st);
    expect(m.version).not.toBe(v1);
    expect(m.get(st.h1, st.h2)).toBeUndefined();
  });
});
