import { describe, expect, it } from 'vitest';
import { NumberPlan, writeNumber } from './numbers.js';
import { Rng } from './prng.js';

describe('NumberPlan', () => {
  it('gives unique Kazakh mobile numbers to subscribers and fresh numbers outside them', () => {
    const plan = new NumberPlan(50_000, 1);
    const subs = plan.subscriberNumbers();
    const all = new Set(subs);
    expect(all.size).toBe(subs.length);
    for (let i = 0; i < 5000; i++) {
      const m = plan.freshMobile();
      expect(all.has(m)).toBe(false);
      all.add(m);
    }
    expect([...all].filter((n) => !/^\+77(0[0-8]|47|7[15678])\d{7}$/.test(n))).toEqual([]);
    // neighbouring indices do not look related
    expect(NumberPlan.mobile(1).slice(-7)).not.toBe(NumberPlan.mobile(2).slice(-7));
    const fixed = new Set(Array.from({ length: 1000 }, () => plan.freshFixed('727')));
    expect(fixed.size).toBe(1000);
    expect([...fixed].filter((f) => !/^\+7727[2-9]\d{6}$/.test(f))).toEqual([]);
  });

  it('writes numbers in the forms people use, each with the same digits', () => {
    const rng = new Rng(4);
    const forms = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const w = writeNumber('+77012345678', rng);
      forms.add(w);
      expect(w.replace(/\D/g, '').slice(-10)).toBe('7012345678');
    }
    expect(forms.size).toBeGreaterThanOrEqual(5);
    expect(writeNumber('9999', rng)).toBe('9999');
  });
});
